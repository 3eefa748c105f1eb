using Parley.Documents;
using Parley.Parsing;

namespace Parley.Training;

/// <summary>Trains the dependency parser from treebank documents (gold words, tags and trees).</summary>
public static class ParserTraining
{
    /// <summary>
    /// Trains on <paramref name="train"/>; when <paramref name="dev"/> is given, reports its UAS/LAS after every
    /// epoch on <paramref name="log"/>. Deterministic for given data and options.
    /// </summary>
    public static DependencyParser Train(IReadOnlyList<Document> train, IReadOnlyList<Document>? dev, ParsingTrainerOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var data = ParsingData.Projective(train);
        var vocab = ParsingData.Vocabulary(data, options.MinLiftedLabel);
        var examples = ParsingData.Examples(data, vocab, withStrings: false, options.TagNoise, options.Seed);
        log.WriteLine($"parser: {examples.Count} sentences, {vocab.Words.Count} words, {vocab.Tags.Count} tags, {vocab.Labels.Count} labels");
        var learner = new HashedParserLearner(vocab);
        ParsingTrainer.Train(learner, examples, options, epoch =>
        {
            if (dev is null)
            {
                log.WriteLine($"epoch {epoch + 1}");
                return;
            }
            var parser = new DependencyParser(learner.Build(options.Prune));
            var (uas, las) = Attachment(parser, dev);
            log.WriteLine($"epoch {epoch + 1}: dev UAS {uas:P2} LAS {las:P2}");
        });
        return new DependencyParser(learner.Build(options.Prune));
    }

    /// <summary>UAS and LAS of <paramref name="parser"/> on copies of <paramref name="gold"/> keeping gold words and tags.</summary>
    public static (double Uas, double Las) Attachment(DependencyParser parser, IReadOnlyList<Document> gold)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(gold);
        long n = 0, heads = 0, labelled = 0;
        foreach (var g in gold)
        {
            var copy = TreebankCopy.WithGoldTags(g);
            parser.Process(copy);
            for (var i = 0; i < g.TokenCount; i++)
            {
                n++;
                if (copy.Tokens[i].Head != g.Tokens[i].Head)
                    continue;
                heads++;
                if (copy.Token(i).DepRel == g.Token(i).DepRel)
                    labelled++;
            }
        }
        return n == 0 ? (0, 0) : ((double)heads / n, (double)labelled / n);
    }
}
