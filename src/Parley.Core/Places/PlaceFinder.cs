using System.Collections.Frozen;
using System.Text;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Places;

/// <summary>
/// Finds places introduced by a locative preposition ("in Singapore", "to the Korean peninsula", "in northern
/// Syria") and resolves each with the gazetteer, preferring places in the countries the document names, then
/// countries and named features, capitals, and larger cities. Adds a <see cref="PlaceMentions"/> layer.
/// </summary>
public sealed class PlaceFinder(Gazetteer gazetteer) : IPipelineStage
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prepositions = gazetteer.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _partPrepositions = gazetteer.PartPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public string Name => "places";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Places;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var countries = DocumentCountries(document);
        var found = new List<PlaceMention>();
        Span<char> lower = stackalloc char[64];
        foreach (var s in document.Sentences)
            for (var i = s.FirstToken; i < s.EndToken - 1; i++)
                if (Introduces(document, i, s.EndToken, lower) && Match(document, i, s.EndToken, countries) is { } m)
                {
                    found.Add(m);
                    i = m.EndToken - 1;
                }
        found.AddRange(ArgumentPlaces(document, found, countries));
        document.SetLayer(new PlaceMentions([.. found.OrderBy(m => m.FirstToken)]));
    }

    /// <summary>Countries named anywhere in the document (capitalised country names), for disambiguation.</summary>
    public HashSet<string> DocumentCountries(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var set = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[256];
        for (var i = 0; i < document.TokenCount; i++)
        {
            if (!char.IsUpper(document.Text[document.Tokens[i].Start]))
                continue;
            for (var n = Math.Min(4, document.TokenCount - i); n >= 1; n--)
                foreach (var p in gazetteer.Lookup(Words(document, i, i + n, buffer)))
                    if (p.Kind == PlaceKind.Country && p.Country is { } c)
                        set.Add(c);
        }
        return set;
    }

    // A locative preposition, or one that introduces a place only before a part phrase ("air strikes on the southern
    // Gaza city of Rafah", not "sanctions on Iran").
    private bool Introduces(Document doc, int i, int end, Span<char> lower)
    {
        var word = LowerWord(doc, i, lower);
        if (_prepositions.Contains(word))
            return true;
        if (!_partPrepositions.Contains(word))
            return false;
        var next = Word(doc, i + 1) == "the" ? i + 2 : i + 1;
        return PartOf(doc, next, end) >= 0;
    }

    private PlaceMention? Match(Document doc, int prep, int end, HashSet<string> countries)
    {
        var i = prep + 1;
        if (Word(doc, i) == "the")
            i++;
        string? qualifier = null;
        if (i < end && gazetteer.Qualifiers.Contains(Word(doc, i)))
            qualifier = Word(doc, i++);
        // "in the mountains of Mindanao", "in the Nigerian city of Maiduguri": the phrase starts after "the", the name
        // follows the part word's "of" (and "the").
        var part = -1;
        if (qualifier is null && PartOf(doc, i, end) is >= 0 and var of)
        {
            part = i;
            i = Word(doc, of + 1) == "the" ? of + 2 : of + 1;
        }
        if (i >= end || !char.IsUpper(doc.Text[doc.Tokens[i].Start]))
            return null;
        Span<char> buffer = stackalloc char[256];
        for (var n = Math.Min(gazetteer.MaxNameWords, end - i); n >= 1; n--)
        {
            var candidates = gazetteer.Lookup(Words(doc, i, i + n, buffer));
            if (candidates.Count == 0)
                continue;
            var best = candidates.OrderByDescending(p => Score(p, countries, candidates)).ThenBy(p => p.Id, StringComparer.Ordinal).First();
            var first = part >= 0 ? part : qualifier is null ? i : i - 1;
            var (start, stop) = (doc.Tokens[first].Start, doc.Tokens[i + n - 1].End);
            return new PlaceMention(first, i + n, start, stop, doc.Text[start..stop], Word(doc, prep), best, qualifier, candidates.Count - 1);
        }
        return null;
    }

    // The "of" after a part word (cues.txt) within the next few words ("city of" in "the Nigerian city of Maiduguri"),
    // with a word left for the name; -1 when a non-word or another preposition comes first.
    private int PartOf(Document doc, int i, int end)
    {
        for (var j = i; j < Math.Min(i + MaxPartWords, end - 2); j++)
        {
            if (!char.IsLetter(doc.Text[doc.Tokens[j].Start]) || (j > i && gazetteer.Prepositions.Contains(Word(doc, j))))
                return -1;
            if (gazetteer.Parts.Contains(Word(doc, j)) && Word(doc, j + 1) == "of")
                return j + 1;
        }
        return -1;
    }

    private const int MaxPartWords = 4;

    // Places named with no preposition as an act's argument ("shelled Kharkiv", "Aleppo was bombed"): a capitalised
    // gazetteer name other than a country's (countries are actors), whose last word is a proper noun in one of the
    // argument relations of cues.txt, not inside a place already found nor within a longer actor name.
    private List<PlaceMention> ArgumentPlaces(Document doc, List<PlaceMention> found, HashSet<string> countries)
    {
        var taken = new bool[doc.TokenCount];
        foreach (var m in found)
            Array.Fill(taken, true, m.FirstToken, m.EndToken - m.FirstToken);
        var actors = doc.GetLayer<Actors.ActorMentions>()?.Items ?? [];
        var result = new List<PlaceMention>();
        foreach (var s in doc.Sentences)
            for (var i = s.FirstToken; i < s.EndToken; i++)
                if (!taken[i] && char.IsUpper(doc.Text[doc.Tokens[i].Start]) && ArgumentPlace(doc, i, s.EndToken, taken, countries) is { } m
                    && !actors.Any(a => a.Start <= m.Start && a.End >= m.End))
                {
                    result.Add(m);
                    i = m.EndToken - 1;
                }
        return result;
    }

    private PlaceMention? ArgumentPlace(Document doc, int i, int end, bool[] taken, HashSet<string> countries)
    {
        Span<char> buffer = stackalloc char[256];
        for (var n = Math.Min(gazetteer.MaxNameWords, end - i); n >= 1; n--)
        {
            var last = i + n - 1;
            var head = NameHead(doc, i, i + n);
            if (taken[last] || doc.Tokens[head].Upos != Upos.PROPN || !IsArgument(doc, head))
                continue;
            var candidates = gazetteer.Lookup(Words(doc, i, i + n, buffer));
            if (candidates.Count == 0 || candidates.Any(p => p.Kind == PlaceKind.Country))
                continue;
            var best = candidates.OrderByDescending(p => Score(p, countries, candidates)).ThenBy(p => p.Id, StringComparer.Ordinal).First();
            if (!Dominant(best, candidates, countries, doc.Text[doc.Tokens[i].Start..doc.Tokens[last].End]))
                return null;
            var (start, stop) = (doc.Tokens[i].Start, doc.Tokens[last].End);
            return new PlaceMention(i, i + n, start, stop, doc.Text[start..stop], null, best, null, candidates.Count - 1);
        }
        return null;
    }

    // A name in an argument relation ("shelled Kharkiv"), or compounded with a part word or another common noun that
    // is ("the governor of Kandahar province", "shelled Idlib province", "seized the Mariupol steel works").
    private bool IsArgument(Document doc, int head)
    {
        var rel = doc.Strings[doc.Tokens[head].DepRel];
        if (gazetteer.Arguments.Contains(rel))
            return true;
        var part = doc.Tokens[head].Head;
        return rel == "compound" && part > head
            && (doc.Tokens[part].Upos == Upos.NOUN || gazetteer.Parts.Contains(doc.Text.Substring(doc.Tokens[part].Start, doc.Tokens[part].Length)))
            && gazetteer.Arguments.Contains(doc.Strings[doc.Tokens[part].DepRel]);
    }

    // With no preposition to say it is a place, a name of several places ("Jackson", "Victoria") is more likely a
    // person's: it is taken when the document names the country of the best, or the best bears the name itself and
    // is five times as populous as any other (Donetsk in Ukraine, not the small Russian town), or the others are
    // regions of its country (a city and the region named after it: Zaporizhzhia).
    private static bool Dominant(Place best, IReadOnlyList<Place> candidates, HashSet<string> countries, string name) =>
        candidates.Count == 1 || (best.Country is { } c && countries.Contains(c))
        || candidates.All(p => p == best || (p.Kind == PlaceKind.Region && p.Country == best.Country))
        || (best.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && candidates.All(p => p == best || p.Population * 5 <= best.Population));

    // The word of a name whose head is outside it ("Khan" of "Khan Younis" when "Younis" is flat under it), else its last.
    private static int NameHead(Document doc, int first, int end)
    {
        for (var t = first; t < end; t++)
            if (doc.Tokens[t].Head < first || doc.Tokens[t].Head >= end)
                return t;
        return end - 1;
    }

    // A capital that shares its name with its country (Singapore, Monaco) is the better-placed answer.
    private static double Score(Place p, HashSet<string> countries, IReadOnlyList<Place> candidates) =>
        (p.Country is { } c && countries.Contains(c) ? 1000 : 0)
        + (p.IsCapital && candidates.Any(o => o.Kind == PlaceKind.Country && o.Country == p.Country) ? 700 : 0)
        + p.Kind switch { PlaceKind.Country => 600, PlaceKind.Feature => 500, PlaceKind.City => 0, _ => -50 }
        + (p.IsCapital ? 300 : 0) + Math.Log10(1 + p.Population) * 10;

    // As Word(doc, i), written into buffer when it fits (lower-casing keeps the length).
    private static ReadOnlySpan<char> LowerWord(Document doc, int i, Span<char> buffer)
    {
        var word = doc.Text.AsSpan(doc.Tokens[i].Start, doc.Tokens[i].Length);
        return word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : Word(doc, i);
    }

    private static string Word(Document doc, int i) => doc.Text.Substring(doc.Tokens[i].Start, doc.Tokens[i].Length).ToLowerInvariant();

    // As Words(doc, first, end), written into buffer when it fits.
    private static ReadOnlySpan<char> Words(Document doc, int first, int end, Span<char> buffer)
    {
        var n = 0;
        for (var t = first; t < end; t++)
        {
            var word = doc.Text.AsSpan(doc.Tokens[t].Start, doc.Tokens[t].Length);
            var space = t + 1 < end && doc.Tokens[t].SpaceAfter > 0 ? 1 : 0;
            if (n + word.Length + space > buffer.Length)
                return Words(doc, first, end);
            word.CopyTo(buffer[n..]);
            n += word.Length;
            if (space > 0)
                buffer[n++] = ' ';
        }
        return buffer[..n];
    }

    // The words of tokens [first, end) with any whitespace between them collapsed to one space.
    private static string Words(Document doc, int first, int end)
    {
        var sb = new StringBuilder();
        for (var t = first; t < end; t++)
        {
            sb.Append(doc.Text.AsSpan(doc.Tokens[t].Start, doc.Tokens[t].Length));
            if (t + 1 < end && doc.Tokens[t].SpaceAfter > 0)
                sb.Append(' ');
        }
        return sb.ToString();
    }
}

/// <summary>The places found in a document, in text order.</summary>
public sealed record PlaceMentions(IReadOnlyList<PlaceMention> Items);
