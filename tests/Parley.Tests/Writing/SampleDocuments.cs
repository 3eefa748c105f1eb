using Parley.Documents;

namespace Parley.Tests.Writing;

/// <summary>Hand-built documents for the writer tests.</summary>
internal static class SampleDocuments
{
    public const string Text = "Putin met Kim.\n\nTrump  replied.";

    /// <summary>Tokens and sentences only.</summary>
    public static Document Tokenized()
    {
        var doc = new Document(Text, new DocumentMetadata("d1", new DateOnly(2024, 6, 19), "Summit"));
        doc.SetTokens([T(0, 5, 1), T(6, 3, 1), T(10, 3, 0), T(13, 1, 2), T(16, 5, 2), T(23, 7, 0), T(30, 1, 0)]);
        doc.SetSentences([new SentenceData(0, 4, true), new SentenceData(4, 3, true)]);
        return doc;
    }

    /// <summary>Every column filled, as later stages will.</summary>
    public static Document FullyAnnotated()
    {
        var doc = Tokenized();
        Fill(doc, 0, Upos.PROPN, "NNP", "Putin", "Number=Sing", 1, "nsubj", new EntityTag(Iob.B, EntityType.PER));
        Fill(doc, 1, Upos.VERB, "VBD", "meet", "Mood=Ind|Tense=Past", -1, "root", EntityTag.Outside);
        Fill(doc, 2, Upos.PROPN, "NNP", "Kim", "Number=Sing", 1, "obj", new EntityTag(Iob.B, EntityType.PER));
        Fill(doc, 3, Upos.PUNCT, ".", ".", "", 1, "punct", EntityTag.Outside);
        Fill(doc, 4, Upos.PROPN, "NNP", "Trump", "Number=Sing", 5, "nsubj", new EntityTag(Iob.B, EntityType.PER));
        Fill(doc, 5, Upos.VERB, "VBD", "reply", "Mood=Ind|Tense=Past", -1, "root", EntityTag.Outside);
        Fill(doc, 6, Upos.PUNCT, ".", ".", "", 5, "punct", EntityTag.Outside);
        doc.MarkAnnotated(Annotations.Tags | Annotations.Lemmas | Annotations.Features | Annotations.Dependencies | Annotations.Entities);
        return doc;
    }

    private static TokenData T(int start, int length, int spaceAfter) => new() { Start = start, Length = length, SpaceAfter = spaceAfter };

    private static void Fill(Document doc, int i, Upos upos, string xpos, string lemma, string feats, int head, string deprel, EntityTag ner)
    {
        ref var t = ref doc.Tokens[i];
        t.Upos = upos;
        t.Xpos = doc.Strings.Intern(xpos);
        t.Lemma = doc.Strings.Intern(lemma);
        t.Feats = doc.Strings.Intern(feats);
        t.Head = head;
        t.DepRel = doc.Strings.Intern(deprel);
        t.Entity = ner;
    }
}
