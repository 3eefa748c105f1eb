using Parley.Documents;

namespace Parley.Training;

/// <summary>Copies of treebank documents with the gold words and sentences, for a pipeline to fill in again.</summary>
public static class TreebankCopy
{
    /// <summary>The words and sentences only: no tags, lemmas, features, trees or entities.</summary>
    public static Document WordsOnly(Document gold) => Copy(gold, tags: false);

    /// <summary>The words, sentences and gold UPOS/XPOS tags; no lemmas, features, trees or entities.</summary>
    public static Document WithGoldTags(Document gold) => Copy(gold, tags: true);

    private static Document Copy(Document gold, bool tags)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var doc = new Document(gold.Text, gold.Metadata);
        var tokens = new TokenData[gold.TokenCount];
        for (var i = 0; i < tokens.Length; i++)
        {
            var g = gold.Tokens[i];
            tokens[i] = new TokenData { Start = g.Start, Length = g.Length, SpaceAfter = g.SpaceAfter, Head = -1 };
            if (!tags)
                continue;
            tokens[i].Upos = g.Upos;
            tokens[i].Xpos = g.Xpos == 0 ? 0 : doc.Strings.Intern(gold.Strings[g.Xpos]);
        }
        doc.SetTokens(tokens);
        doc.SetSentences(gold.Sentences.ToArray());
        if (tags)
            doc.MarkAnnotated(Annotations.Tags);
        return doc;
    }
}
