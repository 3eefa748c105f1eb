using Parley.Frames;
using Parley.Tests.Support;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Frames;

public class StrayObjectRepairTests
{
    [Fact]
    public void A_subject_hung_on_a_later_oblique_is_the_object_of_the_verb_before_it()
    {
        // "The queen welcomed Danish Minister Hansen on Friday": "Hansen" read as the subject of "Friday".
        const string s = "The/DET/2/det queen/NOUN/3/nsubj/queen welcomed/VERB/0/root/welcome Danish/ADJ/8/amod Minister/PROPN/6/nmod:desc " +
                         "Hansen/PROPN/8/nsubj on/ADP/8/case Friday/PROPN/3/obl ./PUNCT/3/punct";
        var doc = ParsedSentence.From(s);
        Assert.True(StrayObjectRepair.Repair(doc, doc.Sentences[0]));
        Assert.Equal((2, "obj"), (doc.Tokens[5].Head, doc.Strings[doc.Tokens[5].DepRel]));
        Assert.Equal(5, doc.Tokens[3].Head);
    }

    [Fact]
    public void A_verb_with_an_object_keeps_it()
    {
        const string s = "The/DET/2/det queen/NOUN/3/nsubj/queen met/VERB/0/root/meet ministers/NOUN/3/obj/minister Hansen/PROPN/8/nsubj on/ADP/8/case Friday/PROPN/3/obl ./PUNCT/3/punct";
        var doc = ParsedSentence.From(s);
        Assert.False(StrayObjectRepair.Repair(doc, doc.Sentences[0]));
    }

    [Fact]
    public void Welcoming_a_leader_to_one_s_capital_is_hosting_a_visit() =>
        Has("The King of Jordan welcomed Egyptian President Abdel Fattah al-Sisi to Amman on Sunday.", "JORGOV", "EGYGOV", "043");
}
