using Parley.Diagnostics;
using Parley.Tagging;
using Parley.Tests.Parsing;
using Parley.Tests.Reading;
using Parley.Training;
using static Parley.Tests.Cli.CliRunner;

namespace Parley.Tests.Cli;

public sealed class SyntaxCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly string _treebank;
    private readonly string _parser;

    public SyntaxCommandTests()
    {
        _treebank = _dir.Write("small.conllu", TestPaths.FirstSentences("ud-english-ewt/en_ewt-ud-dev.conllu.gz", 150));
        using var file = File.Create(_parser = Path.Combine(_dir.Root, "parser.bin.gz"));
        ParserModelFileTests.SmallParser.Save(file);
    }

    public void Dispose() => _dir.Dispose();

    // A small tagger, trained once for the class.
    private static readonly Lazy<TaggerModel> SmallTagger = new(() =>
    {
        using var dir = new TempFolder();
        var path = dir.Write("small.conllu", TestPaths.FirstSentences("ud-english-ewt/en_ewt-ud-dev.conllu.gz", 150));
        return TaggingTrainer.Train(TaggingCorpus.Read([path], new List<Diagnostic>()), new TaggingTrainingOptions(Epochs: 2));
    });

    private string Tagger()
    {
        var path = Path.Combine(_dir.Root, "tagger.bin.gz");
        TaggerModelFile.Save(SmallTagger.Value, path);
        return path;
    }

    [Fact]
    public void EvalSyntax_WithGoldTags_PrintsAttachmentScores()
    {
        var (exit, stdout, stderr) = Run("eval-syntax", "--treebank", _treebank, "--gold-tags", "--parser-model", _parser);
        Assert.True(exit == 0, stderr);
        Assert.Contains("(gold tags)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"UAS\s+\d+\.\d\d", stdout);
        Assert.Matches(@"LAS\s+\d+\.\d\d", stdout);
        Assert.Contains("non-projective:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalSyntax_MissingTreebankOrModel_ExitsWith1()
    {
        var (exit, _, stderr) = Run("eval-syntax", "--treebank", Path.Combine(_dir.Root, "none.conllu"), "--gold-tags");
        Assert.Equal(1, exit);
        Assert.Contains("PRL333", stderr, StringComparison.Ordinal);
        (exit, _, stderr) = Run("eval-syntax", "--treebank", _treebank, "--gold-tags", "--parser-model", Path.Combine(_dir.Root, "none.bin.gz"));
        Assert.Equal(1, exit);
        Assert.Contains("PRL330", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ConlluInput_KeepsTheWords_AndWritesTreesInTenColumns()
    {
        var tagger = Tagger();
        var (exit, stdout, stderr) = Run("parse", _treebank, "--input", "conllu", "--tagger-model", tagger, "--parser-model", _parser);
        Assert.True(exit == 0, stderr);
        var goldWords = File.ReadAllText(_treebank).Split('\n').Count(l => l.Length > 0 && char.IsDigit(l[0]) && l.Split('\t')[0].All(char.IsDigit));
        var sentences = stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var words = 0;
        foreach (var sentence in sentences)
        {
            var rows = sentence.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
            Assert.All(rows, r => Assert.Equal(10, r.Length));
            Assert.All(rows, r => Assert.NotEqual("_", r[3]));
            Assert.All(rows, r => Assert.NotEqual("_", r[2]));
            Assert.All(rows, r => Assert.Contains("NER=", r[9], StringComparison.Ordinal));
            Assert.Single(rows, r => r[6] == "0" && r[7] == "root");
            Assert.All(rows, r => Assert.InRange(int.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture), 0, rows.Count));
            words += rows.Count;
        }
        Assert.Equal(goldWords, words);
    }

    [Fact]
    public void Parse_Text_TokenizesTagsAndParses()
    {
        var tagger = Tagger();
        var text = _dir.Write("t.txt", "Putin met Kim in Pyongyang. Trump said nothing about the sanctions on North Korea.");
        var (exit, stdout, stderr) = Run("parse", text, "--tagger-model", tagger, "--parser-model", _parser);
        Assert.True(exit == 0, stderr);
        Assert.Contains("\tPyongyang\t", stdout, StringComparison.Ordinal);
        Assert.Equal(2, stdout.Split('\n').Count(l => l.Split('\t') is [_, _, _, _, _, _, "0", "root", _, _]));
    }

    [Fact]
    public void Parse_SampleArticle_WithTheShippedModels_FillsEveryColumn()
    {
        var sample = Path.Combine(TestPaths.Repo, "samples", "putin-trump-north-korea.txt");
        var (exit, stdout, stderr) = Run("parse", sample);
        Assert.True(exit == 0, stderr);
        Assert.Contains("\tcomplimented\tcompliment\tVERB\tVBD\t", stdout, StringComparison.Ordinal);
        Assert.Contains("\tPutin\tPutin\tPROPN\tNNP\t", stdout, StringComparison.Ordinal);
        Assert.Contains("NER=I-PER", stdout, StringComparison.Ordinal);
        var sentences = stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(sentences.Length > 5);
        Assert.All(sentences, s => Assert.Single(s.Split('\n'), l => l.Split('\t') is [_, _, _, _, _, _, "0", "root", _, _]));
    }
}
