using System.Globalization;
using Parley.Parsing;
using Parley.Training;

namespace Parley.Tests.Parsing;

public class ShippedParserRegressionTests
{
    // Data/shipped-parser-ewt-dev-300.tsv holds the shipped model's parses of the first 300 sentences of EWT dev
    // (gold tags) as written by the parser before its scoring was optimized (`Parley.Bench -- parse-dump`). Speed
    // work on the scoring kernels must not change a single head or relation.
    [Fact]
    public void ShippedModel_ParsesTheSampleExactlyAsBeforeTheSpeedWork()
    {
        var parser = DependencyParser.Load(Path.Combine(TestPaths.Repo, "models", "parser", DependencyParser.DefaultFileName), out var diagnostic);
        Assert.Null(diagnostic);
        var expected = File.ReadAllLines(Path.Combine(TestPaths.Repo, "tests", "Parley.Tests", "Parsing", "Data", "shipped-parser-ewt-dev-300.tsv"));
        var actual = new List<string>();
        foreach (var gold in ParsingFixtures.EwtDev)
        {
            var doc = TreebankCopy.WithGoldTags(gold);
            parser!.Process(doc);
            foreach (var sentence in doc.Sentences)
            {
                if (actual.Count == expected.Length)
                    break;
                actual.Add(string.Create(CultureInfo.InvariantCulture, $"# sentence {actual.Count(l => l.StartsWith('#')) + 1}"));
                for (var i = 0; i < sentence.TokenCount; i++)
                {
                    var t = doc.Tokens[sentence.FirstToken + i];
                    var head = t.Head < 0 ? 0 : t.Head - sentence.FirstToken + 1;
                    actual.Add(string.Create(CultureInfo.InvariantCulture, $"{i + 1}\t{head}\t{doc.Strings[t.DepRel]}"));
                }
                actual.Add("");
            }
            if (actual.Count >= expected.Length)
                break;
        }
        Assert.Equal(300, expected.Count(l => l.StartsWith('#')));
        Assert.Equal(expected, actual);
    }
}
