using Parley.Actors;
using Parley.Diagnostics;

namespace Parley.Petrarch;

/// <summary>
/// Builds Parley's <see cref="ActorDictionary"/> from PETRARCH actors and agents, one layer per file so that a later
/// file wins, as PETRARCH's own later definitions do. An actor whose codes carry dates becomes a person whose roles
/// are its <see cref="PetrarchActor.Timeline"/> (so Parley's date resolution gives exactly
/// <see cref="PetrarchActor.CodeAt"/>); an actor with only a default code becomes a country-kind entry (an agent after it appends its code, as in
/// PETRARCH: "Gondor troops" → GONMIL); an actor with
/// no code, or only the null code, becomes nothing. Agents become agent entries whose code is appended to the
/// actor's, as <c>[~CODE]</c> says, or, for <c>[CODE~]</c>, put before the code of the actor after them ("MSF Arnor" → NGOARN).
/// </summary>
internal static class PetrarchActorTranslator
{
    /// <summary>The layers for the actors and agents: one per file, in the order the files were first seen.</summary>
    public static List<LayerData> Layers(IEnumerable<PetrarchActor> actors, IEnumerable<PetrarchAgent> agents)
    {
        var layers = new List<LayerData>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in actors.GroupBy(a => a.File, StringComparer.Ordinal))
        {
            var layer = new LayerData();
            foreach (var actor in file)
                AddActor(layer, actor, names);
            layers.Add(layer);
        }
        foreach (var file in agents.GroupBy(a => a.File, StringComparer.Ordinal))
        {
            var layer = new LayerData();
            foreach (var agent in file)
                AddAgent(layer, agent);
            layers.Add(layer);
        }
        return layers;
    }

    private static void AddActor(LayerData layer, PetrarchActor actor, HashSet<string> names)
    {
        var where = new Location(actor.File, actor.Line);
        var source = $"{Path.GetFileName(actor.File)}:{actor.Line}";
        var display = PetrarchPhrase.Display(actor.Phrases[0]);
        if (actor.IsDated)
        {
            var roles = actor.Timeline()
                .Select(p => new PersonRole(p.Code, p.Start, p.End, "", $"{Path.GetFileName(actor.File)}:{p.Line}")).ToList();
            if (roles.Count == 0)
                return;
            var name = names.Add(display) ? display : $"{display} ({source})";
            names.Add(name);
            var person = new PersonEntry(name, actor.Phrases, roles, source);
            layer.People.Add(new PersonDef(person, where));
            var entry = new ActorEntry(ActorEntryKind.Person, null, name, source) { Person = person };
            foreach (var phrase in actor.Phrases)
                layer.Aliases.Add(new RawAlias(AliasTable.Noun, phrase, entry, where));
            return;
        }
        if (actor.CodeAt(default) is not { } code)
            return;
        // As a country entry: an agent after it appends its code ("Gondor troops" → GONMIL), as PETRARCH does.
        var org = new ActorEntry(ActorEntryKind.Country, code, display, source);
        foreach (var phrase in actor.Phrases)
            layer.Aliases.Add(new RawAlias(AliasTable.Noun, phrase, org, where));
    }

    private static void AddAgent(LayerData layer, PetrarchAgent agent)
    {
        var where = new Location(agent.File, agent.Line);
        var entry = new ActorEntry(ActorEntryKind.Agent, agent.Code, agent.Forms[0], $"{Path.GetFileName(agent.File)}:{agent.Line}") { IsPrefix = agent.Prefix, ChainsCodes = true };
        foreach (var form in agent.Forms)
            layer.Aliases.Add(new RawAlias(AliasTable.Agent, form, entry, where));
    }
}
