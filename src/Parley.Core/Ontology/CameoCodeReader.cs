using Parley.Data;
using System.Globalization;
using Parley.Diagnostics;

namespace Parley.Ontology;

/// <summary>Parses and validates the lines of the CAMEO code table (code, parent, quad, goldstein, goldstein_icews, name).</summary>
internal static class CameoCodeReader
{
    public static List<CameoCode> Read(IReadOnlyList<DataLine> lines, string path, List<Diagnostic> diagnostics)
    {
        var codes = new List<CameoCode>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var where = new Location(path, line.Number);
            var code = ParseLine(line, where, firstLine, diagnostics);
            if (code is null)
                continue;
            firstLine[code.Code] = line.Number;
            codes.Add(code);
        }
        return codes;
    }

    private static CameoCode? ParseLine(DataLine line, Location where, Dictionary<string, int> seen, List<Diagnostic> diagnostics)
    {
        var code = line.Field(0);
        if (line.Fields.Count != 6 || code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit) || line.Field(5).Length == 0)
        {
            diagnostics.Add(Diagnostic.Create(Messages.CameoLineMalformed, where, "expected 6 tab-separated fields: code (2-4 digits), parent, quad, goldstein, goldstein_icews, name"));
            return null;
        }
        if (seen.TryGetValue(code, out var first))
        {
            diagnostics.Add(Diagnostic.Create(Messages.CameoDuplicate, where, code, first));
            return null;
        }
        var root = int.Parse(code[..2], CultureInfo.InvariantCulture);
        if (root is < 1 or > 20)
        {
            diagnostics.Add(Diagnostic.Create(Messages.CameoLineMalformed, where, $"root '{code[..2]}' is not 01..20"));
            return null;
        }
        var expectedParent = code.Length > 2 ? code[..^1] : "";
        if (line.Field(1) != expectedParent || (expectedParent.Length > 0 && !seen.ContainsKey(expectedParent)))
            diagnostics.Add(Diagnostic.Create(Messages.CameoParentInvalid, where, code, line.Field(1), expectedParent));
        var quadRule = CameoCode.QuadOfRoot(root);
        if (!int.TryParse(line.Field(2), NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad != quadRule)
            diagnostics.Add(Diagnostic.Create(Messages.CameoQuadMismatch, where, code, line.Field(2), code[..2], quadRule));
        var goldstein = ParseGoldstein(line.Field(3), code, where, diagnostics, required: true) ?? 0;
        var icews = ParseGoldstein(line.Field(4), code, where, diagnostics, required: false);
        return new CameoCode(code, line.Field(5), goldstein, quadRule, code[..2]) { GoldsteinIcews = icews };
    }

    private static double? ParseGoldstein(string text, string code, Location where, List<Diagnostic> diagnostics, bool required)
    {
        if (text.Length == 0 && !required)
            return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= -10 and <= 10)
            return value;
        diagnostics.Add(Diagnostic.Create(Messages.CameoGoldsteinInvalid, where, code, text));
        return null;
    }
}
