using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>Parses one <c>&lt;Sentence …&gt;…&lt;/Sentence&gt;</c> of a validation file.</summary>
internal static partial class ValidationRecordParser
{
    public static ValidationRecord? Parse(string attributes, string body, int line, string path, List<Diagnostic> diagnostics)
    {
        var attrs = Attributes(attributes);
        var id = attrs.GetValueOrDefault("id") ?? "";
        string? problem = null;
        var dated = PetrarchDate.TryParse(attrs.GetValueOrDefault("date"), out var date);
        if (id.Length == 0)
            problem = "no id";
        else if (!dated)
            problem = $"date '{attrs.GetValueOrDefault("date")}' is not YYYYMMDD";
        var text = TextRegex().Match(body);
        if (problem is null && !text.Success)
            problem = "no <Text>";
        if (problem is not null)
        {
            diagnostics.Add(Diagnostic.Create(Messages.ValidationRecordMalformed, new Location(path, line), id, problem));
            return null;
        }
        var codings = CodingRegex().Matches(body).Select(m => Coding(Attributes(m.Groups[1].Value))).ToImmutableArray();
        var parse = ParseRegex().Match(body);
        var evaluate = !IsFalse(attrs.GetValueOrDefault("evaluate")) && !IsFalse(attrs.GetValueOrDefault("sentence"));
        return new ValidationRecord(id, attrs.GetValueOrDefault("category") ?? "", date, Squash(text.Groups[1].Value), codings, evaluate,
            parse.Success ? parse.Groups[1].Value.Trim() : null, line);
    }

    private static ExpectedCoding Coding(Dictionary<string, string> a)
    {
        if (a.TryGetValue("error", out var error))
            return new ExpectedCoding("", "", "", error);
        if (a.ContainsKey("noevents") || !a.TryGetValue("eventcode", out var code))
            return new ExpectedCoding("", "", "");
        return new ExpectedCoding(a.GetValueOrDefault("sourcecode") ?? "", a.GetValueOrDefault("targetcode") ?? "", code);
    }

    private static bool IsFalse(string? value) => string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Attributes with either quote and spaces around '=', entities decoded; surrounding quotes go (the older file's
    /// <c>'""'</c> is an empty value; <c>"&amp;quot;NEW ACTOR&amp;quot;"</c>, an actor not in the dictionary, is <c>NEW ACTOR</c>).
    /// </summary>
    private static Dictionary<string, string> Attributes(string text)
    {
        var attrs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in AttributeRegex().Matches(text))
        {
            var value = WebUtility.HtmlDecode(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value).Trim('"').Trim();
            var name = m.Groups[1].Value;
            attrs[name] = name.EndsWith("code", StringComparison.OrdinalIgnoreCase) ? value.ToUpperInvariant() : value;
        }
        return attrs;
    }

    private static string Squash(string text) => WebUtility.HtmlDecode(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    [GeneratedRegex(@"(\w+)\s*=\s*(?:""([^""]*)""|'([^']*)')")]
    private static partial Regex AttributeRegex();

    [GeneratedRegex(@"<EventCoding\s([^>]*?)/?>")]
    private static partial Regex CodingRegex();

    [GeneratedRegex(@"<Text>(.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex TextRegex();

    [GeneratedRegex(@"<Parse>(.*?)</Parse>", RegexOptions.Singleline)]
    private static partial Regex ParseRegex();
}
