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

    /// <summary>The source code, target code and CAMEO code of <paramref name="e"/>, to compare in one assertion.</summary>
    public static (string? Source, string? Target, string Cameo) Dyad(CodedEvent e) => (e.Source?.Code, e.Target?.Code, e.Cameo);

    /// <summary>Asserts the plain engine codes <paramref name="text"/> with this source, target and CAMEO code.</summary>
    public static void Has(string text, string source, string? target, string cameo) =>
        Assert.Contains(Code(text), e => e.Source?.Code == source && e.Target?.Code == target && e.Cameo == cameo);

    private static ParleyEngine Load(bool trace)
    {
        var diagnostics = new List<Diagnostic>();
        var options = new EngineOptions { DataRoot = Path.Combine(TestPaths.Repo, "data"), Trace = trace };
        var engine = EngineLoader.Load(options, Path.Combine(TestPaths.Repo, "models"), diagnostics);
        Assert.True(engine is not null, string.Join('\n', diagnostics.Take(10)));
        return engine;
    }
}
