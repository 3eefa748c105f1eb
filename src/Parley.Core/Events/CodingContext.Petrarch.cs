using Parley.Frames;
using Parley.Ontology;
using Parley.Patterns;

namespace Parley.Events;

internal sealed partial class CodingContext
{
    /// <summary>The event of a paired code from <paramref name="forward"/>'s target back to its source.</summary>
    public CodedEvent Reverse(PredicateFrame frame, PatternMatch match, CameoCode code, CodedEvent forward) =>
        Build(frame, match, code, forward.Target, forward.Source);
}
