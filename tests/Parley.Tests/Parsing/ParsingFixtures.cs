using Parley.Diagnostics;
using Parley.Documents;
using Parley.Reading.Conllu;

namespace Parley.Tests.Parsing;

/// <summary>Small slices of the EWT treebank shared by the parser tests (read once per test run).</summary>
internal static class ParsingFixtures
{
    private static readonly Lazy<List<Document>> Dev = new(() =>
        [.. ConlluReader.ReadFile(TestPaths.Shared("ud-english-ewt/en_ewt-ud-dev.conllu.gz"), new List<Diagnostic>())]);

    /// <summary>The EWT dev documents.</summary>
    public static IReadOnlyList<Document> EwtDev => Dev.Value;

    /// <summary>Documents of EWT dev from <paramref name="skip"/> until about <paramref name="sentences"/> sentences.</summary>
    public static List<Document> Slice(int skip, int sentences)
    {
        var result = new List<Document>();
        var count = 0;
        foreach (var doc in EwtDev.Skip(skip))
        {
            if (count >= sentences)
                break;
            result.Add(doc);
            count += doc.SentenceCount;
        }
        return result;
    }
}
