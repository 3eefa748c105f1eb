using System.Collections.Frozen;
using Parley.Documents;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

/// <summary>A hyphenated modifier the parser made the head of its noun phrase ("fired two long-range missiles").</summary>
public class HyphenRepairTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"));

    // The parsed sentence with the hyphens written joined to the words either side, as the tokenizer found them.
    private static Document Joined(string parsed)
    {
        var spaced = ParsedSentence.From(parsed);
        var tokens = spaced.Tokens.ToArray();
        var forms = tokens.Select(t => spaced.Text.Substring(t.Start, t.Length)).ToArray();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && forms[i] != "-" && forms[i - 1] != "-")
                text.Append(' ');
            tokens[i].Start = text.Length;
            text.Append(forms[i]);
        }
        var doc = new Document(text.ToString(), new DocumentMetadata("parsed", null));
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i].DepRel = doc.Strings.Intern(spaced.Strings[tokens[i].DepRel]);
            tokens[i].Lemma = doc.Strings.Intern(spaced.Strings[tokens[i].Lemma]);
        }
        doc.SetTokens(tokens);
        doc.SetSentences([new SentenceData(0, tokens.Length, true)]);
        doc.MarkAnnotated(Annotations.Tags | Annotations.Lemmas | Annotations.Dependencies);
        return doc;
    }

    [Fact]
    public void The_noun_after_a_hyphenated_head_becomes_the_object()
    {
        // "Rohan fired three long-range rockets into the lake": "range" read as the object, "rockets" as its nmod.
        const string s = "Rohan/PROPN/2/nsubj fired/VERB/0/root/fire three/NUM/6/nummod long/ADJ/6/amod -/PUNCT/4/punct range/NOUN/2/obj "
            + "rockets/NOUN/6/nmod/rocket into/ADP/10/case the/DET/10/det lake/NOUN/6/nmod";
        var doc = Joined(s);
        var fire = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == "fire").Frame;
        Assert.Equal("rocket", fire.Object!.Lemma);
        Assert.Contains("range", fire.Object.Modifiers);
        Assert.Equal(["into"], fire.Object.Prepositions.Select(p => p.Preposition));
    }

    [Fact]
    public void A_noun_with_spaces_around_a_dash_is_left_alone()
    {
        const string s = "Rohan/PROPN/2/nsubj fired/VERB/0/root/fire three/NUM/6/nummod long/ADJ/6/amod -/PUNCT/4/punct range/NOUN/2/obj "
            + "rockets/NOUN/6/nmod/rocket";
        var fire = Assert.Single(Builder.Build(ParsedSentence.From(s), 0), f => f.Frame.Predicate == "fire").Frame;
        Assert.Equal("range", fire.Object!.Lemma);
    }
}
