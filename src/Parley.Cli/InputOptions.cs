using System.CommandLine;
using System.Globalization;
using Parley.Diagnostics;
using Parley.Reading;

namespace Parley.Cli;

/// <summary>
/// The input argument and options every document command shares: <c>[INPUT…]</c>, <c>--input</c>,
/// <c>--date</c> and <c>--max-chars</c>. Create one per command and call <see cref="AddTo"/>.
/// </summary>
internal sealed class InputOptions
{
    private static readonly Dictionary<string, InputFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = InputFormat.Text,
        ["lines"] = InputFormat.Lines,
        ["jsonl"] = InputFormat.Jsonl,
        ["html"] = InputFormat.Html,
        ["conllu"] = InputFormat.Conllu,
    };

    public Argument<string[]> Inputs { get; } = new("INPUT")
    {
        Description = "Files or folders to read (folders recursively, hidden files skipped, in ordinal path order); '-' or no INPUT reads standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Format { get; } = new("--input")
    {
        Description = "How inputs become documents: text (one per file), lines (one per non-empty line, id FILE:LINE), " +
            "jsonl (one JSON object per line: id, text, optional date, title, url, source), html (article text of a web page), " +
            "conllu (the words and sentences of a CoNLL-U file, one document per # newdoc).",
        DefaultValueFactory = _ => "text",
        HelpName = "text|lines|jsonl|html|conllu",
    };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) of documents whose input gives none; event dates are resolved against it.",
        HelpName = "YYYY-MM-DD",
    };

    public Option<int> MaxChars { get; } = new("--max-chars")
    {
        Description = "Largest document (or line, for lines and jsonl) accepted, in characters; larger ones are skipped with PRL108.",
        DefaultValueFactory = _ => ReadOptions.DefaultMaxChars,
        HelpName = "N",
    };

    public InputOptions()
    {
        Format.AcceptOnlyFromAmong([.. Formats.Keys]);
        // An unknown option would otherwise be taken for a file name; a file starting with '-' can be given as ./-name.
        Inputs.Validators.Add(r =>
        {
            foreach (var value in r.GetValueOrDefault<string[]>() ?? [])
                if (value.Length > 1 && value[0] == '-')
                    r.AddError($"unknown option '{value}'");
        });
        Date.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && ParseDate(value) is null)
                r.AddError(Messages.Format(Messages.DateInvalid, value));
        });
        MaxChars.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() <= 0)
                r.AddError("--max-chars must be a positive number of characters");
        });
    }

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Format);
        command.Options.Add(Date);
        command.Options.Add(MaxChars);
    }

    /// <summary>The document source the parsed options describe, reading standard input as the run says.</summary>
    public DocumentSource CreateSource(ParseResult result)
    {
        var options = new ReadOptions(
            Formats[result.GetValue(Format)!],
            result.GetValue(Date) is { } date ? ParseDate(date) : null,
            result.GetValue(MaxChars));
        return new DocumentSource(options, CliInvocation.StdinOf(result));
    }

    /// <summary>The INPUT arguments given (empty means standard input).</summary>
    public IReadOnlyList<string> GetInputs(ParseResult result) => result.GetValue(Inputs) ?? [];

    /// <summary>A YYYY-MM-DD date, or null when the text is not one.</summary>
    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
