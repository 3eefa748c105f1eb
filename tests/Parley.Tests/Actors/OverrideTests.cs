using Parley.Actors;

namespace Parley.Tests.Actors;

/// <summary>User data given after the built-ins wins over them.</summary>
public sealed class OverrideTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "parley-actors-" + Guid.NewGuid().ToString("N"));

    public OverrideTests() => Directory.CreateDirectory(Path.Combine(_dir, "people"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ActorDictionaryResult LoadWithUserFolder(string file, string text)
    {
        File.WriteAllText(Path.Combine(_dir, file), text);
        return ActorData.Load([_dir]);
    }

    /// <summary>Errors about the user files (the built-in region files are checked elsewhere).</summary>
    private string UserErrors(ActorDictionaryResult result) => string.Join("\n",
        result.Diagnostics.Where(d => d.Severity == Parley.Diagnostics.Severity.Error && (d.File ?? "").StartsWith(_dir, StringComparison.Ordinal)));

    [Fact]
    public void UserPerson_ReplacesBuiltInPersonEntirely()
    {
        var result = LoadWithUserFolder("people/mine.txt", "Donald Trump\n    USABUS  2017-01-01  2017-12-31  test override\n");
        Assert.Empty(UserErrors(result));
        var dict = result.Dictionary;
        var trump = dict.FindPerson("Donald Trump")!;
        Assert.Equal("USABUS", dict.Resolve(trump, new DateOnly(2017, 6, 1))?.Code);
        Assert.Null(dict.FindPerson("Donald J. Trump"));
    }

    [Fact]
    public void UserAlias_WinsOverBuiltInMeaning()
    {
        var result = LoadWithUserFolder("organizations.txt", "IGOUNOIAE  Pyongyang\n");
        Assert.Empty(UserErrors(result));
        Assert.Equal("IGOUNOIAE", Assert.Single(result.Dictionary.Lookup("Pyongyang")).Code);
        Assert.Equal("PRK", Assert.Single(result.Dictionary.Lookup("North Korea")).Code);
    }

    [Fact]
    public void UserFile_LoadedAfterBuiltIns_AddsCountryAndAgent()
    {
        File.WriteAllText(Path.Combine(_dir, "countries.txt"), "ABC  Abcland\n    name  Abcland\n    adjective  Abcish\n");
        File.WriteAllText(Path.Combine(_dir, "agents.txt"), "MIL  sky patrol  sky patrols\n");
        var result = ActorData.Load([Path.Combine(_dir, "countries.txt"), Path.Combine(_dir, "agents.txt")]);
        Assert.Empty(UserErrors(result));
        var mentions = MatcherTests.Mentions(result.Dictionary, "Abcish sky patrols flew over Russia.", new DateOnly(2020, 1, 1));
        Assert.Equal([("Abcish sky patrols", "ABCMIL"), ("Russia", "RUS")], mentions.Select(m => (m.Text, m.Code)));
    }

    [Fact]
    public void BuiltInFolder_FollowsDataRootOverride()
    {
        Assert.Equal(Path.Combine("/somewhere", "actors"), ActorData.BuiltInFolder("/somewhere"));
        var result = ActorData.Load(dataRoot: _dir);
        Assert.Equal("PRL400", Assert.Single(result.Diagnostics).Code);
    }
}
