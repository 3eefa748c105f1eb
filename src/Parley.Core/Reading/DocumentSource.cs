using Parley.Diagnostics;
using Parley.Documents;

namespace Parley.Reading;

/// <summary>
/// Turns command-line inputs (files, folders, <c>-</c> for standard input) into documents, one at a time, in a
/// deterministic order. Every input that cannot be read yields a diagnostic instead and the batch goes on.
/// Immutable; each call to <see cref="Read"/> is independent.
/// </summary>
public sealed class DocumentSource
{
    private readonly ReadOptions _options;
    private readonly Func<Stream> _openStdin;

    /// <summary>
    /// Creates a source. <paramref name="openStdin"/> opens what <c>-</c> (or an empty input list) reads: the
    /// command line passes the process's standard input; the library itself never touches the console.
    /// </summary>
    public DocumentSource(ReadOptions options, Func<Stream> openStdin)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(openStdin);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxChars);
        _options = options;
        _openStdin = openStdin;
    }

    /// <summary>The options the source reads with.</summary>
    public ReadOptions Options => _options;

    /// <summary>Reads every input in order; an empty list means standard input.</summary>
    public IEnumerable<SourceItem> Read(IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (input, error) in InputPath.Expand(inputs))
        {
            if (error is not null)
            {
                yield return SourceItem.Of(error);
                continue;
            }
            foreach (var item in ReadInput(input!))
            {
                if (item.Document is { } doc && !seen.TryAdd(doc.Metadata.Id, input!.Name))
                    yield return SourceItem.Fail(Messages.DuplicateDocumentId, new Location(input.Name), doc.Metadata.Id, seen[doc.Metadata.Id]);
                yield return item;
            }
        }
    }

    private IEnumerable<SourceItem> ReadInput(InputPath input)
    {
        var (stream, error) = Open(input);
        if (error is not null)
        {
            yield return SourceItem.Of(error);
            yield break;
        }
        // Files are closed after reading; standard input is left open, as it belongs to the caller.
        using var owned = input.Path is null ? null : stream;
        foreach (var item in ReadStream(stream!, input.Name))
            yield return item;
    }

    private (Stream?, Diagnostic?) Open(InputPath input)
    {
        try
        {
            return (input.Path is null ? _openStdin() : File.OpenRead(input.Path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Create(Messages.InputUnreadable, new Location(input.Name), e.Message));
        }
    }

    private IEnumerable<SourceItem> ReadStream(Stream stream, string name)
    {
        if (_options.Format == InputFormat.Conllu)
            return ReadConllu(stream, name);
        return ReadRecords(stream, name);
    }

    // CoNLL-U: the file's documents with their words, sentences and gold columns; malformed sentences are reported.
    private static IEnumerable<SourceItem> ReadConllu(Stream stream, string name)
    {
        var diagnostics = new List<Diagnostic>();
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, false), false, 1 << 16, leaveOpen: true);
        var any = false;
        foreach (var doc in Conllu.ConlluReader.Read(reader, name, diagnostics))
        {
            foreach (var d in diagnostics)
                yield return SourceItem.Of(d);
            diagnostics.Clear();
            any = true;
            yield return SourceItem.Of(doc);
        }
        foreach (var d in diagnostics)
            yield return SourceItem.Of(d);
        if (!any && diagnostics.Count == 0)
            yield return SourceItem.Fail(Messages.InputEmpty, new Location(name));
    }

    private IEnumerable<SourceItem> ReadRecords(Stream stream, string name)
    {
        var splitLines = _options.Format is InputFormat.Lines or InputFormat.Jsonl;
        var reader = new Utf8RecordReader(name, splitLines, _options.MaxChars);
        var any = false;
        foreach (var record in reader.Read(stream))
        {
            if (record.Error is not null)
            {
                any = true;
                yield return SourceItem.Of(record.Error);
            }
            else if (!string.IsNullOrWhiteSpace(record.Text))
            {
                any = true;
                yield return ToDocument(record.Text, new Location(name, record.Line), name);
            }
        }
        if (!any)
            yield return SourceItem.Fail(Messages.InputEmpty, new Location(name));
    }

    private SourceItem ToDocument(string text, Location where, string name) => _options.Format switch
    {
        InputFormat.Text => SourceItem.Of(new Document(text, new DocumentMetadata(name, _options.DefaultDate))),
        InputFormat.Lines => SourceItem.Of(new Document(text, new DocumentMetadata($"{name}:{where.Line}", _options.DefaultDate))),
        InputFormat.Jsonl => JsonlParser.Parse(text, where, _options.DefaultDate),
        InputFormat.Html => HtmlExtractor.Extract(text, where, name, _options.DefaultDate),
        _ => throw new InvalidOperationException($"unknown input format {_options.Format}"),
    };
}
