using System.CommandLine;
using Parley.Diagnostics;
using Parley.Documents;
using Parley.Tagging;
using Parley.Training;
using Parley.Writing;

namespace Parley.Cli.Commands;

/// <summary>
/// The jackknife options of <c>parley train parser</c>: <c>--jackknife K</c> retags the training treebanks with
/// taggers each trained, as <c>parley train tagger</c> trains the shipped one, on the other K − 1 folds plus the
/// <c>--jackknife-extra</c> files; <c>--jackknife-gold</c> keeps the gold-tagged copies too (a mixture), and
/// <c>--tagged-out</c> writes the retagged treebank (predicted tags, gold trees) for reuse.
/// </summary>
internal sealed class ParserJackknifeOptions
{
    private static readonly TaggingTrainingOptions TaggerDefaults = new();

    private readonly Option<int> _folds = new("--jackknife") { Description = "Train the parser on tags predicted by taggers trained on the other K − 1 folds (0: gold tags)", DefaultValueFactory = _ => 0, HelpName = "K" };
    private readonly Option<int> _epochs = new("--jackknife-epochs") { Description = "Training passes of each jackknife tagger (as parley train tagger --epochs)", DefaultValueFactory = _ => TaggerDefaults.Epochs };
    private readonly Option<int> _seed = new("--jackknife-seed") { Description = "Seed of the fold split and of each jackknife tagger (as parley train tagger --seed)", DefaultValueFactory = _ => 3 };
    private readonly Option<string[]> _extra = new("--jackknife-extra") { Description = "CoNLL-U files every jackknife tagger also trains on (the shipped tagger's other training data)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<bool> _gold = new("--jackknife-gold") { Description = "Train on the gold-tagged sentences as well as the jackknifed ones" };
    private readonly Option<string?> _taggedOut = new("--tagged-out") { Description = "Write the jackknifed training sentences (predicted tags, gold trees) to this CoNLL-U file", HelpName = "FILE" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _folds, _epochs, _seed, _extra, _gold, _taggedOut })
            command.Options.Add(option);
    }

    /// <summary>
    /// The training documents: <paramref name="gold"/> as they are without <c>--jackknife</c>; otherwise a fresh
    /// read of <paramref name="trainFiles"/> retagged by the jackknife taggers, after the gold ones when
    /// <c>--jackknife-gold</c> is set. Null when a file cannot be read (errors added to <paramref name="diagnostics"/>).
    /// </summary>
    public IReadOnlyList<Document>? TrainingDocuments(
        ParseResult parse, string[] trainFiles, IReadOnlyList<Document> gold, List<Diagnostic> diagnostics, TextWriter log)
    {
        if (parse.GetValue(_folds) is not (> 1 and var folds))
            return gold;
        var read = new List<Diagnostic>();
        var extra = TaggingCorpus.Read(parse.GetValue(_extra) ?? [], read).Documents;
        var retagged = TaggingCorpus.Read(trainFiles, read).Documents;
        if (read.Any(d => d.Severity == Severity.Error))
        {
            diagnostics.AddRange(read);
            return null;
        }
        var options = TaggerDefaults with { Epochs = parse.GetValue(_epochs), Seed = parse.GetValue(_seed) };
        ParsingJackknife.Retag(retagged, folds, options.Seed,
            rest => new Tagger(TaggingTrainer.Train(TaggingCorpus.FromDocuments(rest.Concat(extra)), options)), log);
        if (parse.GetValue(_taggedOut) is { } path)
            Write(retagged, path);
        return parse.GetValue(_gold) ? [.. gold, .. retagged] : retagged;
    }

    private static void Write(IReadOnlyList<Document> documents, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var output = new StreamWriter(path);
        var writer = new ConlluWriter();
        foreach (var doc in documents)
            writer.Write(doc, output);
    }
}
