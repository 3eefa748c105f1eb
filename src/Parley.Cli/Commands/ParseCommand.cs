using System.CommandLine;
using Parley.Documents;
using Parley.Pipeline;
using Parley.Reading;
using Parley.Tokenization;
using Parley.Training;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley parse [INPUT…] [--input text|lines|jsonl|html|conllu] [--format conllu|json]</c>: tokenizes, splits,
/// tags, lemmatizes, parses and finds named entities in every document and writes CoNLL-U (all ten columns,
/// entities as <c>NER=B-PER</c> in MISC) or JSON Lines to stdout. With
/// <c>--input conllu</c> the file's words and sentences are kept as given and everything else is predicted anew.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var command = new Command("parse",
            "Tokenize, split, tag, lemmatize, parse (dependency trees with UD relations) and find named entities; write CoNLL-U or JSON Lines to stdout.");
        var inputs = new InputOptions();
        var output = new OutputOptions();
        var models = new SyntaxModelOptions();
        inputs.AddTo(command);
        output.AddTo(command);
        models.AddTo(command);
        command.SetAction(result =>
        {
            var stderr = result.InvocationConfiguration.Error;
            if (models.LoadStages(result, goldTags: false, stderr) is not { } stages)
                return CliApp.BadInput;
            var syntax = Build(stages);
            var conllu = result.GetValue(inputs.Format) == "conllu";
            var writer = output.CreateWriter(result);
            return DocumentBatch.Run(result, inputs, (document, stdout) =>
            {
                if (conllu)
                    document = TreebankCopy.WordsOnly(document);
                else
                    TokenizationPipeline.Default.Process(document);
                syntax.Process(document);
                writer.Write(document, stdout);
            });
        });
        return command;
    }

    private static DocumentPipeline Build(IEnumerable<IPipelineStage> stages)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in stages)
            builder.Add(stage);
        return builder.Build(Annotations.Tokens | Annotations.Sentences);
    }
}
