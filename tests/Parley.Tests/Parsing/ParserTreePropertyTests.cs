using CsCheck;
using Parley.Documents;
using Parley.Parsing;
using Parley.Training;

namespace Parley.Tests.Parsing;

public class ParserTreePropertyTests
{

    private static readonly string[] Words = ["the", "a", "president", "met", "with", "Kim", "in", "Hanoi", ",", ".", "and", "said", "he", "would", "not", "sanctions", "on", "North", "Korea", "?", "xyzzy", "2019"];
    private static readonly string[] Xpos = ["DT", "NN", "NNP", "VBD", "IN", ",", ".", "CC", "PRP", "MD", "RB", "NNS", "CD", "ZZZ"];

    private static Document MakeDocument((int Word, int Upos, int Xpos)[][] sentences)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<TokenData>();
        var spans = new List<SentenceData>();
        var doc0 = new List<(int, int, int)>();
        foreach (var sentence in sentences)
        {
            spans.Add(new SentenceData(tokens.Count, sentence.Length, spans.Count == 0));
            foreach (var (w, _, _) in sentence)
            {
                tokens.Add(new TokenData { Start = text.Length, Length = Words[w].Length, SpaceAfter = 1 });
                text.Append(Words[w]).Append(' ');
            }
            doc0.AddRange(sentence);
        }
        var doc = new Document(text.ToString(), new DocumentMetadata("random", null));
        var array = tokens.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            array[i].Upos = (Upos)doc0[i].Item2;
            array[i].Xpos = doc.Strings.Intern(Xpos[doc0[i].Item3]);
        }
        doc.SetTokens(array);
        doc.SetSentences([.. spans]);
        doc.MarkAnnotated(Annotations.Tags);
        return doc;
    }

    [Fact]
    public void EverySentence_BecomesATree()
    {
        var token = Gen.Select(Gen.Int[0, Words.Length - 1], Gen.Int[1, 17], Gen.Int[0, Xpos.Length - 1]);
        var sentence = token.Array[1, 60];
        sentence.Array[1, 4].Sample(sentences =>
        {
            var doc = MakeDocument(sentences);
            ParserModelFileTests.SmallParser.Process(doc);
            foreach (var s in doc.Sentences)
            {
                var heads = new int[s.TokenCount + 1];
                for (var i = 0; i < s.TokenCount; i++)
                {
                    var t = doc.Tokens[s.FirstToken + i];
                    Assert.True(t.Head == -1 || (t.Head >= s.FirstToken && t.Head < s.EndToken), "head outside the sentence");
                    Assert.NotEqual(0, t.DepRel);
                    Assert.Equal(t.Head == -1, doc.Strings[t.DepRel] == "root");
                    heads[i + 1] = t.Head == -1 ? 0 : t.Head - s.FirstToken + 1;
                }
                Assert.True(ParsingExample.IsTree(heads), "not a tree: " + string.Join(' ', heads));
            }
        }, iter: 300);
    }
}
