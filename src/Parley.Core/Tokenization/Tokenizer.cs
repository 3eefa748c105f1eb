using Parley.Diagnostics;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Tokenization;

/// <summary>
/// Splits text into tokens that follow the UD English EWT conventions for syntactic words: clitics split
/// ("do|n't", "Kim|'s"), abbreviations and initials keep their period ("U.S.", "Mr.", "J.") except a final one
/// that ends the sentence ("the U.S|."), numbers stay whole ("1,000.5", "10:30") but ranges and scores split
/// ("2|-|1"), currency and percent signs split ("$|5", "5|%"), URLs, e-mail addresses, @mentions, #hashtags and
/// emoticons stay whole, dashes and most hyphens split ("first|-|ever"). See specs/tokenization. Lossless: tokens plus
/// <see cref="TokenData.SpaceAfter"/> and <see cref="Document.LeadingWhitespace"/> rebuild the text exactly.
/// Immutable and thread-safe; never throws on any input string.
/// </summary>
public sealed class Tokenizer : IPipelineStage
{
    private static readonly Lazy<Tokenizer> DefaultInstance = new(() => Load(DataSource.Embedded).GetValueOrThrow());
    private readonly TokenizerRules _rules;

    private Tokenizer(TokenizerRules rules) => _rules = rules;

    /// <summary>The tokenizer built from the data files shipped inside Parley.Core (copies of <c>data/</c>).</summary>
    public static Tokenizer Default => DefaultInstance.Value;

    /// <summary>
    /// Builds a tokenizer from the files under <paramref name="dataDir"/> (the repository's <c>data/</c> folder):
    /// <c>segmentation/abbreviations.txt</c>, <c>tokenization/hyphen-prefixes.txt</c>,
    /// <c>tokenization/contractions.txt</c> and <c>tokenization/emoticons.txt</c>.
    /// </summary>
    public static DataLoadResult<Tokenizer> Load(string dataDir)
    {
        ArgumentNullException.ThrowIfNull(dataDir);
        return Load(DataSource.Directory(dataDir));
    }

    internal static DataLoadResult<Tokenizer> Load(DataSource source)
    {
        var diagnostics = new List<Diagnostic>();
        var rules = TokenizerRules.Load(source, diagnostics);
        return new(rules is null ? null : new Tokenizer(rules), diagnostics);
    }

    /// <inheritdoc />
    public string Name => "tokenize";

    /// <inheritdoc />
    public Annotations Requires => Annotations.None;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Tokens;

    /// <summary>Tokenizes <paramref name="text"/>: offsets and trailing whitespace only, other fields unset.</summary>
    public TokenData[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenScanner.Tokenize(text, _rules);
    }

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetTokens(Tokenize(document.Text));
    }
}
