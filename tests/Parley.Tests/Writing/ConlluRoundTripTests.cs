using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Parley.Documents;
using Parley.Writing;

namespace Parley.Tests.Writing;

/// <summary>The CoNLL-U output keeps every whitespace character: FORM and MISC rebuild the original text.</summary>
public class ConlluRoundTripTests
{
    [Fact]
    public void FormsAndSpaceAttributes_RebuildTheText()
    {
        Gen.String[Gen.Char["ab|\\ \t\n\r"], 0, 40].Sample(text =>
        {
            var doc = Tokenize(text);
            var sw = new StringWriter();
            new ConlluWriter().Write(doc, sw);
            Assert.Equal(doc.TokenCount == 0 ? "" : text, Rebuild(sw.ToString()));
        }, iter: 2000);
    }

    /// <summary>Tokens are the runs of non-whitespace; one sentence per line of text.</summary>
    private static Document Tokenize(string text)
    {
        var doc = new Document(text, new DocumentMetadata("p"));
        var runs = Regex.Matches(text, @"\S+");
        var tokens = new TokenData[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            var next = i + 1 < runs.Count ? runs[i + 1].Index : text.Length;
            tokens[i] = new TokenData { Start = runs[i].Index, Length = runs[i].Length, SpaceAfter = next - runs[i].Index - runs[i].Length };
        }
        doc.SetTokens(tokens);
        return doc;
    }

    private static string Rebuild(string conllu)
    {
        var sb = new StringBuilder();
        foreach (var line in conllu.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var columns = line.Split('\t');
            var misc = columns[9].Split('|').ToDictionary(a => a.Split('=')[0], a => a[(a.IndexOf('=') + 1)..]);
            if (misc.TryGetValue("SpacesBefore", out var before))
                sb.Append(Unescape(before));
            sb.Append(columns[1]);
            sb.Append(misc.ContainsKey("SpaceAfter") ? "" : misc.TryGetValue("SpacesAfter", out var after) ? Unescape(after) : " ");
        }
        return sb.ToString();
    }

    private static string Unescape(string value) =>
        Regex.Replace(value, @"\\(.)", m => m.Groups[1].Value switch { "s" => " ", "t" => "\t", "n" => "\n", "r" => "\r", "p" => "|", _ => m.Groups[1].Value });
}
