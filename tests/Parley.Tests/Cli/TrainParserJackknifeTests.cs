using Parley.Tests.Reading;
using static Parley.Tests.Cli.CliRunner;

namespace Parley.Tests.Cli;

public sealed class TrainParserJackknifeTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void TrainParser_Jackknife_WritesPredictedTags_WithTheGoldTrees()
    {
        var train = _dir.Write("train.conllu", TestPaths.FirstSentences("ud-english-ewt/en_ewt-ud-dev.conllu.gz", 120));
        var tagged = Path.Combine(_dir.Root, "tagged.conllu");
        var model = Path.Combine(_dir.Root, "parser.bin.gz");
        var (exit, _, stderr) = Run("train", "parser", "--train", train, "--epochs", "1", "--out", model,
            "--jackknife", "3", "--jackknife-epochs", "1", "--jackknife-gold", "--tagged-out", tagged);
        Assert.True(exit == 0, stderr);
        Assert.Contains("jackknife: fold 3 of 3 tagged", stderr, StringComparison.Ordinal);
        Assert.Matches(@"held-out UPOS accuracy \d+\.\d\d %", stderr);
        Assert.True(File.Exists(model));
        var gold = Words(File.ReadAllText(train));
        var predicted = Words(File.ReadAllText(tagged));
        Assert.Equal(gold.Count, predicted.Count);
        Assert.Equal(gold.Select(w => (w[1], w[6], w[7])), predicted.Select(w => (w[1], w[6], w[7])));
        Assert.Contains(gold.Zip(predicted), p => p.First[3] != p.Second[3]);
    }

    // The word rows (no multiword ranges or empty nodes), split into columns.
    private static List<string[]> Words(string conllu) =>
        [.. conllu.Split('\n').Select(l => l.Split('\t')).Where(c => c.Length == 10 && c[0].All(char.IsDigit))];
}
