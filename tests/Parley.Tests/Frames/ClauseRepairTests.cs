using System.Collections.Frozen;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

public class ClauseRepairTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"));

    private static (PredicateFrame Frame, string Text) Frame(string parsed, string predicate)
    {
        var doc = ParsedSentence.From(parsed);
        var frame = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == predicate);
        return (frame, doc.Text);
    }

    private static string Word(string parsed, int token) => parsed.Split(' ')[token].Split('/')[0];

    [Fact]
    public void VerbHungFromRootSubject_BecomesTheRoot()
    {
        // "Students demonstrated in Caracas": the parser read the verb as a participle modifying "Students".
        const string s = "Students/NOUN/0/root/student demonstrated/VERB/1/acl/demonstrate in/ADP/4/case Caracas/PROPN/2/obl:agent ./PUNCT/1/punct";
        var (f, _) = Frame(s, "demonstrate");
        Assert.Equal("Students", Word(s, f.Subject));
        Assert.Equal(["in"], f.Frame.Prepositions.Select(p => p.Preposition));
    }

    [Fact]
    public void SubjectPhraseIsClimbed_AndLaterParticipleInheritsIt()
    {
        const string s = "Hundreds/NOUN/0/root/hundred of/ADP/3/case women/NOUN/1/nmod/woman shelled/VERB/3/acl/shell towns/NOUN/4/obj/town ,/PUNCT/7/punct " +
                         "killing/VERB/1/acl/kill civilians/NOUN/7/obj/civilian";
        var (f, _) = Frame(s, "shell");
        Assert.Equal("Hundreds", Word(s, f.Subject));
        var (k, _) = Frame(s, "kill");
        Assert.Equal("Hundreds", Word(s, k.Subject));
    }

    [Fact]
    public void VerbAfterTheRootsApposition_TakesTheRootAsSubject_AndTheAppositionsTail()
    {
        // "Oxfam, the United Kingdom charity, handed blankets and tents to families": the parser hung the verb, its
        // objects and its "to" phrase on the apposition; "United" is part of a name, not the first verb.
        const string s = "Oxfam/PROPN/0/root ,/PUNCT/6/punct the/DET/6/det United/VERB/5/amod/unite Kingdom/PROPN/6/compound charity/NOUN/1/appos " +
                         ",/PUNCT/9/punct handed/VERB/9/amod/hand blankets/NOUN/6/conj/blanket and/CCONJ/11/cc tents/NOUN/6/conj/tent " +
                         "to/ADP/13/case families/NOUN/6/nmod/family ./PUNCT/1/punct";
        var (f, _) = Frame(s, "hand");
        Assert.Equal("Oxfam", Word(s, f.Subject));
        Assert.Equal("blanket", f.Frame.Object!.Lemma);
        Assert.Equal(["to"], f.Frame.Prepositions.Select(p => p.Preposition));
    }

    [Fact]
    public void VerbLeftUnlabelledBelowTheRootNoun_BecomesTheRoot()
    {
        // "West Rohan on Monday shelled the fort": the parser made the name the root and the verb a dep of it.
        const string s = "West/PROPN/2/compound Rohan/PROPN/0/root on/ADP/4/case Monday/PROPN/5/obl shelled/VERB/2/dep/shell the/DET/7/det fort/NOUN/5/obj";
        var (f, _) = Frame(s, "shell");
        Assert.Equal("Rohan", Word(s, f.Subject));
        Assert.Equal("fort", f.Frame.Object!.Lemma);
    }

    [Fact]
    public void NominalRootBeforeASubjectlessVerb_IsItsSubject()
    {
        // "Rohan on Monday signed a treaty, officials said": the name read as the root, the verb as the speech verb's clause.
        const string s = "Rohan/PROPN/0/root on/ADP/3/case Monday/PROPN/1/nmod signed/VERB/9/ccomp/sign a/DET/6/det treaty/NOUN/4/obj ,/PUNCT/9/punct " +
                         "officials/NOUN/9/nsubj/official said/VERB/1/dep/say";
        var (f, _) = Frame(s, "sign");
        Assert.Equal("Rohan", Word(s, f.Subject));
        Assert.Equal("treaty", f.Frame.Object!.Lemma);
        Assert.Equal("officials", Word(s, Frame(s, "say").Frame.Subject));
    }

    [Fact]
    public void NominalRootWithAPreposition_IsNoSubject()
    {
        const string s = "In/ADP/2/case Rohan/PROPN/0/root ,/PUNCT/5/punct signed/VERB/2/dep/sign treaties/NOUN/4/obj/treaty";
        Assert.Equal(-1, Frame(s, "sign").Frame.Subject);
    }

    [Fact]
    public void ParticipleBeforeItsHead_HeadBecomesObject()
    {
        // "The army deployed troops": "deployed" as an adjective of "troops" with "army" as its passive subject.
        const string s = "The/DET/2/det army/NOUN/3/nsubj:pass deployed/VERB/4/amod/deploy troops/NOUN/0/root";
        var (f, _) = Frame(s, "deploy");
        Assert.Equal("army", Word(s, f.Subject));
        Assert.Equal("troops", f.Frame.Object!.Lemma);
    }

    [Fact]
    public void DoubleSubjectOfLaterVerb_IsReleased()
    {
        const string s = "The/DET/2/det junta/NOUN/9/nsubj promised/VERB/2/acl/promise to/PART/5/mark restore/VERB/3/xcomp freedoms/NOUN/5/obj/freedom " +
                         "once/SCONJ/9/mark situation/NOUN/9/nsubj improved/VERB/0/root/improve";
        var (f, _) = Frame(s, "promise");
        Assert.Equal("junta", Word(s, f.Subject));
        Assert.Equal("restore", f.Frame.Xcomp!.Predicate);
    }

    [Theory]
    // A real reduced relative before the main verb: the participle keeps its reading.
    [InlineData("Troops/NOUN/5/nsubj:pass deployed/VERB/1/acl/deploy there/ADV/2/advmod were/AUX/5/aux:pass attacked/VERB/0/root/attack")]
    // A participle inside a prepositional phrase.
    [InlineData("They/PRON/2/nsubj met/VERB/0/root/meet with/ADP/4/case troops/NOUN/2/obl/troop deployed/VERB/4/acl/deploy")]
    public void GenuineParticiples_AreLeftAlone(string parsed)
    {
        var doc = ParsedSentence.From(parsed);
        var before = doc.Tokens.ToArray().Select(t => (t.Head, t.DepRel)).ToArray();
        Assert.False(ClauseRepair.Repair(doc, doc.Sentences[0]));
        Assert.Equal(before, doc.Tokens.ToArray().Select(t => (t.Head, t.DepRel)).ToArray());
    }

    [Fact]
    public void PurposeOfAgentlessPassive_IsItsPatients()
    {
        const string s = "Peacekeepers/NOUN/3/nsubj:pass/peacekeeper were/AUX/3/aux:pass deployed/VERB/0/root/deploy to/PART/5/mark protect/VERB/3/advcl civilians/NOUN/5/obj/civilian";
        var (f, _) = Frame(s, "protect");
        Assert.Equal("Peacekeepers", Word(s, f.Subject));
    }
}
