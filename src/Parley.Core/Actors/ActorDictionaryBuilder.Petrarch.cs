using Parley.Petrarch;

namespace Parley.Actors;

public sealed partial class ActorDictionaryBuilder
{
    /// <summary>
    /// Adds PETRARCH actors and agents (already read, for example <see cref="PetrarchDictionary.ActorEntries"/> and
    /// <see cref="PetrarchDictionary.Agents"/>) on top of the layers added so far: one layer per actor file and one per
    /// agent file, later ones winning. Dated actors become people whose roles follow
    /// <see cref="PetrarchActor.CodeAt"/>; see <c>docs/petrarch.md</c>.
    /// </summary>
    public ActorDictionaryBuilder AddPetrarch(IEnumerable<PetrarchActor> actors, IEnumerable<PetrarchAgent> agents)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(agents);
        _layers.AddRange(PetrarchActorTranslator.Layers(actors, agents));
        return this;
    }
}
