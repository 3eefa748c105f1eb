using Parley.Data;

namespace Parley.Tests.Data;

public sealed class DataLineTests
{
    [Fact]
    public void Text_files_skip_blanks_and_comments_and_keep_line_numbers()
    {
        var lines = DataLine.Read("\uFEFF# header\n\nPutin  RUSGOV  # the president\n  1999  -\n", "f.txt").ToList();

        Assert.Equal([3, 4], lines.Select(l => l.Number));
        Assert.Equal(["Putin", "RUSGOV"], lines[0].Fields);
        Assert.Equal("Putin  RUSGOV", lines[0].Content);
        Assert.False(lines[0].Indented);
        Assert.True(lines[1].Indented);
        Assert.Equal(new Parley.Diagnostics.Location("f.txt", 4), lines[1].Location);
    }

    [Fact]
    public void Fields_split_on_tabs_or_two_spaces_and_words_on_any_whitespace()
    {
        var line = DataLine.Read("prime minister\tGOV  head of government", "f").Single();

        Assert.Equal(["prime minister", "GOV", "head of government"], line.Fields);
        Assert.Equal(["prime", "minister", "GOV", "head", "of", "government"], line.Words);
    }

    [Fact]
    public void A_hash_inside_a_field_is_not_a_comment()
    {
        var line = DataLine.Read("C# language", "f").Single();

        Assert.Equal("C# language", line.Content);
    }

    [Fact]
    public void Tables_keep_empty_fields_and_skip_comment_rows()
    {
        var rows = DataLine.ReadTsv(new StringReader("# c\ncode\tname\n010\t\tx\n\n"), "t.tsv").ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(3, rows[1].Number);
        Assert.Equal(["010", "", "x"], rows[1].Fields);
        Assert.Equal(string.Empty, rows[1].Field(1));
        Assert.Equal(string.Empty, rows[1].Field(7));
    }
}
