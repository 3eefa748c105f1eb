using System.IO.Compression;
using System.Text;
using Parley.Diagnostics;

namespace Parley.Evaluation;

/// <summary>
/// Raw text rebuilt from a CoNLL-U treebank's <c># text</c> lines, with the character spans of its gold words
/// (UD syntactic words, located in the text in order) and sentences. Immutable.
/// </summary>
public sealed class TokenizationTreebank
{
    private TokenizationTreebank(string text, (int Start, int End)[] words, (int Start, int End)[] sentences, int skipped, TokenizationTextLayout layout)
    {
        Layout = layout;
        Text = text;
        Words = words;
        Sentences = sentences;
        SkippedSentences = skipped;
    }

    /// <summary>How the text was rebuilt.</summary>
    public TokenizationTextLayout Layout { get; }

    /// <summary>The rebuilt raw text.</summary>
    public string Text { get; }

    /// <summary>Gold word spans, in text order.</summary>
    public IReadOnlyList<(int Start, int End)> Words { get; }

    /// <summary>Gold sentence spans (first word start, last word end), in text order.</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    /// <summary>Sentences left out because their words could not be found in their <c># text</c>.</summary>
    public int SkippedSentences { get; }

    /// <summary>Reads a <c>.conllu</c> or <c>.conllu.gz</c> file and rebuilds its text with <paramref name="layout"/>.</summary>
    public static (TokenizationTreebank? Treebank, IReadOnlyList<Diagnostic> Diagnostics) Load(string path, TokenizationTextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new List<Diagnostic>();
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Create(Messages.InputNotFound, new Location(path)));
            return (null, diagnostics);
        }
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false));
        return Read(reader, path, layout);
    }

    /// <summary>Reads CoNLL-U from <paramref name="reader"/>; <paramref name="name"/> is used in diagnostics.</summary>
    public static (TokenizationTreebank? Treebank, IReadOnlyList<Diagnostic> Diagnostics) Read(TextReader reader, string name, TokenizationTextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var diagnostics = new List<Diagnostic>();
        var builder = new TokenizationTreebankBuilder(layout, name, diagnostics);
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
            builder.Line(line, ++lineNo);
        builder.EndSentence();
        if (builder.SentenceCount == 0)
            diagnostics.Add(Diagnostic.Create(Messages.TreebankEmpty, new Location(name)));
        if (diagnostics.Any(d => d.Severity == Severity.Error))
            return (null, diagnostics);
        return (new TokenizationTreebank(builder.Text.ToString(), [.. builder.Words], [.. builder.Sentences], builder.Skipped, layout), diagnostics);
    }
}
