using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Diagnostics;
using Parley.Ontology;

namespace Parley.Petrarch;

/// <summary>
/// Reads PETRARCH validation files (PETR_Validate_records_2_02.xml and the older PETR.UnitTest.records.xml). They are
/// not well-formed XML ("--" inside comments, attribute spacing, <c>'""'</c> values), so they are read leniently:
/// comments are blanked (keeping line numbers), then <c>&lt;Environment&gt;</c> and each <c>&lt;Sentence&gt;</c> are
/// taken apart with patterns.
/// </summary>
public static partial class ValidationReader
{
    /// <summary>Reads a validation file; records that cannot be read are reported (PRL631) and left out.</summary>
    public static LoadResult<ValidationSuite> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new List<Diagnostic>();
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(Messages.PetrarchFileUnreadable, new Location(path), path, e.Message));
            return new(null, [.. diagnostics]);
        }
        text = BlankComments(text);
        var environment = ReadEnvironment(text);
        if (environment is null)
            diagnostics.Add(Diagnostic.Create(Messages.ValidationMalformed, new Location(path), "no <Environment> block"));
        var records = ImmutableArray.CreateBuilder<ValidationRecord>();
        foreach (Match m in SentenceRegex().Matches(text))
        {
            var line = 1 + text.AsSpan(0, m.Index).Count('\n');
            if (ValidationRecordParser.Parse(m.Groups[1].Value, m.Groups[2].Value, line, path, diagnostics) is { } record)
                records.Add(record);
        }
        return new(new ValidationSuite(path, environment ?? new(null, null, null, null, []), records.ToImmutable()), [.. diagnostics]);
    }

    private static ValidationEnvironment? ReadEnvironment(string text)
    {
        var env = EnvironmentRegex().Match(text);
        if (!env.Success)
            return null;
        string? Element(string name)
        {
            var m = Regex.Match(env.Value, $"<{name}>\\s*(.*?)\\s*</{name}>", RegexOptions.Singleline);
            return m.Success && m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : null;
        }
        var include = Element("Include")?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new ValidationEnvironment(Element("Verbfile"), Element("Actorfile"), Element("Agentfile"), Element("Discardfile"), [.. include]) { Pico = Element("PICOfile") };
    }

    /// <summary>Replaces every <c>&lt;!-- … --&gt;</c> comment by spaces, keeping its line breaks.</summary>
    internal static string BlankComments(string text) =>
        CommentRegex().Replace(text, m => new string([.. m.Value.Select(c => c == '\n' ? '\n' : ' ')]));

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex CommentRegex();

    [GeneratedRegex(@"<Environment>.*?</Environment>", RegexOptions.Singleline)]
    private static partial Regex EnvironmentRegex();

    [GeneratedRegex(@"<Sentence\s([^>]*)>(.*?)</Sentence>", RegexOptions.Singleline)]
    private static partial Regex SentenceRegex();
}
