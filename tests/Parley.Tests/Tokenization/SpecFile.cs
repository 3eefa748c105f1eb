using System.Text;

namespace Parley.Tests.Tokenization;

/// <summary>
/// Reads the example tables of <c>specs/**/*.md</c>. An example starts with a line <c>in: TEXT</c>; the lines
/// after it with other keys (<c>out:</c>, <c>s:</c>, <c>p:</c>) are its expectations. Values are taken after
/// "key: " verbatim, with escapes <c>\n</c>, <c>\t</c>, <c>\s</c> (space), <c>\|</c>, <c>\\</c> and <c>\u{HEX}</c>.
/// Other lines are prose.
/// </summary>
internal static class SpecFile
{
    /// <summary>An example; <paramref name="Input"/> is still escaped so that test-case serialization keeps it intact.</summary>
    public sealed record Example(string Id, string Input, List<(string Key, string Value)> Expectations);

    public static IEnumerable<Example> Read(string area)
    {
        foreach (var path in Directory.GetFiles(RepoPaths.Specs(area), "*.md").Order(StringComparer.Ordinal))
        {
            Example? current = null;
            var lineNo = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNo++;
                if (!TrySplit(line, out var key, out var value))
                    continue;
                if (key == "in")
                {
                    if (current is not null)
                        yield return current;
                    current = new Example($"{Path.GetFileName(path)}:{lineNo}", value, []);
                }
                else
                {
                    current?.Expectations.Add((key, value));
                }
            }
            if (current is not null)
                yield return current;
        }
    }

    private static bool TrySplit(string line, out string key, out string value)
    {
        key = value = "";
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon is < 1 or > 3 || !line[..colon].All(char.IsAsciiLetterLower))
            return false;
        key = line[..colon];
        value = line[(colon + 2)..];
        return key is "in" or "out" or "s" or "p";
    }

    /// <summary>Splits on unescaped '|' and unescapes each part.</summary>
    public static List<string> SplitBars(string value)
    {
        var parts = new List<string>();
        if (value.Length == 0)
            return parts;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
                i++;
            else if (value[i] == '|')
            {
                parts.Add(Unescape(value[start..i]));
                start = i + 1;
            }
        }
        parts.Add(Unescape(value[start..]));
        return parts;
    }

    public static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }
            var c = s[++i];
            if (c == 'u' && i + 1 < s.Length && s[i + 1] == '{')
            {
                var close = s.IndexOf('}', i);
                var code = Convert.ToInt32(s[(i + 2)..close], 16);
                sb.Append(code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
                i = close;
                continue;
            }
            sb.Append(c switch { 'n' => '\n', 't' => '\t', 's' => ' ', 'r' => '\r', _ => c });
        }
        return sb.ToString();
    }
}
