using Parley.Ontology;
using Parley.Petrarch;
using Xunit.Abstractions;

namespace Parley.Tests.Petrarch;

/// <summary>
/// Loads the production PETRARCH-2 dictionaries from ../shared/data (never copied into the repository). Every
/// diagnostic is accounted for: errors are faults in the files themselves (bad dates, a stray ')', '[080!]', an
/// undefined synset, one phrase given two meanings), warnings are constructs Parley's frame cannot honour.
/// </summary>
public sealed class ProductionDictionaryTests(ITestOutputHelper output)
{
    private static string Dict(string name) => TestPaths.Shared(Path.Combine("petrarch-dictionaries", name));

    private static readonly Lazy<PetrarchDictionary> Phoenix = new(() => PetrarchDictionary.Load(new PetrarchFiles(
        Dict("CAMEO.2.0.txt"),
        [Dict("Phoenix.Countries.actors.txt.gz"), Dict("Phoenix.International.actors.txt"), Dict("Phoenix.MilNonState.actors.txt")],
        [Dict("Phoenix.agents.txt")],
        [Dict("Phoenix.discards.txt")]), CameoCatalog.Load(Path.Combine(TestPaths.Repo, "data", "cameo", "event-codes.tsv")).Value));

    [Fact]
    public void Phoenix_dictionaries_load_with_every_diagnostic_explained()
    {
        var d = Phoenix.Value;
        var counts = d.Diagnostics.GroupBy(x => x.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (Code: g.Key, N: g.Count())).ToList();
        foreach (var (code, n) in counts)
            output.WriteLine($"{code} {n}: {d.Diagnostics.First(x => x.Code == code)}");
        // PRL407: the same phrase under two actors of one file ('rostock': Leipzig's synonym and Germany); PRL601–605:
        // faults in the files; PRL607: CAMEO 2.0 codes not in Parley's CAMEO table; PRL611–620: unsupported constructs.
        Assert.Equal(
            "PRL407 47, PRL601 6, PRL602 9, PRL603 1, PRL605 2, PRL607 6, PRL611 9, PRL612 8, PRL614 27, PRL615 22, PRL617 4, PRL619 8",
            string.Join(", ", counts.Select(c => $"{c.Code} {c.N}")));
    }

    [Fact]
    public void Phoenix_entry_counts()
    {
        var d = Phoenix.Value;
        Assert.Equal(new PetrarchVerbStats(Blocks: 397, Verbs: 1795, PatternLines: 4667, PatternLinesTranslated: 4615, Synsets: 40), d.Verbs!.Stats);
        Assert.Equal(124337, d.Verbs.Patterns.Count);
        Assert.Equal(9375, d.Verbs.ReverseCodes.Count);
        Assert.Equal(26088, d.ActorEntries.Length);
        Assert.Equal(18364, d.Actors.PersonCount);
        Assert.Equal(2244, d.Agents.Length);
        Assert.Equal(506, d.Discards.Entries.Length);
    }

    [Fact]
    public void Phoenix_actors_resolve_dates()
    {
        var d = Phoenix.Value;
        var ban = d.ActorEntries.Single(a => a.Phrases[0] == "secretary-general ban ki-moon");
        Assert.Equal("IGOUNO", ban.CodeAt(new DateOnly(2007, 1, 1)));
        var person = d.Actors.FindPerson(PetrarchPhraseDisplay("secretary-general ban ki-moon"));
        Assert.Equal("IGOUNO", d.Actors.Resolve(person!, new DateOnly(2010, 6, 1))!.Code);
        Assert.Contains(d.Actors.Lookup("troops"), e => e.Code == "MIL");
    }

    private static string PetrarchPhraseDisplay(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
