using Parley.Actors;
using Parley.Diagnostics;

namespace Parley.Tests.Actors;

public class BuiltInDataTests
{
    // The region people files (people/*.txt other than international.txt) are checked by their authors'
    // branches; these are the files of the actor dictionaries themselves.
    private static bool IsOwnFile(string? file) =>
        file is not null && (!file.Replace('\\', '/').Contains("/people/", StringComparison.Ordinal) || file.EndsWith("international.txt", StringComparison.Ordinal));

    [Fact]
    public void BuiltInData_DictionaryFilesLoadWithoutErrors()
    {
        var errors = BuiltInData.Result.Diagnostics.Where(d => d.Severity == Severity.Error && IsOwnFile(d.File)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(40)));
    }

    [Fact]
    public void BuiltInData_AllFilesIncludingRegionPeopleLoadWithoutErrors()
    {
        var errors = BuiltInData.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(40)));
    }

    [Fact]
    public void BuiltInData_CoversEveryCountryAndManyPhrases()
    {
        var dict = BuiltInData.Dictionary;
        Assert.True(dict.CountryCount >= 250, $"{dict.CountryCount} countries");
        Assert.True(dict.PhraseCount >= 2000, $"{dict.PhraseCount} phrases");
        Assert.True(dict.PersonCount >= 3000, $"{dict.PersonCount} people");
        Assert.Equal("North Korea", dict.CountryName("PRK"));
        Assert.Equal("Kosovo", dict.CountryName("KSV"));
        Assert.Equal("Puerto Rico", dict.CountryName("USAPRI"));
        Assert.Equal("United Kingdom", dict.CountryName("GBR"));
    }
}
