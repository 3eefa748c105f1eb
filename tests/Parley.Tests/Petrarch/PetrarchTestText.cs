using Parley.Diagnostics;
using Parley.Petrarch;

namespace Parley.Tests.Petrarch;

/// <summary>Runs the PETRARCH readers on inline text labelled as a file, collecting diagnostics.</summary>
internal static class PetrarchTestText
{
    public static (List<PetrarchActor> Actors, List<Diagnostic> Diagnostics) ReadActors(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (new PetrarchActorReader("test.actors", diagnostics).Read(PetrarchLines.Split(text)), diagnostics);
    }

    public static (List<PetrarchAgent> Agents, List<Diagnostic> Diagnostics) ReadAgents(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (new PetrarchAgentReader("test.agents", diagnostics).Read(PetrarchLines.Split(text)), diagnostics);
    }

    public static (PetrarchVerbs Verbs, List<Diagnostic> Diagnostics) ReadVerbs(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var raw = new VerbFileReader("test.verbs", diagnostics).Read(PetrarchLines.Split(text));
        return (new PetrarchVerbBuilder(raw, null, diagnostics).Build(), diagnostics);
    }

    public static DateOnly D(string yyyymmdd) => PetrarchDate.TryParse(yyyymmdd, out var d) ? d : throw new ArgumentException(yyyymmdd);
}
