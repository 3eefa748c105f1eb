using System.Collections.Frozen;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

/// <summary>The prepositional phrases a direct object carries, as the frame reads them for pattern matching.</summary>
public class ObjectPrepositionTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"));

    [Fact]
    public void A_phrase_the_parser_chained_below_an_objects_phrase_is_the_objects_too()
    {
        // "Rohan held talks at the palace with Bree": the parser hung "with Bree" on "palace".
        const string s = "Rohan/PROPN/2/nsubj held/VERB/0/root/hold talks/NOUN/2/obj/talk at/ADP/6/case the/DET/6/det palace/NOUN/3/nmod with/ADP/8/case Bree/PROPN/6/nmod";
        var hold = Assert.Single(Builder.Build(ParsedSentence.From(s), 0), f => f.Frame.Predicate == "hold").Frame;
        Assert.Equal(["at", "with"], hold.Object!.Prepositions.Select(p => p.Preposition));
        Assert.Equal("bree", hold.Object.Prepositions[1].Argument.Lemma);
    }

    [Fact]
    public void A_phrase_below_an_of_phrase_of_the_object_stays_there()
    {
        // "Rohan warned the people of Bree about Mordor": "about Mordor" under "Bree" is no phrase of "people".
        const string s = "Rohan/PROPN/2/nsubj warned/VERB/0/root/warn the/DET/4/det people/NOUN/2/obj of/ADP/6/case Bree/PROPN/4/nmod about/ADP/8/case Mordor/PROPN/6/nmod";
        var warn = Assert.Single(Builder.Build(ParsedSentence.From(s), 0), f => f.Frame.Predicate == "warn").Frame;
        Assert.Equal(["of"], warn.Object!.Prepositions.Select(p => p.Preposition));
    }

    [Fact]
    public void A_phrase_the_parser_hung_on_a_verbs_prepositional_argument_is_recorded_on_it()
    {
        // "Rohan pleaded with Bree for grain": the parser hung "for grain" on "Bree".
        const string s = "Rohan/PROPN/2/nsubj pleaded/VERB/0/root/plead with/ADP/4/case Bree/PROPN/2/obl for/ADP/6/case grain/NOUN/4/nmod";
        var plead = Assert.Single(Builder.Build(ParsedSentence.From(s), 0), f => f.Frame.Predicate == "plead").Frame;
        var with = Assert.Single(plead.Prepositions);
        Assert.Equal("for", Assert.Single(with.Argument.Prepositions).Preposition);
    }
}
