using Parley.Frames;
using Parley.Tests.Support;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Frames;

public class SharedNounRepairTests
{
    [Fact]
    public void A_preposition_on_the_first_of_conjoined_adjectives_is_the_shared_noun_s()
    {
        // "Talks were held in Oslo between Irish and Danish envoys": "between Irish" hung on "Oslo", "envoys" bare.
        const string s = "Talks/NOUN/3/nsubj:pass/talk were/AUX/3/aux:pass/be held/VERB/0/root/hold in/ADP/5/case Oslo/PROPN/3/obl " +
                         "between/ADP/7/case Irish/ADJ/5/nmod and/CCONJ/9/cc Danish/ADJ/7/conj envoys/NOUN/3/obl/envoy ./PUNCT/3/punct";
        var doc = ParsedSentence.From(s);
        Assert.True(SharedNounRepair.Repair(doc, doc.Sentences[0]));
        Assert.Equal((9, "case"), (doc.Tokens[5].Head, doc.Strings[doc.Tokens[5].DepRel]));
        Assert.Equal((9, "amod"), (doc.Tokens[6].Head, doc.Strings[doc.Tokens[6].DepRel]));
    }

    [Fact]
    public void Adjectives_that_already_share_their_noun_are_left_alone()
    {
        const string s = "Irish/ADJ/4/amod and/CCONJ/3/cc Danish/ADJ/1/conj envoys/NOUN/5/nsubj/envoy met/VERB/0/root/meet ./PUNCT/5/punct";
        var doc = ParsedSentence.From(s);
        Assert.False(SharedNounRepair.Repair(doc, doc.Sentences[0]));
    }

    [Fact]
    public void Talks_between_two_nationalities_of_diplomats_are_held_both_ways()
    {
        var events = Code("Talks were held in Vienna on Friday between Iranian and French diplomats.");
        Assert.Contains(events, e => Dyad(e) == ("IRNGOV", "FRAGOV", "040"));
        Assert.Contains(events, e => Dyad(e) == ("FRAGOV", "IRNGOV", "040"));
    }
}
