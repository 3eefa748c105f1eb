using Parley.Patterns;
using Parley.Tests.Ontology;

namespace Parley.Tests.Patterns;

/// <summary>
/// Pattern families added for the coding specs (sub-codes chosen by the object's class, verbs and phrasal verbs),
/// and the "of" phrase a parser hangs on the object.
/// </summary>
public class PatternFamilyTests
{
    [Theory]
    [InlineData("v:accuse obj:diplomat/canadian/espionage", "1125")]
    [InlineData("v:accuse obj:beijing/aggression", "1123")]
    [InlineData("v:accuse obj:predecessor/fraud", "1121")]
    [InlineData("v:charge obj:minister/corruption", "1121")]
    [InlineData("v:deposit obj:dollar in:bank", "071")]
    [InlineData("v:write off:debt", "071")]
    [InlineData("v:provide obj:goods/emergency/relief to:victim", "073")]
    [InlineData("v:deliver obj:flour/wheat to:family", "073")]
    [InlineData("v:pledge x:expand xo:trade", "0311")]
    [InlineData("v:pledge x:send xo:tents", "0333")]
    [InlineData("v:offer x:send xo:officer/police", "0334")]
    [InlineData("v:kill obj:hundred in:massacre", "202")]
    [InlineData("v:drive obj:thousand out:state", "201")]
    [InlineData("v:tighten obj:blockade", "191")]
    [InlineData("v:threaten obj:strike/general", "133")]
    [InlineData("v:threaten obj:strike/military", "1384")]
    [InlineData("v:threaten x:ban xo:rally/opposition", "1321")]
    [InlineData("v:rule p:out obj:use/force neg", "138")]
    [InlineData("v:refuse x:cede xo:control", "124")]
    [InlineData("v:defend obj:damascus against:accusation", "052")]
    [InlineData("v:defend obj:border against:attack", "052")]
    [InlineData("v:sign obj:contract with:firm", "061")]
    [InlineData("v:lower obj:tariff", "061")]
    [InlineData("v:hand over:fugitive to:authority", "063")]
    [InlineData("v:deport obj:suspect to:belgium", "063")]
    [InlineData("v:deport obj:migrant to:mexico", "174")]
    [InlineData("v:hold obj:drill/counterterrorism", "062")]
    [InlineData("v:agree to:demand", "083")]
    [InlineData("v:give p:in to:demand", "080")]
    [InlineData("v:suspend obj:operation/agency", "1663")]
    [InlineData("v:suspend obj:operation", "087")]
    [InlineData("v:open obj:crossing/border for:delivery", "0863")]
    [InlineData("v:find obj:liable for:collapse", "116")]
    [InlineData("v:set obj:fire to:building", "1712")]
    [InlineData("v:mass obj:ten/thousand along:border", "154")]
    [InlineData("v:fly near:alaska", "150")]
    [InlineData("v:refuse x:allow xp.to:investigator", "1245")]
    [InlineData("v:promise x:allow xp.to:inspectors", "0355")]
    [InlineData("n:gunfire", "193")]
    [InlineData("n:fire on:patrol", "193")]
    [InlineData("v:stage obj:strike/hunger against:deportation", "1422")]
    [InlineData("v:begin obj:strike/hunger in:protest at:detention", "1423")]
    public void ShippedDictionary_CodesFamily(string frame, string expected)
    {
        var result = RepoData.Patterns.Match(FrameText.Parse(frame));
        Assert.True(result.Best is not null, $"no pattern for '{frame}'");
        Assert.Equal(expected, result.Cameo);
    }

    [Theory]
    [InlineData("v:lower obj:forecast")]
    [InlineData("v:reduce obj:price")]
    [InlineData("n:general")]
    [InlineData("n:fire")]
    public void AmbiguousWords_NeedTheirContext(string frame) =>
        Assert.Null(RepoData.Patterns.FindBest(FrameText.Parse(frame)));

    [Fact]
    public void OfPhraseOnTheObject_SatisfiesOfButIsNeverTheTarget()
    {
        var warned = RepoData.Patterns.FindBest(FrameText.Parse("v:warn obj:israel/response"))!;
        Assert.Equal("138", warned.Pattern.Cameo);
        Assert.Equal("israel", warned.Target!.Lemma);
        // A '*' "of" constraint is not satisfied by an ordinary adjective on the object.
        var d = Load("verb accuse\n  112 obj:*\n  113 obj:* of:*\n");
        Assert.Equal("112", d.FindBest(FrameText.Parse("v:accuse obj:diplomat/canadian"))!.Pattern.Cameo);
    }

    [Theory]
    [InlineData("v:ease obj:restriction op.on:journalist", "0811")]
    [InlineData("v:lift obj:ban op.on:party", "0812")]
    [InlineData("v:reject obj:demand/opposition op.for:resignation", "1231")]
    [InlineData("v:block obj:access op.to:instagram", "1721")]
    public void PhrasesOnTheObject_SatisfyThePredicatesPrepositions(string frame, string expected) =>
        Assert.Equal(expected, RepoData.Patterns.FindBest(FrameText.Parse(frame))?.Pattern.Cameo);

    [Fact]
    public void PhraseOnTheObject_CanBeTheTarget_ButThePredicatesOwnComesFirst()
    {
        var opened = RepoData.Patterns.FindBest(FrameText.Parse("v:open obj:investigation op.into:president op.for:corruption"))!;
        Assert.Equal("091", opened.Pattern.Cameo);
        Assert.Equal("president", opened.Target!.Lemma);
        var d = Load("verb meet\n  040 @with:*\n");
        Assert.Equal("kim", d.FindBest(FrameText.Parse("v:meet obj:delegation op.with:moon with:kim"))!.Target!.Lemma);
    }

    [Fact]
    public void MultiWordPrepositions_MatchFixedOrSplitParses()
    {
        var d = Load("verb lobby\n  020\n  053 @on_behalf_of:*\n");
        var fixedWords = new Frame("lobby") { Prepositions = [new PrepositionalArgument("on_behalf_of", new FrameArgument("ukraine"))] };
        Assert.Equal("ukraine", d.FindBest(fixedWords)!.Target!.Lemma);
        var split = d.FindBest(FrameText.Parse("v:lobby on:behalf/ukraine"))!;
        Assert.Equal("053", split.Pattern.Cameo);
        Assert.Null(split.Target);
        Assert.Equal("020", d.FindBest(FrameText.Parse("v:lobby on:behalf"))!.Pattern.Cameo);
        Assert.Equal("020", d.FindBest(FrameText.Parse("v:lobby on:issue/ukraine"))!.Pattern.Cameo);
    }

    [Fact]
    public void ControlledVerbPrepositions_AreASlot()
    {
        var d = Load("&X = base bases\nverb threaten\n  130\n  138 xcomp:retaliate @xagainst:*\n  1384 xcomp:retaliate xagainst:&X\n");
        var result = d.Match(FrameText.Parse("v:threaten x:retaliate xp.against:finland"));
        Assert.Equal("138", result.Cameo);
        Assert.Equal("finland", result.Best!.Target!.Lemma);
        Assert.Contains(result.Rejected, r => r.Reason == "'against' argument of the controlled verb 'finland' does not match xagainst:&X");
        Assert.Equal("1384", d.FindBest(FrameText.Parse("v:threaten x:retaliate xp.against:base"))!.Pattern.Cameo);
        Assert.Equal("130", d.FindBest(FrameText.Parse("v:threaten against:finland"))!.Pattern.Cameo);
        Assert.Equal("xagainst:&X", d.PatternsFor("threaten", false)[2].Constraints[1].ToString());
        var offer = RepoData.Patterns.FindBest(FrameText.Parse("v:offer x:mediate xp.between:faction"))!;
        Assert.Equal(("039", "faction"), (offer.Pattern.Cameo, offer.Target!.Lemma));
    }

    [Theory]
    [InlineData("v:urge obj:israel x:agree xp.to:ceasefire", "0256")]
    [InlineData("v:threaten x:retaliate xp.against:finland", "138")]
    public void ShippedDictionary_ReadsControlledVerbPrepositions(string frame, string expected) =>
        Assert.Equal(expected, RepoData.Patterns.FindBest(FrameText.Parse(frame))?.Pattern.Cameo);

    private static PatternDictionary Load(string text) =>
        PatternDictionary.Load([TempFile.Folder(("p.txt", text))], RepoData.Cameo).Value!;
}
