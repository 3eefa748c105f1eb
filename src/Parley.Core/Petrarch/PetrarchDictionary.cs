using System.Collections.Immutable;
using Parley.Actors;
using Parley.Diagnostics;
using Parley.Ontology;

namespace Parley.Petrarch;

/// <summary>
/// PETRARCH/TABARI dictionaries translated into Parley's engine: verb patterns as a Parley pattern dictionary, actors
/// and agents as a Parley actor dictionary, discards as a list Parley applies before coding. Also keeps the PETRARCH
/// entries themselves (for explanation and tests). Immutable; load with <see cref="Load"/>.
/// </summary>
public sealed class PetrarchDictionary
{
    private PetrarchDictionary(PetrarchVerbs? verbs, ActorDictionary actors, ImmutableArray<PetrarchActor> actorEntries,
        ImmutableArray<PetrarchAgent> agents, PetrarchDiscards discards, ImmutableArray<Diagnostic> diagnostics)
    {
        (Verbs, Actors, ActorEntries, Agents, Discards, Diagnostics) = (verbs, actors, actorEntries, agents, discards, diagnostics);
    }

    /// <summary>The verb patterns, or null when no verbs file was given or it could not be read.</summary>
    public PetrarchVerbs? Verbs { get; }

    /// <summary>The actors and agents as Parley's actor dictionary.</summary>
    public ActorDictionary Actors { get; }

    /// <summary>The actor records as read, in load order.</summary>
    public ImmutableArray<PetrarchActor> ActorEntries { get; }

    /// <summary>The agents as read (after plurals and substitutions), in load order.</summary>
    public ImmutableArray<PetrarchAgent> Agents { get; }

    /// <summary>The discard phrases of all discard files.</summary>
    public PetrarchDiscards Discards { get; }

    /// <summary>Every problem found, with file and line; unsupported constructs are warnings PRL611–PRL619.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when some diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Loads and translates the files; <paramref name="cameo"/>, when given, checks the event codes (PRL607).</summary>
    public static PetrarchDictionary Load(PetrarchFiles files, CameoCatalog? cameo = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var diagnostics = new List<Diagnostic>();
        PetrarchVerbs? verbs = null;
        if (files.Verbs is { } verbPath && PetrarchLines.Read(verbPath, diagnostics) is { } verbLines)
        {
            var pico = files.Pico is { } picoPath ? PicoOntology.Read(picoPath, diagnostics) : null;
            verbs = new PetrarchVerbBuilder(new VerbFileReader(verbPath, diagnostics).Read(verbLines), cameo, diagnostics) { Pico = pico }.Build();
        }
        var actors = files.Actors.Select(f => (IReadOnlyList<PetrarchActor>)(PetrarchLines.Read(f, diagnostics) is { } l ? new PetrarchActorReader(f, diagnostics).Read(l) : [])).ToList();
        var agents = files.Agents.Select(f => (IReadOnlyList<PetrarchAgent>)(PetrarchLines.Read(f, diagnostics) is { } l ? new PetrarchAgentReader(f, diagnostics).Read(l) : [])).ToList();
        var discards = files.Discards.SelectMany(f => PetrarchLines.Read(f, diagnostics) is { } l ? PetrarchDiscards.Read(l, f, diagnostics).Entries : []).ToImmutableArray();
        var actorEntries = actors.SelectMany(a => a).ToImmutableArray();
        var agentEntries = agents.SelectMany(a => a).ToImmutableArray();
        var actorResult = new ActorDictionaryBuilder().AddPetrarch(actorEntries, agentEntries).Build();
        return new PetrarchDictionary(verbs, actorResult.Dictionary, actorEntries, agentEntries,
            new PetrarchDiscards(discards), [.. diagnostics, .. actorResult.Diagnostics]);
    }
}
