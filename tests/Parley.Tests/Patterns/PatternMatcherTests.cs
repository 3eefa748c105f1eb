using Parley.Patterns;
using Parley.Tests.Ontology;

namespace Parley.Tests.Patterns;

public class PatternMatcherTests
{
    /// <summary>Frames a parser would build from ordinary news sentences, one or more per CAMEO root, and the code the shipped dictionary must give.</summary>
    [Theory]
    [InlineData("v:say", "010")]
    [InlineData("v:decline x:comment", "011")]
    [InlineData("v:express obj:concern over:test", "012")]
    [InlineData("v:deny obj:involvement", "016")]
    [InlineData("v:express obj:condolence to:family", "018")]
    [InlineData("v:urge obj:iran x:release xo:sailor", "0253")]
    [InlineData("v:call on:donor for:aid/humanitarian", "0233")]
    [InlineData("v:appeal to:un for:food", "0233")]
    [InlineData("v:agree x:provide xo:aid/humanitarian", "0333")]
    [InlineData("v:pledge x:hold xo:talks", "036")]
    [InlineData("v:offer x:mediate", "039")]
    [InlineData("v:meet with:kim", "040")]
    [InlineData("v:speak with:putin by:phone", "041")]
    [InlineData("v:visit obj:pyongyang", "042")]
    [InlineData("n:visit to:beijing mod:state", "042")]
    [InlineData("v:host obj:delegation", "043")]
    [InlineData("n:talks with:seoul mod:peace", "046")]
    [InlineData("v:praise obj:leader", "051")]
    [InlineData("v:sign obj:agreement/trade with:japan", "057")]
    [InlineData("v:apologize to:victim", "055")]
    [InlineData("v:hold obj:exercise/joint with:japan", "062")]
    [InlineData("v:share obj:intelligence with:ally", "064")]
    [InlineData("v:extradite obj:suspect to:turkey", "063")]
    [InlineData("v:send obj:aid/humanitarian to:gaza", "073")]
    [InlineData("v:provide obj:loan to:egypt", "071")]
    [InlineData("v:sell obj:missile to:taiwan", "072")]
    [InlineData("v:grant obj:asylum to:dissident", "075")]
    [InlineData("v:release obj:prisoner", "0841")]
    [InlineData("v:lift obj:sanction on:iran", "085")]
    [InlineData("v:lift obj:curfew", "0813")]
    [InlineData("v:declare obj:ceasefire", "0871")]
    [InlineData("v:withdraw obj:troop from:border", "0874")]
    [InlineData("v:investigate obj:corruption", "091")]
    [InlineData("n:investigation into:crime/war", "094")]
    [InlineData("v:demand obj:release of:hostage", "1053")]
    [InlineData("v:demand obj:resignation", "1041")]
    [InlineData("v:condemn obj:attack", "111")]
    [InlineData("v:accuse obj:russia of:meddling", "1123")]
    [InlineData("v:accuse obj:minister of:corruption", "1121")]
    [InlineData("v:sue obj:government", "115")]
    [InlineData("v:refuse x:release xo:hostage", "1243")]
    [InlineData("v:reject obj:talks", "125")]
    [InlineData("v:veto obj:resolution", "129")]
    [InlineData("v:threaten x:impose xo:sanction", "1312")]
    [InlineData("v:threaten x:attack xo:base", "1384")]
    [InlineData("n:threat of:war/nuclear", "1385")]
    [InlineData("v:give obj:ultimatum to:rebel", "139")]
    [InlineData("v:protest against:government", "141")]
    [InlineData("v:go on:strike/hunger", "142")]
    [InlineData("n:strike mod:general", "143")]
    [InlineData("v:block obj:road", "144")]
    [InlineData("n:riot mod:violent", "145")]
    [InlineData("v:test-fire obj:missile/ballistic", "150")]
    [InlineData("v:put obj:troop on:alert/high", "152")]
    [InlineData("v:deploy obj:police to:capital", "153")]
    [InlineData("v:deploy obj:troop to:border", "154")]
    [InlineData("v:sever obj:tie/diplomatic with:qatar", "161")]
    [InlineData("v:cut obj:aid/military to:egypt", "1622")]
    [InlineData("v:impose obj:sanction on:russia", "163")]
    [InlineData("n:sanction on:iran", "163")]
    [InlineData("v:expel obj:diplomat", "166")]
    [InlineData("v:seize obj:tanker", "1711")]
    [InlineData("v:impose obj:curfew in:city", "1723")]
    [InlineData("v:arrest obj:journalist", "173")]
    [InlineData("v:deport obj:migrant to:mexico", "174")]
    [InlineData("v:crack p:down on:protester", "175")]
    [InlineData("v:kidnap obj:tourist", "181")]
    [InlineData("v:torture obj:detainee", "1822")]
    [InlineData("n:bombing mod:suicide", "1831")]
    [InlineData("v:detonate obj:bomb/roadside", "1833")]
    [InlineData("v:assassinate obj:president", "186")]
    [InlineData("v:attack obj:base", "190")]
    [InlineData("v:shell obj:town", "194")]
    [InlineData("n:airstrike on:hospital", "195")]
    [InlineData("v:violate obj:ceasefire", "196")]
    [InlineData("v:annex obj:peninsula", "192")]
    [InlineData("v:massacre obj:villager", "202")]
    [InlineData("v:use obj:weapon/chemical against:civilian", "2041")]
    // Ambiguous verbs: verbal readings where the object is not a military or material one.
    [InlineData("v:support obj:ukraine", "051")]
    [InlineData("v:attack obj:policy", "111")]
    [InlineData("v:promise", "030")]
    [InlineData("v:exchange obj:gunfire", "193")]
    [InlineData("v:attack obj:position/armenian", "190")]
    [InlineData("v:block obj:access to:instagram", "1721")]
    [InlineData("v:write p:off obj:debt", "071")]
    [InlineData("v:supply obj:army with:vehicle", "072")]
    [InlineData("v:lift obj:ban on:gathering", "0811")]
    [InlineData("v:call obj:move x:provocation", "111")]
    [InlineData("v:close obj:embassy", "161")]
    [InlineData("v:declare obj:emergency", "1724")]
    [InlineData("v:boycott obj:election", "1434")]
    [InlineData("v:hijack obj:plane", "181")]
    [InlineData("n:invasion of:ukraine", "190")]
    [InlineData("v:urge obj:restraint", "0256")]
    [InlineData("v:send obj:envoy to:sudan", "042")]
    [InlineData("v:receive obj:call from:biden", "041")]
    [InlineData("v:release obj:report", "010")]
    [InlineData("v:fire obj:missile at:israel", "194")]
    [InlineData("v:fire obj:missile into:sea", "150")]
    [InlineData("v:meet obj:demand", "080")]
    [InlineData("v:raise obj:tariff on:import", "163")]
    [InlineData("v:order obj:troop x:withdraw", "1056")]
    [InlineData("v:kill obj:soldier", "190")]
    [InlineData("v:kill obj:civilian", "180")]
    [InlineData("v:strike obj:deal", "057")]
    // Frames of the sample article (/work/shared/examples/putin-trump-north-korea.txt).
    [InlineData("v:compliment obj:trump on:advancing", "051")]
    [InlineData("v:agree x:help with:korea", "030")]
    [InlineData("v:agree x:provide xo:guarantee/security to:korea", "0334")]
    [InlineData("v:agree x:renew xo:relation", "032")]
    [InlineData("v:destroy obj:site/testing", "0873")]
    [InlineData("v:release obj:hostage", "0841")]
    [InlineData("v:agree x:return xo:remains", "0353")]
    [InlineData("n:threat of:action/military", "138")]
    [InlineData("n:relocation of:firepower to:peninsula", "154")]
    [InlineData("n:round of:sanction on:regime", "163")]
    [InlineData("v:finish obj:visit to:country", "042")]
    [InlineData("v:sign obj:statement/joint", "057")]
    [InlineData("v:aim x:open", "030")]
    public void ShippedDictionary_CodesNewsFrames(string frame, string expected)
    {
        var result = RepoData.Patterns.Match(FrameText.Parse(frame));
        Assert.True(result.Best is not null, $"no pattern for '{frame}'");
        Assert.Equal(expected, result.Cameo);
    }

    [Theory]
    [InlineData("v:threaten x:impose xo:sanction obj:iran")]
    [InlineData("v:meet with:kim in:singapore")]
    [InlineData("n:visit to:beijing")]
    [InlineData("v:comment neg")]
    [InlineData("v:photosynthesize")]
    public void FindBest_AgreesWithMatch(string text)
    {
        var frame = FrameText.Parse(text);
        var fast = RepoData.Patterns.FindBest(frame);
        var explained = RepoData.Patterns.Match(frame).Best;
        Assert.Equal(explained?.Pattern.Id, fast?.Pattern.Id);
        Assert.Equal(explained?.Target, fast?.Target);
    }

    [Fact]
    public void TableCoversEveryRoot()
    {
        var roots = typeof(PatternMatcherTests).GetMethod(nameof(ShippedDictionary_CodesNewsFrames))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => ((string)a.GetData(null!).First()[1])[..2]).ToHashSet();
        Assert.Equal(20, roots.Count);
    }

    [Fact]
    public void MostSpecificPatternWins_AndLosersSayWhy()
    {
        var d = Load(("p.txt", "&AID = aid food\nverb send\n  070 obj:*\n  070 obj:&AID\n  073 obj:aid/humanitarian\n  071 obj:aid @to:*\n"));
        var result = d.Match(FrameText.Parse("v:send obj:aid/humanitarian to:gaza"));
        Assert.Equal("073", result.Cameo);
        Assert.Equal(6, result.Best!.Specificity);
        Assert.Equal(["p.txt:3", "p.txt:4", "p.txt:6"], result.Rejected.Select(r => r.Pattern.Id));
        Assert.All(result.Rejected, r => Assert.StartsWith("less specific than p.txt:5", r.Reason));
    }

    [Fact]
    public void FailingConstraints_AreReported()
    {
        var d = Load(("p.txt", "verb meet\n  040 @with:*\n  044 on:sidelines\n  040 obj:*\n"));
        var result = d.Match(FrameText.Parse("v:meet with:kim"));
        Assert.Equal("040", result.Cameo);
        Assert.Equal("kim", result.Best!.Target!.Lemma);
        Assert.Contains(result.Rejected, r => r.Reason == "no 'on' argument (needs on:sidelines)");
        Assert.Contains(result.Rejected, r => r.Reason == "no direct object (needs obj:*)");
    }

    [Fact]
    public void NegatedFrames_MatchOnlyNegPatterns()
    {
        var d = Load(("p.txt", "verb comment\n  010\n  011 neg\n"));
        Assert.Equal("010", d.Match(FrameText.Parse("v:comment")).Cameo);
        var negated = d.Match(FrameText.Parse("v:comment neg"));
        Assert.Equal("011", negated.Cameo);
        Assert.Equal("the predicate is negated; the pattern codes the act itself", Assert.Single(negated.Rejected).Reason);
    }

    [Fact]
    public void LaterFiles_OverrideTies()
    {
        var shipped = TempFile.Folder(("a.txt", "verb hug\n  051 obj:*\n"));
        var user = TempFile.Folder(("mine.txt", "verb hug\n  018 obj:* id=hug-empathy\n"));
        var d = Parley.Patterns.PatternDictionary.Load([shipped, user], RepoData.Cameo).Value!;
        var result = d.Match(FrameText.Parse("v:hug obj:survivor"));
        Assert.Equal("hug-empathy", result.Best!.Pattern.Id);
        Assert.Contains("loaded later and overrides it", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public void UserFolder_ExtendsShippedSynsets()
    {
        var user = TempFile.Folder(("mine.txt", "&WEAPON += railgun\n"));
        var d = Parley.Patterns.PatternDictionary.Load([RepoData.Path("data/patterns"), user], RepoData.Cameo).Value!;
        Assert.Equal("072", d.Match(FrameText.Parse("v:sell obj:railgun to:taiwan")).Cameo);
        Assert.NotEqual("072", RepoData.Patterns.Match(FrameText.Parse("v:sell obj:railgun to:taiwan")).Cameo);
    }

    [Fact]
    public void Targets_FollowTheAtMarkAndTheObjectDefault()
    {
        var d = Load(("p.txt", "verb impose\n  163 obj:sanction @on:*\nverb condemn\n  111 obj:*\nverb demand\n  1053 obj:release\n"));
        Assert.Equal("iran", d.Match(FrameText.Parse("v:impose obj:sanction on:iran")).Best!.Target!.Lemma);
        Assert.Equal("israel", d.Match(FrameText.Parse("v:condemn obj:israel")).Best!.Target!.Lemma);
        Assert.Null(d.Match(FrameText.Parse("v:demand obj:release")).Best!.Target);
    }

    [Fact]
    public void ParticleVerbs_AreTheirOwnKeys()
    {
        var d = Load(("p.txt", "verb carry out\n  190 obj:attack\nverb carry\n  070 obj:aid\n"));
        Assert.Equal("190", d.Match(FrameText.Parse("v:carry p:out obj:attack")).Cameo);
        Assert.Null(d.Match(FrameText.Parse("v:carry obj:attack")).Best);
    }

    [Fact]
    public void NoEntry_GivesNoMatchAndNoCandidates()
    {
        var result = RepoData.Patterns.Match(FrameText.Parse("v:photosynthesize"));
        Assert.Null(result.Best);
        Assert.Empty(result.Rejected);
    }

    private static Parley.Patterns.PatternDictionary Load(params (string, string)[] files)
    {
        var result = Parley.Patterns.PatternDictionary.Load([TempFile.Folder(files)], RepoData.Cameo);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Value!;
    }
}
