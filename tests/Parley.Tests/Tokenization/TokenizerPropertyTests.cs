using CsCheck;
using Parley.Documents;
using Parley.Tokenization;

namespace Parley.Tests.Tokenization;

/// <summary>Invariants of tokenize + split over random and hostile strings.</summary>
public class TokenizerPropertyTests
{
    private static readonly string[] Fragments =
    [
        " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u2028", "\u3000", "'", "’", "\"", "“", "”", ".", "...", "…",
        "?!", ",", "-", "--", "—", "U.S.", "Mr.", "No.", "J.", "e.g.", "http://x.org/a_(b)", "www.", "a@b.com", "@", "#",
        ":)", ":-(", "<3", "\u0301", "\u0308", "😀", "👍🏽", "🇺🇸", "\u200D", "\uFE0F", "\uD83C", "\uDC00", "\uD800",
        "n't", "'s", "don't", "cannot", "non-", "1,000.5", "2-1", "$", "%", "5", "مرحبا", "שלום", "\u202E", "\u200F",
        "\0", "\u0001", "\u001B", "\u007F", "\uFFFD", "\uFEFF", "Kim", "korea", "(", ")", "[", "]", "A", "z",
    ];

    private static readonly Gen<string> Hostile =
        Gen.OneOf(Gen.OneOfConst(Fragments), Gen.Char.Select(c => c.ToString()))
           .Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void RandomCharStrings_KeepInvariants() =>
        Gen.Char.Array[0, 200].Select(a => new string(a)).Sample(TokenInvariants.Check, iter: 3000);

    [Fact]
    public void HostileStrings_KeepInvariants() => Hostile.Sample(TokenInvariants.Check, iter: 5000);

    [Fact]
    public void InvalidUtf8DecodedFromFile_KeepsInvariants()
    {
        var path = Path.GetTempFileName();
        try
        {
            Gen.Byte.Array[0, 300].Sample(bytes =>
            {
                File.WriteAllBytes(path, bytes);
                TokenInvariants.Check(File.ReadAllText(path));
            }, iter: 500);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LongRunsWithoutWhitespace_AreHandled()
    {
        TokenInvariants.Check(new string('.', 100_000));
        TokenInvariants.Check("http://" + new string(')', 50_000));
        TokenInvariants.Check(string.Concat(Enumerable.Repeat("a-", 20_000)));
        TokenInvariants.Check(string.Concat(Enumerable.Repeat("\uD83D", 10_000)));
        TokenInvariants.Check(string.Concat(Enumerable.Repeat("a.", 100_000)) + "@x.com");
        TokenInvariants.Check(string.Concat(Enumerable.Repeat("a'", 100_000)) + "s");
        TokenInvariants.Check(string.Concat(Enumerable.Repeat("1-", 100_000)) + "1");
        TokenInvariants.Check(string.Concat(Enumerable.Repeat(":) ", 100_000)));
        TokenInvariants.Check(string.Concat(Enumerable.Repeat("U.S. ", 50_000)));
    }
}

/// <summary>Checks that tokens and sentences of a text satisfy the lossless-segmentation contract.</summary>
internal static class TokenInvariants
{
    public static void Check(string text)
    {
        var doc = new Document(text, new DocumentMetadata("property"));
        TokenizationPipeline.Default.Process(doc);
        Assert.Equal(text, doc.Reconstruct());
        var pos = 0;
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            Assert.True(t.Length > 0, "empty token");
            Assert.True(t.Start >= pos, "tokens out of order or overlapping");
            AssertWhitespace(text, pos, t.Start);
            Assert.DoesNotContain(text.Substring(t.Start, t.Length), char.IsWhiteSpace);
            Assert.Equal((i + 1 < tokens.Length ? tokens[i + 1].Start : text.Length) - t.End, t.SpaceAfter);
            pos = t.End;
        }
        AssertWhitespace(text, pos, text.Length);
        CheckSentences(doc);
    }

    private static void AssertWhitespace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            Assert.True(char.IsWhiteSpace(text[i]), $"non-whitespace U+{(int)text[i]:X4} at {i} is in no token");
    }

    private static void CheckSentences(Document doc)
    {
        var next = 0;
        foreach (var s in doc.Sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenCount > 0, "empty sentence");
            next = s.EndToken;
        }
        Assert.Equal(doc.TokenCount, next);
        if (doc.SentenceCount > 0)
            Assert.True(doc.Sentences[0].StartsParagraph);
    }
}
