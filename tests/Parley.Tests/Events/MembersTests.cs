using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>A noun of a body's own people with a possessive ("its teams", context.txt members) is that body.</summary>
public class MembersTests
{
    private static readonly DateOnly Published = new(2024, 1, 1);

    private static string Sentence(string word, string lemma) =>
        "UNICEF/PROPN/2/nsubj said/VERB/0/root/say its/PRON/4/nmod:poss " + word + "/NOUN/5/nsubj/" + lemma + " delivered/VERB/2/ccomp/deliver " +
        "medical/ADJ/7/amod supplies/NOUN/5/obj/supplies to/ADP/9/case Yemen/PROPN/5/obl ./PUNCT/2/punct";

    [Fact]
    public void TeamsOfAPossessor_AreThePossessor()
    {
        var events = EventCoderTests.Code(ParsedSentence.From(Sentence("teams", "team"), Published));
        var aid = Assert.Single(events, e => e.Cameo == "073");
        Assert.Equal("IGOUNOKID", aid.Source?.Code);
        Assert.Equal("YEM", aid.Target?.Code);
    }

    [Fact]
    public void OtherNounsWithAPossessor_StayNoActor()
    {
        var events = EventCoderTests.Code(ParsedSentence.From(Sentence("trucks", "truck"), Published));
        Assert.DoesNotContain(events, e => e.Cameo == "073" && e.Source is not null);
    }
}
