using System.Collections.Frozen;
using Parley.Actors;
using Parley.Documents;
using Parley.Frames;
using Parley.Tests.Support;

namespace Parley.Tests.Frames;

public class AgentRepairTests
{
    private static readonly FrameBuilder Builder = new(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"));

    private static string Word(string parsed, int token) => parsed.Split(' ')[token].Split('/')[0];

    private static Document WithActor(string parsed, int token)
    {
        var doc = ParsedSentence.From(parsed);
        var name = Word(parsed, token);
        doc.SetLayer(new ActorMentions([new ActorMention(token, token + 1, 0, name.Length, name, "ROH", "ROH", null, name, null, ActorEntryKind.Country, "name", "t:1", ActorMentionFlags.None)]));
        return doc;
    }

    [Theory]
    // "Tolls were imposed on the merchants by Rohan": the parser hung the agent on "merchants".
    [InlineData("Tolls/NOUN/3/nsubj:pass/toll were/AUX/3/aux:pass/be imposed/VERB/0/root/impose on/ADP/6/case the/DET/6/det " +
                "merchants/NOUN/3/obl/merchant by/ADP/8/case Rohan/PROPN/6/nmod ./PUNCT/3/punct", 7, "impose")]
    // "Two guards were shot dead by Rohan near the gate": the parser hung the agent on the completing adjective "dead".
    [InlineData("Two/NUM/2/nummod/two guards/NOUN/4/nsubj:pass/guard were/AUX/4/aux:pass/be shot/VERB/0/root/shoot dead/ADJ/4/xcomp/dead " +
                "by/ADP/7/case Rohan/PROPN/5/obl near/ADP/10/case the/DET/10/det gate/NOUN/4/obl/gate ./PUNCT/4/punct", 6, "shoot")]
    public void An_actor_after_by_hung_inside_a_passives_phrase_is_its_agent(string parsed, int actor, string predicate)
    {
        var doc = WithActor(parsed, actor);
        var frame = Assert.Single(Builder.Build(doc, 0), f => f.Frame.Predicate == predicate);
        Assert.Equal("Rohan", Word(parsed, frame.Subject));
        Assert.Equal("obl:agent", doc.Strings[doc.Tokens[actor].DepRel]);
    }

    [Theory]
    // an active verb: "Gondor imposed tolls on merchants by Rohan" keeps its subject
    [InlineData("Gondor/PROPN/2/nsubj imposed/VERB/0/root/impose tolls/NOUN/2/obj/toll on/ADP/5/case merchants/NOUN/2/obl/merchant by/ADP/7/case Rohan/PROPN/5/nmod", 6)]
    // a passive with an agent of its own
    [InlineData("Tolls/NOUN/3/nsubj:pass/toll were/AUX/3/aux:pass/be imposed/VERB/0/root/impose by/ADP/5/case Gondor/PROPN/3/obl:agent on/ADP/7/case merchants/NOUN/3/obl/merchant by/ADP/9/case Rohan/PROPN/7/nmod", 8)]
    public void Other_by_phrases_are_left_alone(string parsed, int actor)
    {
        var doc = WithActor(parsed, actor);
        Assert.False(AgentRepair.Repair(doc, doc.Sentences[0]));
    }
}
