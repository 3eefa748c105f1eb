using Parley.Actors;
using Parley.Petrarch;
using static Parley.Tests.Petrarch.PetrarchTestText;

namespace Parley.Tests.Petrarch;

/// <summary>PETRARCH actors and agents as entries of Parley's own actor dictionary.</summary>
public sealed class PetrarchActorTranslationTests
{
    private const string Actors = """
        SAM_GAMGEE [HOB]
        +SAMWISE
        	[HOBCIV <20080120]
        	[ORCHOB 20100109-20100112]
        	[HOBMIL 20080120-20121109]
        GONDOR [GON]
        +MINAS_TIRITH
        BOROMIR [---]
        """;

    private static ActorDictionaryResult Build(ActorDictionaryBuilder? builder = null)
    {
        var actors = ReadActors(Actors).Actors;
        var agents = ReadAgents("TROOP [~MIL]\nHUMAN_RIGHTS_BODY [NGO~]\n").Agents;
        return (builder ?? new ActorDictionaryBuilder()).AddPetrarch(actors, agents).Build();
    }

    [Fact]
    public void Dated_actors_become_people_whose_roles_follow_the_restrictions()
    {
        var result = Build();
        var sam = result.Dictionary.FindPerson("samwise");
        Assert.NotNull(sam);
        Assert.Equal("Sam Gamgee", sam.Name);
        Assert.Equal("HOBCIV", result.Dictionary.Resolve(sam, D("20080119"))!.Code);
        Assert.Equal("ORCHOB", result.Dictionary.Resolve(sam, D("20100112"))!.Code);
        Assert.Equal("HOBMIL", result.Dictionary.Resolve(sam, D("20100113"))!.Code);
        Assert.Equal("HOB", result.Dictionary.Resolve(sam, D("20200101"))!.Code); // the default, after the ranges
    }

    [Fact]
    public void Undated_actors_agents_and_null_codes()
    {
        var result = Build();
        var gondor = Assert.Single(result.Dictionary.Lookup("Minas Tirith"));
        Assert.Equal((ActorEntryKind.Country, "GON"), (gondor.Kind, gondor.Code));
        Assert.Empty(result.Dictionary.Lookup("Boromir"));
        var troops = Assert.Single(result.Dictionary.Lookup("troops"));
        Assert.Equal((ActorEntryKind.Agent, "MIL"), (troops.Kind, troops.Code));
        // [NGO~]: an agent whose code goes before the actor's ("human rights body Gondor" → NGOGON).
        var prefix = Assert.Single(result.Dictionary.Lookup("human rights body"));
        Assert.Equal((ActorEntryKind.Agent, "NGO", true), (prefix.Kind, prefix.Code, prefix.IsPrefix));
        Assert.False(troops.IsPrefix);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Petrarch_layers_go_on_top_of_parley_layers()
    {
        var builder = new ActorDictionaryBuilder().AddText("organizations.txt", "IGOUNO  Gondor\n");
        var result = Build(builder);
        Assert.Equal("GON", Assert.Single(result.Dictionary.Lookup("Gondor")).Code);
    }
}
