using Parley.Reading;
using static Parley.Tests.Reading.ReadingHelpers;

namespace Parley.Tests.Reading;

public sealed class LinesInputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EachNonEmptyLine_IsADocument_WithFileLineId()
    {
        var path = _dir.Write("l.txt", "First one.\r\n\n   \nSecond one.\nThird one.");
        var docs = ReadAll(new ReadOptions(InputFormat.Lines), path).Documents();
        var id = path.Replace('\\', '/');
        Assert.Equal([$"{id}:1", $"{id}:4", $"{id}:5"], docs.Select(d => d.Metadata.Id));
        Assert.Equal(["First one.", "Second one.", "Third one."], docs.Select(d => d.Text));
    }

    [Fact]
    public void OnlyBlankLines_IsAnEmptyInputWarning()
    {
        var path = _dir.Write("blank.txt", "\n  \n\n");
        var d = Assert.Single(ReadAll(new ReadOptions(InputFormat.Lines), path).Diagnostics());
        Assert.Equal("PRL104", d.Code);
        Assert.Equal(Parley.Diagnostics.Severity.Warning, d.Severity);
    }
}
