using Parley.Diagnostics;
using Parley.Documents;
using Parley.Engine;
using Parley.Events;
using Parley.Petrarch;

namespace Parley.Tests.Engine;

/// <summary>
/// The two PETRARCH validation suites and an engine for each, coding with the dictionaries the suite's
/// <c>&lt;Environment&gt;</c> names (alone, with tracing on): loaded once and shared by the test classes.
/// </summary>
internal static class PetrarchSuites
{
    /// <summary>The 2_02 suite (PETRARCH-2 dictionaries).</summary>
    public static readonly Lazy<ValidationSuite> Current = new(() => Read("petrarch-validation", "PETR_Validate_records_2_02.xml"));

    /// <summary>The older suite (PETRARCH-1 / TABARI dictionaries).</summary>
    public static readonly Lazy<ValidationSuite> Older = new(() => Read("petrarch-dictionaries", "PETR.UnitTest.records.xml"));

    /// <summary>An engine with the 2_02 suite's dictionaries.</summary>
    public static readonly Lazy<ParleyEngine> CurrentEngine = new(() => Load(Current.Value));

    /// <summary>An engine with the older suite's dictionaries.</summary>
    public static readonly Lazy<ParleyEngine> OlderEngine = new(() => Load(Older.Value));

    /// <summary>Codes <paramref name="text"/> as one document published on <paramref name="date"/>.</summary>
    public static Document Code(ParleyEngine engine, string text, DateOnly date)
    {
        var doc = new Document(text, new DocumentMetadata("t", date));
        engine.Process(doc);
        return doc;
    }

    /// <summary>The document's events as "SOURCE TARGET CODE", in document order.</summary>
    public static IEnumerable<string> Events(Document doc) =>
        (doc.GetLayer<CodedEvents>()?.Items ?? []).Select(e => $"{e.Source?.Code} {e.Target?.Code} {e.Cameo}");

    /// <summary>The events of <paramref name="text"/> as "SOURCE TARGET CODE", sorted.</summary>
    public static List<string> SortedEvents(ParleyEngine engine, string text, DateOnly date) =>
        [.. Events(Code(engine, text, date)).Order(StringComparer.Ordinal)];

    private static ValidationSuite Read(string folder, string file) =>
        ValidationReader.Read(TestPaths.Shared(Path.Combine(folder, file))).Value!;

    private static ParleyEngine Load(ValidationSuite suite)
    {
        var diagnostics = new List<Diagnostic>();
        var baseOptions = new EngineOptions { DataRoot = Path.Combine(TestPaths.Repo, "data"), Trace = true };
        var engine = EngineLoader.Load(PetrarchValidation.Options(suite, baseOptions), Path.Combine(TestPaths.Repo, "models"), diagnostics);
        Assert.True(engine is not null, string.Join('\n', diagnostics.Where(d => d.Severity == Severity.Error).Take(10)));
        return engine;
    }
}
