using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

/// <summary>A to-infinitive adverbial of a verb with no xcomp fills the verb's xcomp slot.</summary>
public class PurposeClauseTests
{
    private static readonly FrameBuilder Builder = RepoFrameBuilder.Create(["resignation", "ultimatum"], "say");

    private static IReadOnlyList<PredicateFrame> Frames(string parsed) => Builder.Build(ParsedSentence.From(parsed), 0);

    [Fact]
    public void AppealWithAdverbialInfinitive_IsControlledAct()
    {
        const string s = "Beirut/PROPN/2/nsubj urged/VERB/0/root/urge Brussels/PROPN/2/obj to/PART/5/mark lift/VERB/2/advcl sanctions/NOUN/5/obj/sanction";
        var frames = Frames(s);
        var urge = Assert.Single(frames, f => f.Frame.Predicate == "urge");
        Assert.Equal("brussels", urge.Frame.Object!.Lemma);
        Assert.Equal("lift", urge.Frame.Xcomp!.Predicate);
        Assert.Equal("sanction", urge.Frame.Xcomp.Object!.Lemma);
        Assert.DoesNotContain(frames, f => f.Frame.Predicate == "lift");
    }

    [Fact]
    public void ProtestWithPurpose_DemandIsItsXcomp()
    {
        const string s = "Students/NOUN/2/nsubj/student rallied/VERB/0/root/rally to/PART/4/mark demand/VERB/2/advcl his/PRON/6/nmod:poss/he resignation/NOUN/4/obj";
        var frames = Frames(s);
        var rally = Assert.Single(frames, f => f.Frame.Predicate == "rally");
        Assert.Equal("demand", rally.Frame.Xcomp!.Predicate);
        Assert.Equal("resignation", rally.Frame.Xcomp.Object!.Lemma);
        Assert.DoesNotContain(frames, f => f.Frame.Predicate == "demand");
    }

    [Fact]
    public void InfinitiveHungFromTheObject_IsThePurpose()
    {
        const string s = "Protesters/NOUN/2/nsubj/protester blocked/VERB/0/root/block the/DET/4/det road/NOUN/2/obj to/PART/6/mark demand/VERB/4/acl his/PRON/8/nmod:poss/he resignation/NOUN/6/obj";
        var frames = Frames(s);
        Assert.Equal("demand", Assert.Single(frames, f => f.Frame.Predicate == "block").Frame.Xcomp!.Predicate);
        Assert.DoesNotContain(frames, f => f.Frame.Predicate == "demand");
    }

    [Fact]
    public void InfinitiveOfAnEventNounObject_IsNotThePurpose()
    {
        const string s = "Kinshasa/PROPN/2/nsubj issued/VERB/0/root/issue an/DET/4/det/a ultimatum/NOUN/2/obj to/PART/6/mark leave/VERB/4/acl";
        var frames = Frames(s);
        Assert.Null(Assert.Single(frames, f => f.Frame.Predicate == "issue").Frame.Xcomp);
        Assert.Single(frames, f => f.Frame.Predicate == "leave");
    }

    [Fact]
    public void PurposeOfPassive_StaysItsOwnFrame()
    {
        const string s = "Peacekeepers/NOUN/3/nsubj:pass/peacekeeper were/AUX/3/aux:pass/be deployed/VERB/0/root/deploy to/PART/5/mark protect/VERB/3/advcl civilians/NOUN/5/obj/civilian";
        var frames = Frames(s);
        Assert.Null(Assert.Single(frames, f => f.Frame.Predicate == "deploy").Frame.Xcomp);
        Assert.Single(frames, f => f.Frame.Predicate == "protect");
    }

    [Fact]
    public void VerbWithXcomp_KeepsItAndThePurposeIsAFrame()
    {
        const string s = "Iran/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark talk/VERB/2/xcomp to/PART/6/mark end/VERB/2/advcl war/NOUN/6/obj";
        var frames = Frames(s);
        Assert.Equal("talk", Assert.Single(frames, f => f.Frame.Predicate == "agree").Frame.Xcomp!.Predicate);
        Assert.Single(frames, f => f.Frame.Predicate == "end");
    }

    [Fact]
    public void AdverbialWithOwnSubjectOrOtherMarker_IsNotFolded()
    {
        const string s = "Seoul/PROPN/2/nsubj left/VERB/0/root/leave after/SCONJ/4/mark signing/VERB/2/advcl/sign";
        var frames = Frames(s);
        Assert.Null(Assert.Single(frames, f => f.Frame.Predicate == "leave").Frame.Xcomp);
        Assert.Single(frames, f => f.Frame.Predicate == "sign");
    }
}
