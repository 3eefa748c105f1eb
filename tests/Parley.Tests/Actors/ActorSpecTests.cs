using System.Globalization;
using Parley.Tests.Tokenization;

namespace Parley.Tests.Actors;

/// <summary>Runs the examples of <c>specs/actors/*.md</c> (format in specs/actors/README.md).</summary>
public class ActorSpecTests
{
    private static readonly DateOnly DefaultDate = new(2018, 7, 20);

    public static TheoryData<string, string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var path in Directory.GetFiles(RepoPaths.Specs("actors"), "*.md").Order(StringComparer.Ordinal))
        {
            string? input = null, date = null, id = null;
            var lineNo = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNo++;
                if (line.StartsWith("in: ", StringComparison.Ordinal))
                    (input, date, id) = (line[4..], null, $"{Path.GetFileName(path)}:{lineNo}");
                else if (line.StartsWith("date: ", StringComparison.Ordinal))
                    date = line[6..];
                else if (line.StartsWith("out:", StringComparison.Ordinal) && input is not null)
                {
                    data.Add(id!, input, date ?? "", line.Length > 5 ? line[5..] : "");
                    input = null;
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_Example_GivesExactlyTheListedMentions(string id, string input, string date, string expected)
    {
        DateOnly? published = date switch
        {
            "" => DefaultDate,
            "none" => null,
            _ => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var mentions = MatcherTests.Mentions(BuiltInData.Dictionary, input, published);
        var actual = string.Join(" | ", mentions.Select(m => $"{m.Text}={m.Code ?? "-"}"));
        Assert.True(expected.Trim() == actual, $"{id}\n  in:       {input}\n  expected: {expected}\n  actual:   {actual}");
    }
}
