using Parley.Training;

namespace Parley.Tests.Training;

public class NerActorNamesTests
{
    private static readonly List<(string Kind, string Phrase)> Entries = NerActorNames.Build(Path.Combine(TestPaths.Repo, "data", "actors"));

    [Fact]
    public void Lists_PeopleWithLastNames_AndOrganizationAliases()
    {
        Assert.Contains(("PER", "vladimir putin"), Entries);
        Assert.Contains(("PER", "putin"), Entries);
        Assert.Contains(("ORG", "united nations"), Entries);
        Assert.Contains(("ORG", "nato"), Entries);
        Assert.Contains(("PER", "abdel aziz al-rantisi"), Entries);
        Assert.Contains(("PER", "abdel aziz al - rantisi"), Entries);
    }

    [Fact]
    public void Skips_DescriptiveAliases_ThatAreNotNames()
    {
        Assert.DoesNotContain(Entries, e => e.Phrase == "un humanitarian office" || e.Phrase == "un peacekeeping mission");
        Assert.All(Entries, e => Assert.Equal(e.Phrase, e.Phrase.ToLowerInvariant()));
    }
}
