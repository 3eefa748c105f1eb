using System.Collections.Frozen;
using Parley.Actors;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

public class LabelRepairTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say", "hint"));

    private static string Word(string parsed, int token) => parsed.Split(' ')[token].Split('/')[0];

    [Fact]
    public void A_named_actor_read_as_a_clausal_subject_is_the_subject()
    {
        // "Rohan on Monday shelled the fort": the tagger took the sentence's first name for a verb.
        const string s = "Rohan/VERB/4/csubj/rohan on/ADP/3/case Monday/PROPN/1/obl shelled/VERB/0/root/shell the/DET/6/det fort/NOUN/4/obj";
        var doc = ParsedSentence.From(s);
        doc.SetLayer(new ActorMentions([new ActorMention(0, 1, 0, 5, "Rohan", "ROH", null, "ROH", "Rohan", null, ActorEntryKind.Country, "name", "t:1", ActorMentionFlags.None)]));
        var frames = Builder.Build(doc, 0);
        var f = Assert.Single(frames);
        Assert.Equal("shell", f.Frame.Predicate);
        Assert.Equal("Rohan", Word(s, f.Subject));
        Assert.Contains(f.Frame.Prepositions, p => p.Preposition == "on");
    }

    [Fact]
    public void A_verb_read_as_a_clausal_subject_outside_any_actor_is_left_alone()
    {
        const string s = "Leaving/VERB/2/csubj/leave was/VERB/0/root/be hard/ADJ/2/xcomp";
        var frames = Builder.Build(ParsedSentence.From(s), 0);
        Assert.Contains(frames, f => f.Frame.Predicate == "leave");
    }

    [Fact]
    public void An_xcomp_with_its_own_subject_is_a_clausal_complement()
    {
        // "Rohan hinted it would acting soon": a reported clause, an act of its own with its own subject.
        const string s = "Rohan/PROPN/2/nsubj hinted/VERB/0/root/hint it/PRON/5/nsubj would/AUX/5/aux acting/VERB/2/xcomp/act soon/ADV/5/advmod";
        var frames = Builder.Build(ParsedSentence.From(s), 0);
        var act = Assert.Single(frames, f => f.Frame.Predicate == "act");
        Assert.Equal("it", Word(s, act.Subject));
        Assert.Null(Assert.Single(frames, f => f.Frame.Predicate == "hint").Frame.Xcomp);
    }

    [Fact]
    public void A_second_object_after_a_conjoined_verb_without_one_is_that_verbs()
    {
        // "Rohan denounced the raids and offered help": the parser hung "help" on "denounced" as a second object.
        const string s = "Rohan/PROPN/2/nsubj denounced/VERB/0/root/denounce the/DET/4/det raids/NOUN/2/obj/raid and/CCONJ/6/cc offered/VERB/2/conj/offer help/NOUN/2/obj";
        var frames = Builder.Build(ParsedSentence.From(s), 0);
        Assert.Equal("raid", Assert.Single(frames, f => f.Frame.Predicate == "denounce").Frame.Object!.Lemma);
        Assert.Equal("help", Assert.Single(frames, f => f.Frame.Predicate == "offer").Frame.Object!.Lemma);
    }

    [Fact]
    public void An_interjection_between_a_subject_and_its_noun_phrase_is_the_verb()
    {
        // "Rohan and Bree welcome the truce": "welcome" tagged as an interjection, "the truce" as an apposition.
        const string s = "Rohan/PROPN/0/root and/CCONJ/3/cc Bree/PROPN/1/conj welcome/INTJ/1/discourse the/DET/6/det truce/NOUN/1/appos";
        var f = Assert.Single(Builder.Build(ParsedSentence.From(s), 0));
        Assert.Equal("welcome", f.Frame.Predicate);
        Assert.Equal("Rohan", Word(s, f.Subject));
        Assert.Equal("truce", f.Frame.Object!.Lemma);
    }

    [Fact]
    public void An_interjection_after_punctuation_is_left_alone()
    {
        const string s = "Rohan/PROPN/0/root ,/PUNCT/3/punct welcome/INTJ/1/discourse the/DET/5/det truce/NOUN/1/appos";
        Assert.Empty(Builder.Build(ParsedSentence.From(s), 0));
    }

    [Fact]
    public void A_participle_below_a_copular_adverb_root_is_the_passive_verb()
    {
        // "Rohan was sharply criticized by Bree": the parser made "sharply" the root with "was" as its copula.
        const string s = "Rohan/PROPN/3/nsubj was/AUX/3/cop/be sharply/ADV/0/root criticized/VERB/3/advcl/criticize by/ADP/6/case Bree/PROPN/4/obl:agent";
        var doc = ParsedSentence.From(s);
        doc.Tokens[3].Feats = doc.Strings.Intern("Tense=Past|VerbForm=Part|Voice=Pass");
        var f = Assert.Single(Builder.Build(doc, 0));
        Assert.Equal("Bree", Word(s, f.Subject));
        Assert.Equal("rohan", f.Frame.Object!.Lemma);
    }

    [Fact]
    public void A_second_subject_after_a_coordinator_on_the_verb_is_a_conjunct_of_the_first()
    {
        // "Old Rohan, proud Bree, and wise Arnor signed": the parser gave the verb two subjects and the "and".
        const string s = "Rohan/PROPN/6/nsubj ,/PUNCT/3/punct Bree/PROPN/1/conj and/CCONJ/6/cc Arnor/PROPN/6/nsubj signed/VERB/0/root/sign";
        var doc = ParsedSentence.From(s);
        var f = Assert.Single(Builder.Build(doc, 0));
        Assert.Equal("Rohan", Word(s, f.Subject));
        Assert.Equal(0, doc.Tokens[4].Head);
        Assert.Equal("conj", doc.Strings[doc.Tokens[4].DepRel]);
    }

    [Fact]
    public void A_bare_participle_read_as_an_xcomp_before_its_object_is_the_objects_adjective()
    {
        // "Rohan will end expanded trade ties with Bree": the parser made "expanded" the controlled verb of "end".
        const string s = "Rohan/PROPN/3/nsubj will/AUX/3/aux end/VERB/0/root expanded/VERB/3/xcomp/expand trade/NOUN/6/compound ties/NOUN/4/obj/tie with/ADP/8/case Bree/PROPN/4/obl";
        var doc = ParsedSentence.From(s);
        doc.Tokens[3].Xpos = doc.Strings.Intern("VBN");
        var frames = Builder.Build(doc, 0);
        var end = Assert.Single(frames, f => f.Frame.Predicate == "end").Frame;
        Assert.Null(end.Xcomp);
        Assert.Equal("tie", end.Object!.Lemma);
        Assert.Contains("expand", end.Object.Modifiers);
        Assert.Contains(end.Prepositions, p => p.Preposition == "with");
    }

    [Fact]
    public void A_participle_xcomp_of_its_own_clause_is_left_alone()
    {
        // "Rohan kept Bree informed": the participle follows the object, not the verb.
        const string s = "Rohan/PROPN/2/nsubj kept/VERB/0/root/keep Bree/PROPN/2/obj informed/VERB/2/xcomp/inform";
        var doc = ParsedSentence.From(s);
        doc.Tokens[3].Xpos = doc.Strings.Intern("VBN");
        var keep = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == "keep").Frame;
        Assert.Equal("inform", keep.Xcomp!.Predicate);
    }

    [Fact]
    public void A_possessed_noun_read_as_an_adverbial_of_a_subjectless_verb_is_its_subject()
    {
        // "Rohan's new envoy left today for Bree": the parser made "envoy" an unmarked obl and "today" the object.
        const string s = "Rohan/PROPN/4/nmod:poss 's/PART/1/case new/ADJ/4/amod envoy/NOUN/5/obl:unmarked left/VERB/0/root/leave today/NOUN/5/obj for/ADP/8/case Bree/PROPN/5/obl";
        var leave = Assert.Single(Builder.Build(ParsedSentence.From(s), 0), f => f.Frame.Predicate == "leave");
        Assert.Equal("envoy", Word(s, leave.Subject));
    }

    [Fact]
    public void A_possessed_noun_read_as_a_descriptive_nmod_of_a_subjectless_verb_is_its_subject()
    {
        // "Gondor's chief envoy offered to help Rohan": the parser hung "envoy" on the verb as nmod:desc.
        const string s = "Gondor/PROPN/4/nmod:poss 's/PART/1/case chief/ADJ/4/amod envoy/NOUN/5/nmod:desc offered/VERB/0/root/offer to/PART/7/mark help/VERB/5/xcomp Rohan/PROPN/7/obj";
        var offer = Assert.Single(Builder.Build(ParsedSentence.From(s), 0), f => f.Frame.Predicate == "offer");
        Assert.Equal("envoy", Word(s, offer.Subject));
    }

    [Fact]
    public void An_unmarked_time_adverbial_before_a_verb_with_a_subject_stays_an_adverbial()
    {
        const string s = "Last/ADJ/2/amod week/NOUN/4/obl:unmarked Rohan/PROPN/4/nsubj left/VERB/0/root/leave";
        var leave = Assert.Single(Builder.Build(ParsedSentence.From(s), 0), f => f.Frame.Predicate == "leave");
        Assert.Equal("Rohan", Word(s, leave.Subject));
    }
}

