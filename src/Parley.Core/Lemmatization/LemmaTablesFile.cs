using System.Globalization;
using Parley.Diagnostics;

namespace Parley.Lemmatization;

/// <summary>
/// Reads and writes the lemmatizer's data files: <c>en-rules.tsv</c> (XPOS, suffix, characters to strip — at most
/// the suffix's length — and text to append), <c>en-exceptions.tsv</c> (lower-cased form, XPOS, lemma) and
/// <c>en-lemmas.txt</c> (the lemmas seen in training, one a line). Lines starting with <c>#</c> are comments (the
/// files say where their content comes from). Malformed lines are reported with file and line, and skipped.
/// </summary>
public static class LemmaTablesFile
{
    /// <summary>The rules file name.</summary>
    public const string RulesName = "en-rules.tsv";

    /// <summary>The exceptions file name.</summary>
    public const string ExceptionsName = "en-exceptions.tsv";

    /// <summary>The known-lemmas file name.</summary>
    public const string LemmasName = "en-lemmas.txt";

    /// <summary>Loads the three files from <paramref name="directory"/>; null when one is missing.</summary>
    public static LemmaTables? Load(string directory, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var rulesPath = Path.Combine(directory, RulesName);
        var exceptionsPath = Path.Combine(directory, ExceptionsName);
        var lemmasPath = Path.Combine(directory, LemmasName);
        var missing = new[] { rulesPath, exceptionsPath, lemmasPath }.Where(p => !File.Exists(p)).ToList();
        foreach (var p in missing)
            diagnostics.Add(Diagnostic.Create(Messages.ModelNotFound, new Location(p), p));
        if (missing.Count > 0)
            return null;
        var rules = new List<(string, string, LemmaRule)>();
        foreach (var (cols, line) in Rows(rulesPath, 4, diagnostics))
        {
            if (!int.TryParse(cols[2], NumberStyles.None, CultureInfo.InvariantCulture, out var strip) || cols[1].Length > LemmaRules.MaxSuffix || strip > cols[1].Length)
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, new Location(rulesPath, line), $"bad rule '{string.Join(' ', cols)}'"));
            else
                rules.Add((cols[0], cols[1], new LemmaRule(strip, cols[3])));
        }
        var exceptions = new Dictionary<(string, string), string>();
        foreach (var (cols, line) in Rows(exceptionsPath, 3, diagnostics))
            if (!exceptions.TryAdd((cols[0], cols[1]), cols[2]))
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, new Location(exceptionsPath, line), $"duplicate exception '{cols[0]} {cols[1]}'"));
        var lemmas = File.ReadLines(lemmasPath).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
        return new LemmaTables(new LemmaRules(rules), exceptions, lemmas);
    }

    private static IEnumerable<(string[] Cols, int Line)> Rows(string path, int columns, ICollection<Diagnostic> diagnostics)
    {
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cols = line.Split('\t');
            if (cols.Length == columns && cols[0].Length > 0 && cols[^2].Length > 0)
                yield return (cols, n);
            else
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, new Location(path, n), $"expected {columns} tab-separated columns, the first and the next-to-last not empty"));
        }
    }

    /// <summary>Writes the three files into <paramref name="directory"/>, each headed by <paramref name="source"/> comment lines.</summary>
    public static void Save(LemmaTables tables, string directory, IEnumerable<string> source)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Directory.CreateDirectory(directory);
        var header = source.Select(s => "# " + s).ToList();
        File.WriteAllLines(Path.Combine(directory, RulesName), header.Append("# xpos\tsuffix\tstrip\tappend").Concat(
            tables.Rules.All.OrderBy(r => r.Xpos, StringComparer.Ordinal).ThenBy(r => r.Suffix.Length).ThenBy(r => r.Suffix, StringComparer.Ordinal)
                .Select(r => $"{r.Xpos}\t{r.Suffix}\t{r.Rule.Strip.ToString(CultureInfo.InvariantCulture)}\t{r.Rule.Append}")));
        File.WriteAllLines(Path.Combine(directory, ExceptionsName), header.Append("# form\txpos\tlemma").Concat(
            tables.Exceptions.OrderBy(e => e.Key.Form, StringComparer.Ordinal).ThenBy(e => e.Key.Xpos, StringComparer.Ordinal)
                .Select(e => $"{e.Key.Form}\t{e.Key.Xpos}\t{e.Value}")));
        File.WriteAllLines(Path.Combine(directory, LemmasName), header.Append("# lemma").Concat(tables.Lemmas.Order(StringComparer.Ordinal)));
    }
}
