using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

public class AdverbialParticipleRepairTests
{
    // "Raiders attacked a caravan carrying salt near Bree, killing two guards."
    private const string Conjoined = "Raiders/NOUN/2/nsubj/raider attacked/VERB/0/root/attack a/DET/4/det caravan/NOUN/2/obj/caravan " +
        "carrying/VERB/4/acl/carry salt/NOUN/5/obj/salt near/ADP/8/case Bree/PROPN/5/obl ,/PUNCT/10/punct killing/VERB/5/conj/kill " +
        "two/NUM/12/nummod guards/NOUN/10/obj/guard ./PUNCT/2/punct";

    [Fact]
    public void A_final_participle_conjoined_to_a_participle_on_an_argument_is_the_clause_verb_s_adverbial()
    {
        var doc = ParsedSentence.From(Conjoined);
        Assert.True(AdverbialParticipleRepair.Repair(doc, doc.Sentences[0]));
        Assert.Equal((1, "advcl"), (doc.Tokens[9].Head, doc.Strings[doc.Tokens[9].DepRel]));
    }

    [Fact]
    public void A_participle_with_its_own_coordinator_stays_a_conjunct()
    {
        var doc = ParsedSentence.From(Conjoined.Replace(",/PUNCT/10/punct", "and/CCONJ/10/cc", StringComparison.Ordinal));
        Assert.False(AdverbialParticipleRepair.Repair(doc, doc.Sentences[0]));
    }
}
