using Parley.Diagnostics;
using Parley.Documents;
using Parley.Engine;
using Parley.Events;

namespace Parley.Tests.Engine;

/// <summary>The whole engine (shipped models and data), loaded once per test run; with and without tracing.</summary>
internal static class EngineFixture
{
    private static readonly Lazy<ParleyEngine> Plain = new(() => Load(trace: false));
    private static readonly Lazy<ParleyEngine> Traced = new(() => Load(trace: true));

    public static ParleyEngine Engine => Plain.Value;

    public static ParleyEngine TracingEngine => Traced.Value;

    /// <summary>The events the plain engine codes in <paramref name="text"/>, published on 2024-05-01.</summary>
    public static IReadOnlyList<CodedEvent> Code(string text)
    {
        var doc = new Document(text, new DocumentMetadata("t", new DateOnly(2024, 5, 1)));
        Engine.Process(doc);
        return doc.GetLayer<CodedEvents>()!.Items;
    }

    /// <summary>The single event of CAMEO root <paramref name="cameoRoot"/> the plain engine codes in <paramref name="text"/>.</summary>
    public static CodedEvent One(string text, string cameoRoot) =>
        Assert.Single(Code(text), e => e.CameoRoot == cameoRoot);

    private static ParleyEngine Load(bool trace)
    {
        var diagnostics = new List<Diagnostic>();
        var options = new EngineOptions { DataRoot = Path.Combine(TestPaths.Repo, "data"), Trace = trace };
        var engine = EngineLoader.Load(options, Path.Combine(TestPaths.Repo, "models"), diagnostics);
        Assert.True(engine is not null, string.Join('\n', diagnostics.Take(10)));
        return engine;
    }
}
