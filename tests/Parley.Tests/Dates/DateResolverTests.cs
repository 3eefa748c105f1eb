using Parley.Dates;
using Parley.Diagnostics;
using Parley.Tests.Support;

namespace Parley.Tests.Dates;

public class DateResolverTests
{
    private static readonly DateResolver Resolver = new(LoadLexicon());

    internal static DateLexicon LoadLexicon()
    {
        var diags = new List<Diagnostic>();
        var lexicon = DateLexicon.Load(Path.Combine(TestPaths.Repo, "data", "dates", "en.txt"), diags);
        Assert.Empty(diags);
        return lexicon;
    }

    // Publication date 2018-07-19 is a Thursday.
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "Trump met Kim in Singapore on June 12.", "on June 12", "2018-06-12", "month-day" },
        { "Pompeo finished a visit on July 7.", "on July 7", "2018-07-07", "month-day" },
        { "The talks began on June 12, 2017 in Seoul.", "on June 12, 2017", "2017-06-12", "month-day-year" },
        { "The treaty was signed on 12 June 2016.", "on 12 June 2016", "2016-06-12", "day-month-year" },
        { "Imports from the United States in 2016 fell.", "in 2016", "2016", "year" },
        { "The ministers met in March 2015.", "in March 2015", "2015-03", "month-year" },
        { "The ministers met in March.", "in March", "2018-03", "month" },
        { "Parliament voted in December.", "in December", "2017-12", "month" },
        { "Police said on Wednesday that two men were arrested.", "on Wednesday", "2018-07-18", "weekday" },
        { "The army said Thursday it had withdrawn.", "Thursday", "2018-07-19", "weekday" },
        { "Rebels attacked the town last Friday.", "last Friday", "2018-07-13", "shifted-weekday" },
        { "The minister resigned yesterday.", "yesterday", "2018-07-18", "dayword" },
        { "Protesters gathered last night outside parliament.", "last night", "2018-07-18", "dayword" },
        { "The ceasefire collapsed two days ago.", "two days ago", "2018-07-17", "ago" },
        { "The embassy closed three weeks ago.", "three weeks ago", "2018-W26", "ago" },
        { "Talks resumed last week in Geneva.", "last week", "2018-W28", "relative-week" },
        { "Earlier this month, Pompeo visited Pyongyang.", "Earlier this month", "2018-07", "relative-month" },
        { "Growth slowed last year.", "last year", "2017", "relative-year" },
        { "The summit took place on Dec. 3.", "on Dec. 3", "2017-12-03", "month-day" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Find_ResolvesAgainstPublicationDate(string sentence, string text, string date, string rule)
    {
        var doc = SimpleDocument.Sentence(sentence);
        var m = Assert.Single(Resolver.Find(doc, 0, new DateOnly(2018, 7, 19)));
        Assert.Equal((text, date, rule), (m.Text, m.Date.ToString(), m.Rule));
        Assert.Equal(text, sentence[m.Start..m.End]);
    }

    [Theory]
    [InlineData("The leaders will meet on Wednesday.", "2018-07-25")]
    [InlineData("The leaders will meet on Thursday.", "2018-07-19")]
    [InlineData("The two sides will meet on June 12.", "2019-06-12")]
    [InlineData("Elections will be held in March.", "2019-03")]
    public void Find_FutureDirection_ResolvesForward(string sentence, string date)
    {
        var m = Assert.Single(Resolver.Find(SimpleDocument.Sentence(sentence), 0, new DateOnly(2018, 7, 19), TimeDirection.Future));
        Assert.Equal(date, m.Date.ToString());
    }

    [Theory]
    [InlineData("Officials may meet soon.")]
    [InlineData("The army deployed 2016 soldiers.")]
    [InlineData("He said the June figures were weak.")]
    [InlineData("Some 300 people marched.")]
    public void Find_NoDate_FindsNothing(string sentence) =>
        Assert.Empty(Resolver.Find(SimpleDocument.Sentence(sentence), 0, new DateOnly(2018, 7, 19)));

    [Fact]
    public void Find_InvalidDay_IsNotADate() =>
        Assert.Empty(Resolver.Find(SimpleDocument.Sentence("Signed on February 30, 2018."), 0, new DateOnly(2018, 7, 19)));

    [Theory]
    [InlineData("The rally ended THIS EVENING near the port.", "THIS EVENING")]
    [InlineData("The rally ended this evening.", "this evening")]
    public void Find_TwoWordForm_WhoseFirstWordIsNoDateWord(string sentence, string text)
    {
        // Tokens that are neither date words nor numbers are skipped unless they start a form of two words.
        var diags = new List<Diagnostic>();
        var lexicon = DateLexicon.Parse(Parley.Data.DataLine.Read(new StringReader("dayword  0  this evening\n"), "x.txt"), diags);
        Assert.Empty(diags);
        var m = Assert.Single(new DateResolver(lexicon).Find(SimpleDocument.Sentence(sentence), 0, new DateOnly(2018, 7, 19)));
        Assert.Equal((text, "2018-07-19", "dayword"), (m.Text, m.Date.ToString(), m.Rule));
    }

    [Fact]
    public void Lexicon_BadLines_ReportFileAndLine()
    {
        var diags = new List<Diagnostic>();
        var text = "month  13  Smarch\nweekday  1\nfoo  1  bar\nmonth  1  January\nweekday  1  January\n";
        DateLexicon.Parse(Parley.Data.DataLine.Read(new StringReader(text), "x.txt"), diags);
        Assert.Equal([1, 2, 3, 5], diags.Select(d => d.Line!.Value));
        Assert.All(diags, d => Assert.Equal("x.txt", d.File));
    }
}
