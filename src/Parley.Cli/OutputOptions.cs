using System.CommandLine;
using Parley.Writing;

namespace Parley.Cli;

/// <summary>The <c>--format conllu|json</c> option of commands that write annotated documents.</summary>
internal sealed class OutputOptions
{
    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output written to stdout: conllu (CoNLL-U, one token per line) or json (JSON Lines, one object per document).",
        DefaultValueFactory = _ => "conllu",
        HelpName = "conllu|json",
    };

    public OutputOptions() => Format.AcceptOnlyFromAmong("conllu", "json");

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(Format);

    /// <summary>The writer the parsed option selects.</summary>
    public IDocumentWriter CreateWriter(ParseResult result) =>
        result.GetValue(Format) == "json" ? new JsonLinesWriter() : new ConlluWriter();
}
