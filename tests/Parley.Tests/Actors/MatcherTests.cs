using Parley.Actors;
using Parley.Documents;
using Parley.Tokenization;

namespace Parley.Tests.Actors;

/// <summary>The mention matcher over tokenized text with the built-in dictionaries.</summary>
public class MatcherTests
{
    internal static IReadOnlyList<ActorMention> Mentions(ActorDictionary dict, string text, DateOnly? date)
    {
        var doc = new Document(text, new DocumentMetadata("t", date));
        TokenizationPipeline.Default.Process(doc);
        new ActorMatcherStage(dict).Process(doc);
        return doc.GetLayer<ActorMentions>()!.Items;
    }

    private static IReadOnlyList<ActorMention> Mentions(string text) =>
        Mentions(BuiltInData.Dictionary, text, new DateOnly(2018, 7, 20));

    public static TheoryData<string, string, string> Cases => new()
    {
        // agents with a nationality
        { "Russian troops crossed the border.", "Russian troops", "RUSMIL" },
        { "Syrian rebels shelled the town.", "Syrian rebels", "SYRREB" },
        { "North Korean officials declined to comment.", "North Korean officials", "PRKGOV" },
        { "Emirati officials met in Abu Dhabi.", "Emirati officials", "AREGOV" },
        { "Israeli soldiers were deployed.", "Israeli soldiers", "ISRMIL" },
        { "Ukrainian lawmakers voted.", "Ukrainian lawmakers", "UKRLEG" },
        { "Chinese state media reported it.", "Chinese state media", "CHNGOVMED" },
        { "Iraqi police arrested him.", "Iraqi police", "IRQCOP" },
        { "Venezuelan opposition leader spoke.", "Venezuelan opposition leader", "VENOPP" },
        { "US officials said so.", "US officials", "USAGOV" },
        { "U.S. troops left.", "U.S. troops", "USAMIL" },
        // possessives and nouns before agents
        { "Beijing's foreign ministry protested.", "Beijing's foreign ministry", "CHNGOV" },
        { "Russia’s army advanced.", "Russia’s army", "RUSMIL" },
        { "The Trump administration imposed tariffs.", "Trump administration", "USAGOV" },
        { "Government troops advanced.", "Government troops", "MIL" },
        { "Yemen's rebel-held capital fell.", "Yemen", "YEM" },
        // metonyms
        { "The Kremlin denied it.", "Kremlin", "RUSGOV" },
        { "The White House said on Monday.", "White House", "USAGOV" },
        { "The Pentagon confirmed the strike.", "Pentagon", "USAMIL" },
        { "Downing Street rejected the claim.", "Downing Street", "GBRGOV" },
        { "Pyongyang said it would respond.", "Pyongyang", "PRK" },
        { "Washington's attitude was regrettable.", "Washington", "USA" },
        { "Moscow warned Kyiv.", "Moscow", "RUS" },
        // organizations and groups
        { "NATO allies met.", "NATO", "IGOWSTNAT" },
        { "The IAEA inspected the site.", "IAEA", "IGOUNOIAE" },
        { "UN peacekeepers withdrew.", "UN peacekeepers", "IGOUNO" },
        { "Hamas militants fired rockets.", "Hamas militants", "PSEREBHMS" },
        { "Hezbollah fired rockets.", "Hezbollah", "LBNREB" },
        { "Daesh fighters retreated.", "Daesh fighters", "IMGMUSISI" },
        { "Al-Qaeda claimed the attack.", "Al-Qaeda", "IMGMUSALQ" },
        { "Houthi rebels seized the ship.", "Houthi rebels", "YEMREB" },
        { "The Wagner Group withdrew.", "Wagner Group", "RUSUAF" },
        { "KCNA reported the launch.", "KCNA", "PRKGOVMED" },
        { "Amnesty International condemned it.", "Amnesty International", "NGOHRIAMN" },
        // people, titles before names
        { "Chinese Foreign Minister Wang Yi arrived.", "Chinese Foreign Minister Wang Yi", "CHNGOV" },
        { "Foreign Minister Sergei Lavrov spoke.", "Foreign Minister Sergei Lavrov", "RUSGOV" },
        { "President Putin met him.", "President Putin", "RUSGOV" },
        { "Kim Jong-un met him.", "Kim Jong-un", "PRKGOV" },
        { "Barack Obama spoke.", "Barack Obama", "USAELI" },
        { "UN Secretary-General Antonio Guterres spoke.", "UN Secretary-General Antonio Guterres", "IGOUNO" },
        { "Venezuelan opposition leader Juan Guaido spoke.", "Venezuelan opposition leader Juan Guaido", "VENOPP" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matcher_FindsAndCodesTheMention(string text, string mention, string code)
    {
        var found = Mentions(text);
        var m = Assert.Single(found, m => m.Text.EndsWith(mention, StringComparison.Ordinal));
        Assert.Equal(code, m.Code);
    }

    [Theory]
    [InlineData("They told us nothing.")]
    [InlineData("The turkey was roasted in china dishes.")]
    [InlineData("Who knows?")]
    public void Matcher_RespectsCase(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Code is { Length: 3 } || (m.Code?.StartsWith("IGO", StringComparison.Ordinal) ?? false));

    [Fact]
    public void Matcher_PossessiveSurname_OfTheOnePersonInOffice_IsResolved()
    {
        var m = Assert.Single(Mentions(BuiltInData.Dictionary, "Assad’s forces advanced.", new DateOnly(2016, 6, 1)));
        Assert.Equal(("SYRMIL", "Assad’s forces"), (m.Code, m.Text));
    }

    [Fact]
    public void Matcher_KnownPersonWithoutRoleOnDate_KeepsTheTitleCodeAndFlags()
    {
        var m = Assert.Single(Mentions("Venezuelan opposition leader Juan Guaido spoke."));
        Assert.Equal(("VENOPP", "Juan Guaido"), (m.Code, m.Name));
        Assert.True(m.Flags.HasFlag(ActorMentionFlags.NoRoleAtDate));
    }

    [Fact]
    public void Matcher_AgentAlone_IsKeptAndFlaggedWithoutCountry()
    {
        var m = Assert.Single(Mentions("The police arrived."));
        Assert.Equal(("police", "COP", null), (m.Text, m.Code, m.Country));
        Assert.True(m.Flags.HasFlag(ActorMentionFlags.NoCountry));
    }

    [Fact]
    public void Matcher_UnknownNameAfterTitle_IsKeptAndCodedFromTitle()
    {
        var m = Assert.Single(Mentions("Bolivian Foreign Minister Xavier Qwertyson resigned."));
        Assert.Equal(("BOLGOV", ActorEntryKind.Person), (m.Code, m.Kind));
        Assert.True(m.Flags.HasFlag(ActorMentionFlags.UnknownPerson));
    }

    [Fact]
    public void Matcher_PersonWithoutRoleOnDate_IsKeptWithoutCode()
    {
        var m = Assert.Single(Mentions(BuiltInData.Dictionary, "Kim Jong Un spoke.", new DateOnly(2005, 1, 1)));
        Assert.Null(m.Code);
        Assert.True(m.Flags.HasFlag(ActorMentionFlags.NoRoleAtDate));
    }

    [Fact]
    public void Matcher_UndatedDocument_UsesLatestRoleAndFlags()
    {
        var m = Assert.Single(Mentions(BuiltInData.Dictionary, "Donald Trump spoke.", null));
        Assert.Equal("USAGOV", m.Code);
        Assert.True(m.Flags.HasFlag(ActorMentionFlags.Undated));
    }

    [Fact]
    public void Matcher_Mention_CarriesSpanAndSources()
    {
        const string text = "He said North Korea’s leaders agreed.";
        var m = Assert.Single(Mentions(text));
        Assert.Equal("North Korea’s leaders", text[m.Start..m.End]);
        Assert.Equal("PRKGOV", m.Code);
        Assert.Matches(@"countries\.txt:\d+ \+ actors/agents\.txt:\d+", m.Sources);
    }
}

/// <summary>Matcher behaviour that depends on the part-of-speech layer.</summary>
public class MatcherTagTests
{
    private static IReadOnlyList<ActorMention> TaggedMentions(string text, params (string Word, Upos Tag)[] tags)
    {
        var doc = new Document(text, new DocumentMetadata("t", new DateOnly(2018, 7, 20)));
        TokenizationPipeline.Default.Process(doc);
        for (var i = 0; i < doc.TokenCount; i++)
        {
            var word = doc.Token(i).Text;
            doc.Tokens[i].Upos = tags.FirstOrDefault(t => t.Word == word).Tag is var u && u != Upos.None ? u : Upos.X;
        }
        doc.MarkAnnotated(Annotations.Tags);
        new ActorMatcherStage(BuiltInData.Dictionary).Process(doc);
        return doc.GetLayer<ActorMentions>()!.Items;
    }

    [Fact]
    public void Agent_BeforeCommonNoun_IsAttributiveNotAnActor()
    {
        var found = TaggedMentions("Trump responded with threats of military action.", ("action", Upos.NOUN));
        Assert.DoesNotContain(found, m => m.Text == "military");
    }

    [Fact]
    public void Agent_BeforeVerb_IsAnActor()
    {
        var found = TaggedMentions("The military responded.", ("responded", Upos.VERB));
        Assert.Equal("MIL", Assert.Single(found).Code);
    }

    [Theory]
    [InlineData("The prime minister invited foreign leaders to the summit.", "prime minister")]
    [InlineData("Global leaders and the president discussed the climate.", "president")]
    public void AgentMarkedNone_IsNoActor_AndHidesTheShorterAgent(string text, string only)
    {
        var found = MatcherTests.Mentions(BuiltInData.Dictionary, text, new DateOnly(2024, 1, 1));
        Assert.Equal(only, Assert.Single(found).Text);
    }
}
