using Parley.Tagging;

namespace Parley.Tests.Tagging;

public class WordFormsTests
{
    private static string Norm(string w)
    {
        Span<char> b = stackalloc char[WordForms.MaxLength];
        return b[..WordForms.Normalize(w, b)].ToString();
    }

    private static string Shape(string w)
    {
        Span<char> b = stackalloc char[WordForms.MaxLength];
        return b[..WordForms.Shape(w, b)].ToString();
    }

    [Theory]
    [InlineData("Putin", "putin")]
    [InlineData("2019", "!YEAR")]
    [InlineData("3.5", "!DIGITS")]
    [InlineData("U.S.", "u.s.")]
    public void Normalize_LowerCasesAndFoldsNumbers(string word, string expected) => Assert.Equal(expected, Norm(word));

    [Theory]
    [InlineData("Putin", "Xxx")]
    [InlineData("U.S.", "X.X.")]
    [InlineData("1,000", "d,dd")]
    public void Shape_CollapsesRuns(string word, string expected) => Assert.Equal(expected, Shape(word));

    [Fact]
    public void Flags_MarkHyphenDigitCapitalsAndStart()
    {
        Assert.Equal(1 | 4, WordForms.Flags("Post-war", false));
        Assert.Equal(2 | 4 | 16, WordForms.Flags("G20", true));
        Assert.Equal(4 | 32, WordForms.Flags("U.S.", false));
        Assert.Equal(4 | 8, WordForms.Flags("NATO", false));
    }
}
