using Parley.Diagnostics;
using Parley.Engine;

namespace Parley.Tests.Engine;

/// <summary>The whole engine (shipped models and data), loaded once per test run; with and without tracing.</summary>
internal static class EngineFixture
{
    private static readonly Lazy<ParleyEngine> Plain = new(() => Load(trace: false));
    private static readonly Lazy<ParleyEngine> Traced = new(() => Load(trace: true));

    public static ParleyEngine Engine => Plain.Value;

    public static ParleyEngine TracingEngine => Traced.Value;

    private static ParleyEngine Load(bool trace)
    {
        var diagnostics = new List<Diagnostic>();
        var options = new EngineOptions { DataRoot = Path.Combine(TestPaths.Repo, "data"), Trace = trace };
        var engine = EngineLoader.Load(options, Path.Combine(TestPaths.Repo, "models"), diagnostics);
        Assert.True(engine is not null, string.Join('\n', diagnostics.Take(10)));
        return engine;
    }
}
