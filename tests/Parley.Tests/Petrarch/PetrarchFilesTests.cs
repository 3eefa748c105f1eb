using Parley.Diagnostics;
using Parley.Petrarch;

namespace Parley.Tests.Petrarch;

public sealed class PetrarchFilesTests
{
    [Fact]
    public void A_folder_is_split_by_file_name()
    {
        var diagnostics = new List<Diagnostic>();
        var files = PetrarchFiles.FromFolder(TestPaths.Shared("petrarch-validation"), diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal("PETR_Validate_verbs_2_02.txt", Path.GetFileName(files.Verbs));
        Assert.Equal(["PETR_Validate_actors_2_02.txt"], files.Actors.Select(Path.GetFileName));
        Assert.Equal(["PETR_Validate_agents_2_02.txt"], files.Agents.Select(Path.GetFileName));
        Assert.Equal(["PETR_Validate_discards_2_02.txt"], files.Discards.Select(Path.GetFileName));
    }

    [Fact]
    public void Several_verbs_files_or_no_folder_are_errors()
    {
        var diagnostics = new List<Diagnostic>();
        var files = PetrarchFiles.FromFolder(TestPaths.Shared("petrarch-dictionaries"), diagnostics);
        Assert.Null(files.Verbs); // CAMEO.2.0.txt and PETR.Validate.verbs.txt
        Assert.Equal("PRL609", Assert.Single(diagnostics).Code);
        PetrarchFiles.FromFolder(Path.Combine(TestPaths.Repo, "no-such-folder"), diagnostics);
        Assert.Equal(2, diagnostics.Count);
    }
}
