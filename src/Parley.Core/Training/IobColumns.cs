using System.Globalization;
using System.Text;
using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Training;

/// <summary>One sentence of a column file: its words and their IOB2 tags.</summary>
internal sealed record IobSentence(string[] Words, EntityTag[] Tags);

/// <summary>
/// Reads column-format NER files: UNER (<c>id TAB word TAB tag …</c>) or CoNLL-style (<c>word … tag</c>,
/// tab- or space-separated); blank lines end sentences, <c>#</c> and <c>-DOCSTART-</c> lines are skipped.
/// IO tagging is turned into IOB2 (an I that does not continue its type begins a mention).
/// </summary>
internal static class IobColumns
{
    public static List<IobSentence> Read(string path, NerTypeMap map, ICollection<Diagnostic> diagnostics)
    {
        var result = new List<IobSentence>();
        var (words, tags) = (new List<string>(), new List<EntityTag>());
        var unmapped = new HashSet<string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var raw in File.ReadLines(path).Append(""))
        {
            n++;
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                if (words.Count > 0)
                    result.Add(new IobSentence([.. words], [.. tags]));
                (words, tags) = ([], []);
                continue;
            }
            if (line[0] == '#' || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
                continue;
            var cols = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ');
            var uner = cols.Length >= 3 && int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            var (word, label) = uner ? (cols[1], cols[2]) : (cols[0], cols[^1]);
            if (cols.Length < 2 || word.Length == 0)
            {
                diagnostics.Add(Diagnostic.Create(Messages.Iob2Malformed, new Location(path, n), line));
                continue;
            }
            var tag = Parse(label, map, tags.Count > 0 ? tags[^1] : EntityTag.Outside);
            if (tag is null && unmapped.Add(label.Length > 2 && label[1] == '-' ? label[2..] : label))
                diagnostics.Add(Diagnostic.Create(Messages.Iob2Malformed, new Location(path, n), $"label '{label}' is not in the type map"));
            words.Add(word);
            tags.Add(tag ?? EntityTag.Outside);
        }
        return result;
    }

    private static EntityTag? Parse(string label, NerTypeMap map, EntityTag previous)
    {
        if (label == "O")
            return EntityTag.Outside;
        if (label.Length < 3 || label[1] != '-' || label[0] is not ('B' or 'I'))
            return null;
        if (map.Map(label[2..]) is not { } type)
            return null;
        if (type == EntityType.None)
            return EntityTag.Outside;
        var continues = label[0] == 'I' && previous.Iob != Iob.O && previous.Type == type;
        return new EntityTag(continues ? Iob.I : Iob.B, type);
    }

    public static Document ToDocument(string id, IReadOnlyList<IobSentence> sentences)
    {
        var text = new StringBuilder();
        var tokens = new List<TokenData>();
        var spans = new List<SentenceData>();
        foreach (var s in sentences)
        {
            if (text.Length > 0)
                text.Append('\n');
            spans.Add(new SentenceData(tokens.Count, s.Words.Length, spans.Count == 0));
            for (var i = 0; i < s.Words.Length; i++)
            {
                if (i > 0)
                    text.Append(' ');
                tokens.Add(new TokenData { Start = text.Length, Length = s.Words[i].Length, Head = -1, Entity = s.Tags[i] });
                text.Append(s.Words[i]);
            }
        }
        var array = tokens.ToArray();
        for (var i = 0; i < array.Length; i++)
            array[i].SpaceAfter = (i + 1 < array.Length ? array[i + 1].Start : text.Length) - array[i].End;
        var doc = new Document(text.ToString(), new DocumentMetadata(id, null));
        doc.SetTokens(array);
        doc.SetSentences([.. spans]);
        doc.MarkAnnotated(Annotations.Entities);
        return doc;
    }
}
