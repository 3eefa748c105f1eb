namespace Parley.Reading.Conllu;

/// <summary>The comment lines (<c># sent_id = …</c>, <c># text = …</c>) of each sentence read from CoNLL-U.</summary>
/// <param name="Comments">Per sentence, its comment lines without the leading <c>#</c> and space.</param>
/// <param name="SourceLines">Per sentence, the 1-based line number where it starts in its file.</param>
public sealed record ConlluSentenceInfo(IReadOnlyList<IReadOnlyList<string>> Comments, IReadOnlyList<int> SourceLines)
{
    /// <summary>The value of a <c>key = value</c> comment of sentence <paramref name="sentence"/>, or null.</summary>
    public string? Get(int sentence, string key)
    {
        foreach (var c in Comments[sentence])
        {
            var eq = c.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && c.AsSpan(0, eq).Trim().SequenceEqual(key))
                return c[(eq + 1)..].Trim();
        }
        return null;
    }
}
