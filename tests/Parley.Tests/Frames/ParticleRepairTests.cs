using System.Collections.Frozen;
using Parley.Frames;
using Parley.Tests.Support;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Frames;

public class ParticleRepairTests
{
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal, "off", "down");

    [Fact]
    public void A_particle_read_as_the_preposition_of_the_next_phrase_is_the_verb_s()
    {
        // "The wardens cut off water supplies to the camp": "off" read as the case of "supplies".
        const string s = "The/DET/2/det wardens/NOUN/3/nsubj/warden cut/VERB/0/root/cut off/ADP/6/case water/NOUN/6/compound/water " +
                         "supplies/NOUN/3/obl/supplies to/ADP/9/case the/DET/9/det camp/NOUN/3/obl/camp ./PUNCT/3/punct";
        var doc = ParsedSentence.From(s);
        Assert.True(ParticleRepair.Repair(doc, doc.Sentences[0], Particles));
        Assert.Equal((2, "compound:prt"), (doc.Tokens[3].Head, doc.Strings[doc.Tokens[3].DepRel]));
        Assert.Equal((2, "obj"), (doc.Tokens[5].Head, doc.Strings[doc.Tokens[5].DepRel]));
    }

    [Fact]
    public void A_verb_with_an_object_keeps_its_prepositions()
    {
        const string s = "They/PRON/2/nsubj/they pushed/VERB/0/root/push carts/NOUN/2/obj/cart off/ADP/6/case the/DET/6/det road/NOUN/2/obl/road ./PUNCT/2/punct";
        var doc = ParsedSentence.From(s);
        Assert.False(ParticleRepair.Repair(doc, doc.Sentences[0], Particles));
    }

    [Fact]
    public void Authorities_who_cut_off_internet_access_coerce() =>
        Has("The authorities cut off internet access in Rakhine for months.", "MMRGOV", null, "170");
}
