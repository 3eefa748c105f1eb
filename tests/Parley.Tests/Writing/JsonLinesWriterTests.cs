using System.Text.Json;
using Parley.Writing;

namespace Parley.Tests.Writing;

public class JsonLinesWriterTests
{
    private static JsonElement Write(Parley.Documents.Document doc)
    {
        var sw = new StringWriter();
        new JsonLinesWriter().Write(doc, sw);
        var text = sw.ToString();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public void Document_HasIdMetadataTextSentencesAndTokenOffsets()
    {
        var root = Write(SampleDocuments.Tokenized());
        Assert.Equal("d1", root.GetProperty("id").GetString());
        Assert.Equal("2024-06-19", root.GetProperty("metadata").GetProperty("date").GetString());
        Assert.Equal("Summit", root.GetProperty("metadata").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("metadata").GetProperty("url").ValueKind);
        Assert.Equal(SampleDocuments.Text, root.GetProperty("text").GetString());
        var sentences = root.GetProperty("sentences");
        Assert.Equal(2, sentences.GetArrayLength());
        var second = sentences[1];
        Assert.Equal(("d1-2", 16, 31, true), (second.GetProperty("id").GetString(), second.GetProperty("start").GetInt32(), second.GetProperty("end").GetInt32(), second.GetProperty("newpar").GetBoolean()));
        var replied = second.GetProperty("tokens")[1];
        Assert.Equal((2, "replied", 23, 30, false), (replied.GetProperty("id").GetInt32(), replied.GetProperty("form").GetString(), replied.GetProperty("start").GetInt32(), replied.GetProperty("end").GetInt32(), replied.GetProperty("spaceAfter").GetBoolean()));
        Assert.False(replied.TryGetProperty("upos", out _));
    }

    [Fact]
    public void LaterLayers_AreWritten_WithHeadsAsInConllu()
    {
        var kim = Write(SampleDocuments.FullyAnnotated()).GetProperty("sentences")[0].GetProperty("tokens")[2];
        Assert.Equal("PROPN", kim.GetProperty("upos").GetString());
        Assert.Equal("NNP", kim.GetProperty("xpos").GetString());
        Assert.Equal("Kim", kim.GetProperty("lemma").GetString());
        Assert.Equal("Number=Sing", kim.GetProperty("feats").GetString());
        Assert.Equal(2, kim.GetProperty("head").GetInt32());
        Assert.Equal("obj", kim.GetProperty("deprel").GetString());
        Assert.Equal("B-PER", kim.GetProperty("ner").GetString());
    }
}
