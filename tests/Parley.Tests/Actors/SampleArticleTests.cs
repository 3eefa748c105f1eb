using Parley.Actors;
using Parley.Tests.Tokenization;

namespace Parley.Tests.Actors;

/// <summary>The sample article's actors (samples/putin-trump-north-korea.txt, published July 2018).</summary>
public class SampleArticleTests
{
    private static readonly Lazy<IReadOnlyList<ActorMention>> Found = new(() =>
        MatcherTests.Mentions(BuiltInData.Dictionary, File.ReadAllText(RepoPaths.Sample), new DateOnly(2018, 7, 20)));

    public static TheoryData<string, string> Expected => new()
    {
        { "Russian President Vladimir Putin", "RUSGOV" },
        { "U.S. President Donald Trump", "USAGOV" },
        { "President Putin", "RUSGOV" },
        { "Trump", "USAGOV" },
        { "Putin", "RUSGOV" },
        { "North Korean leader Kim Jong Un", "PRKGOV" },
        { "U.S. State Secretary Mike Pompeo", "USAGOV" },
        { "North Korean official", "PRKGOV" },
        { "Kim’s regime", "PRKGOV" },
        { "Pyongyang", "PRK" },
        { "North Korea", "PRK" },
        { "China", "CHN" },
        { "Washington", "USA" },
        { "United States", "USA" },
        { "Russia", "RUS" },
        { "DPRK", "PRK" },
        { "Democratic People’s Republic of Korea", "PRK" },
        { "American soldiers", "USAMIL" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void SampleArticle_ActorIsCoded(string text, string code)
    {
        var mentions = Found.Value.Where(m => m.Text == text).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(code, m.Code));
    }

    [Fact]
    public void SampleArticle_EveryCountryCodedMentionHasItsCountryAndSource()
    {
        Assert.All(Found.Value.Where(m => m.Code is not null), m =>
        {
            Assert.False(string.IsNullOrEmpty(m.Sources));
            Assert.True(m.Country is not null || m.Flags.HasFlag(ActorMentionFlags.NoCountry), m.ToString());
        });
    }
}
