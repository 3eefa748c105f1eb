using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

public class FrameBuilderTests
{
    private static readonly FrameBuilder Builder = RepoFrameBuilder.Create(["visit", "sanctions", "threat", "summit"], "say", "state");

    private static PredicateFrame Only(string parsed, string predicate)
    {
        var doc = ParsedSentence.From(parsed);
        return Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == predicate);
    }

    private static string Word(string parsed, int token) => parsed.Split(' ')[token].Split('/')[0];

    [Fact]
    public void Verb_SubjectAndPrepositionalTarget()
    {
        const string s = "Trump/PROPN/2/nsubj met/VERB/0/root/meet with/ADP/4/case Kim/PROPN/2/obl in/ADP/6/case Singapore/PROPN/2/obl";
        var f = Only(s, "meet");
        Assert.Equal("Trump", Word(s, f.Subject));
        Assert.Equal(["with", "in"], f.Frame.Prepositions.Select(p => p.Preposition));
        Assert.Equal("Kim", Word(s, f.TokenOf(f.Frame.Prepositions[0].Argument)));
        Assert.Equal(Modality.Asserted, f.Modality);
    }

    [Fact]
    public void Verb_Passive_AgentIsSource_PatientIsObject()
    {
        const string s = "Troops/NOUN/3/nsubj:pass were/AUX/3/aux:pass attacked/VERB/0/root/attack by/ADP/5/case rebels/NOUN/3/obl:agent";
        var f = Only(s, "attack");
        Assert.Equal("rebels", Word(s, f.Subject));
        Assert.Equal("troops", f.Frame.Object!.Lemma);
        Assert.Empty(f.Frame.Prepositions);
    }

    [Fact]
    public void Verb_Control_XcompAndItsObject()
    {
        const string s = "Trump/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark provide/VERB/2/xcomp guarantees/NOUN/4/obj/guarantee";
        var f = Only(s, "agree");
        Assert.Equal("provide", f.Frame.Xcomp!.Predicate);
        Assert.Equal("guarantee", f.Frame.Xcomp.Object!.Lemma);
        Assert.DoesNotContain(Builder.Build(ParsedSentence.From(s), 0), x => x.Frame.Predicate == "provide");
    }

    [Theory]
    [InlineData("Putin/PROPN/2/nsubj complimented/VERB/0/root/compliment Trump/PROPN/2/obj on/SCONJ/5/mark advancing/VERB/2/advcl/advance talks/NOUN/5/obj/talk", "advance", "Trump")]
    [InlineData("Seoul/PROPN/2/nsubj accused/VERB/0/root/accuse Tokyo/PROPN/2/obj of/SCONJ/5/mark arming/VERB/2/advcl/arm rebels/NOUN/5/obj/rebel", "arm", "Tokyo")]
    [InlineData("Seoul/PROPN/2/nsubj left/VERB/0/root/leave after/SCONJ/4/mark signing/VERB/2/advcl/sign", "sign", "Seoul")]
    public void Verb_GerundAdverbial_ObjectControl(string parsed, string predicate, string subject) =>
        Assert.Equal(subject, Word(parsed, Only(parsed, predicate).Subject));

    [Theory]
    [InlineData("Iran/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod sign/VERB/0/root", Modality.Negated)]
    [InlineData("China/PROPN/3/nsubj will/AUX/3/aux retaliate/VERB/0/root", Modality.Intended)]
    [InlineData("If/SCONJ/3/mark talks/NOUN/3/nsubj fail/VERB/5/advcl Iran/PROPN/5/nsubj withdraws/VERB/0/root/withdraw", Modality.Asserted)]
    public void Verb_Modality(string parsed, Modality expected) =>
        Assert.Equal(expected, Builder.Build(ParsedSentence.From(parsed), 0)[^1].Modality);

    [Fact]
    public void Verb_ConditionalClause_IsConditional() =>
        Assert.Equal(Modality.Conditional, Only("If/SCONJ/3/mark talks/NOUN/3/nsubj fail/VERB/5/advcl Iran/PROPN/5/nsubj withdraws/VERB/0/root/withdraw", "fail").Modality);

    [Fact]
    public void ReportedSpeech_EmbeddedFrameKnowsItsSpeechVerb()
    {
        const string s = "Trump/PROPN/2/nsubj said/VERB/0/root/say Putin/PROPN/4/nsubj agreed/VERB/2/ccomp/agree";
        var f = Only(s, "agree");
        Assert.Equal("said", Word(s, f.SpeechVerb));
        Assert.Equal("Putin", Word(s, f.Subject));
    }

    [Fact]
    public void ReportedEvaluation_AdjectiveBecomesXcomp_ItsSubjectTheObject()
    {
        const string s = "official/NOUN/2/nsubj said/VERB/0/root/say Washington/PROPN/4/nmod:poss attitude/NOUN/6/nsubj was/AUX/6/cop regrettable/ADJ/2/ccomp";
        var f = Only(s, "say");
        Assert.Equal("regrettable", f.Frame.Xcomp!.Predicate);
        Assert.Equal("attitude", Word(s, f.TokenOf(f.Frame.Object)));
    }

    [Fact]
    public void Noun_PossessorIsSource_PrepositionIsArgument()
    {
        const string s = "Pompeo/PROPN/3/nmod:poss 's/PART/1/case visit/NOUN/0/root to/ADP/5/case Pyongyang/PROPN/3/nmod";
        var f = Only(s, "visit");
        Assert.True(f.Frame.IsNoun);
        Assert.Equal("Pompeo", Word(s, f.Subject));
        Assert.Equal("to", Assert.Single(f.Frame.Prepositions).Preposition);
    }

    [Fact]
    public void Noun_AsObject_TakesTheVerbsSubject_AndModifiers()
    {
        const string s = "Trump/PROPN/2/nsubj responded/VERB/0/root/respond with/ADP/4/case threats/NOUN/2/obl/threat of/ADP/7/case military/ADJ/7/amod action/NOUN/4/nmod";
        var f = Only(s, "threat");
        Assert.Equal("Trump", Word(s, f.Subject));
        Assert.Contains("action", f.Frame.Modifiers);
        Assert.Equal("action", Assert.Single(f.Frame.Prepositions).Argument.Lemma);
    }

    [Fact]
    public void A_conjoined_passive_without_a_subject_has_its_heads_subject_as_patient()
    {
        // "Rohan's ships sailed past Bree and were boarded by coastguards": the ships are boarded, the coastguards board.
        const string s = "ships/NOUN/2/nsubj/ship sailed/VERB/0/root/sail past/ADP/4/case Bree/PROPN/2/obl and/CCONJ/7/cc were/AUX/7/aux:pass "
            + "boarded/VERB/2/conj/board by/ADP/9/case coastguards/NOUN/7/obl/coastguard";
        var board = Only(s, "board");
        Assert.Equal("ship", board.Frame.Object!.Lemma);
        Assert.Equal("coastguard", board.Frame.Subject!.Lemma);
    }
}
