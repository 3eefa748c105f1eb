using System.Globalization;
using Parley.Diagnostics;

namespace Parley.Reading.Conllu;

/// <summary>One sentence block of a CoNLL-U file.</summary>
internal sealed record ConlluBlock(List<string> Comments, List<ConlluWord> Words, int Line, string? NewDoc, bool NewPar);

/// <summary>Splits CoNLL-U text into sentence blocks and parses word lines, reporting malformed ones.</summary>
internal static class ConlluBlocks
{
    public static IEnumerable<ConlluBlock> Read(TextReader reader, string name, ICollection<Diagnostic> diagnostics)
    {
        var comments = new List<string>();
        var words = new List<ConlluWord>();
        var lineNo = 0;
        var start = 1;
        var bad = false;
        var range = (End: 0, NoSpace: false);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (words.Count > 0 && !bad)
                    yield return Make(comments, words, start);
                comments = [];
                words = [];
                bad = false;
                range = (0, false);
                start = lineNo + 1;
                continue;
            }
            if (line[0] == '#')
            {
                comments.Add(line.TrimStart('#').TrimStart());
                continue;
            }
            var error = TryParse(line, lineNo, range, out var word, out var newRange);
            range = newRange ?? range;
            if (error is not null)
            {
                diagnostics.Add(Diagnostic.Create(Messages.ConlluMalformed, new Location(name, lineNo), error));
                bad = true;
            }
            else if (word is { } w)
                words.Add(w);
        }
        if (words.Count > 0 && !bad)
            yield return Make(comments, words, start);
    }

    private static ConlluBlock Make(List<string> comments, List<ConlluWord> words, int start)
    {
        string? newDoc = null;
        var newPar = false;
        foreach (var c in comments)
        {
            if (c.StartsWith("newdoc", StringComparison.Ordinal))
                newDoc = c.Contains('=', StringComparison.Ordinal) ? c[(c.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim() : "";
            if (c.StartsWith("newpar", StringComparison.Ordinal))
                newPar = true;
        }
        return new ConlluBlock(comments, words, start, newDoc, newPar || newDoc is not null);
    }

    // Returns an error message, or null with word set (null word for range and empty-node lines). Words inside
    // a multiword-token range have no space between them; the range line's MISC decides the space after it.
    private static string? TryParse(string line, int lineNo, (int End, bool NoSpace) range, out ConlluWord? word, out (int, bool)? newRange)
    {
        word = null;
        newRange = null;
        var cols = line.Split('\t');
        if (cols.Length != 10)
            return $"expected 10 tab-separated columns, found {cols.Length}";
        if (cols[0].Contains('.', StringComparison.Ordinal))
            return null;
        var dash = cols[0].IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            if (!int.TryParse(cols[0].AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var end))
                return $"bad range id '{cols[0]}'";
            newRange = (end, ConlluWord.SaysNoSpace(cols[9]));
            return null;
        }
        if (!int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
            return $"bad word id '{cols[0]}'";
        var head = -1;
        if (cols[6] != "_" && !int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out head))
            return $"bad head '{cols[6]}'";
        var noSpace = id < range.End || (id == range.End ? range.NoSpace : ConlluWord.SaysNoSpace(cols[9]));
        word = new ConlluWord(id, cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[9], lineNo, noSpace);
        return null;
    }
}
