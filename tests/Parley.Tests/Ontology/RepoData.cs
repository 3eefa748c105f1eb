using Parley.Ontology;
using Parley.Patterns;

namespace Parley.Tests.Ontology;

/// <summary>Locates the repository's data folder and loads the shipped ontologies once per test run.</summary>
internal static class RepoData
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<CameoCatalog> LazyCameo = new(() => Loaded(CameoCatalog.Load(Path("data/cameo/event-codes.tsv"))));
    private static readonly Lazy<PloverCatalog> LazyPlover = new(() => Loaded(PloverCatalog.Load(Path("data/plover"), Cameo)));
    private static readonly Lazy<PatternDictionary> LazyPatterns = new(() => Loaded(PatternDictionary.Load([Path("data/patterns")], Cameo)));

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);

    public static CameoCatalog Cameo => LazyCameo.Value;

    public static PloverCatalog Plover => LazyPlover.Value;

    public static PatternDictionary Patterns => LazyPatterns.Value;

    private static T Loaded<T>(LoadResult<T> result) where T : class
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(20)));
        return result.Value!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Parley.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("repository root (Parley.slnx) not found above " + AppContext.BaseDirectory);
    }
}
