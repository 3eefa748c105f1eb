using System.CommandLine;
using Parley.Tokenization;

namespace Parley.Cli.Commands;

/// <summary><c>parley tokenize</c>: sentences and tokens of every input document, as CoNLL-U or JSON Lines.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var command = new Command("tokenize",
            "Split documents into sentences and tokens and write them to stdout as CoNLL-U (ID and FORM filled, " +
            "SpaceAfter=No in MISC) or as JSON Lines with character offsets.");
        var inputs = new InputOptions();
        var output = new OutputOptions();
        inputs.AddTo(command);
        output.AddTo(command);
        command.SetAction(result =>
        {
            var pipeline = TokenizationPipeline.Default;
            var writer = output.CreateWriter(result);
            return DocumentBatch.Run(result, inputs, (document, stdout) =>
            {
                pipeline.Process(document);
                writer.Write(document, stdout);
            });
        });
        return command;
    }
}
