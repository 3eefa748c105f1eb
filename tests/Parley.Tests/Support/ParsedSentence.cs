using Parley.Documents;

namespace Parley.Tests.Support;

/// <summary>
/// Builds a parsed one-sentence document by hand, so that stages after the parser are tested without a model.
/// Each space-separated item is <c>form/UPOS/head/deprel</c> or <c>form/UPOS/head/deprel/lemma</c>, with a
/// 1-based head (0 = root); use <c>_</c> for a space inside a form. Tokens are joined by single spaces.
/// </summary>
internal static class ParsedSentence
{
    public static Document From(string items, DateOnly? date = null)
    {
        var parts = items.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('/')).ToList();
        var text = string.Join(' ', parts.Select(p => p[0].Replace('_', ' ')));
        var doc = new Document(text, new DocumentMetadata("parsed", date));
        var tokens = new TokenData[parts.Count];
        var offset = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            var form = p[0].Replace('_', ' ');
            tokens[i] = new TokenData
            {
                Start = offset,
                Length = form.Length,
                SpaceAfter = i + 1 < parts.Count ? 1 : 0,
                Upos = Enum.Parse<Upos>(p[1]),
                Head = int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture) - 1,
                DepRel = doc.Strings.Intern(p[3]),
                Lemma = doc.Strings.Intern(p.Length > 4 ? p[4] : form.ToLowerInvariant()),
            };
            offset += form.Length + 1;
        }
        doc.SetTokens(tokens);
        doc.SetSentences([new SentenceData(0, tokens.Length, true)]);
        doc.MarkAnnotated(Annotations.Tags | Annotations.Lemmas | Annotations.Dependencies);
        return doc;
    }
}
