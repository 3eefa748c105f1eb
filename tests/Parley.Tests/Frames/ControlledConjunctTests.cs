using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

/// <summary>
/// A verb conjoined to a controlled verb is promised too (a second frame of the governing verb), and a subjectless
/// marked adverbial of a controlled verb is part of the promised act, not an act of its own.
/// </summary>
public class ControlledConjunctTests
{
    private static readonly FrameBuilder Builder = RepoFrameBuilder.Create(["shooting", "talks"], "say");

    private static IReadOnlyList<PredicateFrame> Frames(string parsed) => Builder.Build(ParsedSentence.From(parsed), 0);

    [Fact]
    public void ConjunctOfControlledVerb_IsASecondFrameOfTheGoverningVerb()
    {
        const string s = "Lima/PROPN/2/nsubj promised/VERB/0/root/promise to/PART/4/mark reopen/VERB/2/xcomp the/DET/6/det border/NOUN/4/obj "
            + "and/CCONJ/9/cc to/PART/9/mark import/VERB/4/conj more/ADJ/9/obj copper/NOUN/9/obl";
        var frames = Frames(s);
        Assert.DoesNotContain(frames, f => f.Frame.Predicate == "import");
        var promises = frames.Where(f => f.Frame.Predicate == "promise").ToList();
        Assert.Equal(["reopen", "import"], promises.Select(f => f.Frame.Xcomp!.Predicate));
        Assert.All(promises, f => Assert.Equal(0, f.Subject));
    }

    [Fact]
    public void ConjunctWithItsOwnSubject_StaysItsOwnFrame()
    {
        const string s = "Lima/PROPN/2/nsubj promised/VERB/0/root/promise to/PART/4/mark reopen/VERB/2/xcomp the/DET/6/det border/NOUN/4/obj "
            + "and/CCONJ/9/cc Quito/PROPN/9/nsubj agreed/VERB/4/conj/agree";
        var frames = Frames(s);
        Assert.Single(frames, f => f.Frame.Predicate == "promise");
        Assert.Single(frames, f => f.Frame.Predicate == "agree");
    }

    [Fact]
    public void MarkedAdverbialOfControlledVerb_IsNoActOfItsOwn()
    {
        const string s = "Quito/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark work/VERB/2/xcomp with/ADP/6/case Lima/PROPN/4/obl "
            + "in/SCONJ/8/mark examining/VERB/4/advcl/examine the/DET/10/det shooting/NOUN/8/obj";
        var frames = Frames(s);
        Assert.Equal("work", Assert.Single(frames).Frame.Xcomp!.Predicate);
    }

    [Fact]
    public void MarkedAdverbialOfAnAssertedVerb_StaysItsOwnFrame()
    {
        const string s = "Quito/PROPN/2/nsubj worked/VERB/0/root/work with/ADP/4/case Lima/PROPN/2/obl "
            + "in/SCONJ/6/mark examining/VERB/2/advcl/examine the/DET/8/det shooting/NOUN/6/obj";
        var frames = Frames(s);
        Assert.Single(frames, f => f.Frame.Predicate == "examine");
    }
}
