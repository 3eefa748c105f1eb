using Parley.Documents;
using Parley.Pipeline;
using Parley.Segmentation;
using Parley.Tests.Tokenization;
using Parley.Tokenization;

namespace Parley.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static Document Run(string text, DocumentPipeline? pipeline = null)
    {
        var doc = new Document(text, new DocumentMetadata("t"));
        (pipeline ?? TokenizationPipeline.Default).Process(doc);
        return doc;
    }

    [Fact]
    public void SampleArticle_SplitsIntoFifteenSentences()
    {
        var doc = Run(File.ReadAllText(RepoPaths.Sample));
        var sentences = Enumerable.Range(0, doc.SentenceCount).Select(i => doc.Sentence(i).Text).ToList();
        Assert.Equal(15, sentences.Count);
        Assert.Equal("Trump said Putin agreed to help with North Korea.", sentences[1]);
        Assert.StartsWith("“After today", sentences[2], StringComparison.Ordinal);
        Assert.EndsWith("he said.", sentences[2], StringComparison.Ordinal);
        Assert.StartsWith("They signed", sentences[4], StringComparison.Ordinal);
        Assert.EndsWith("denuclearization.”", sentences[12], StringComparison.Ordinal);
        Assert.EndsWith("the letter stated.", sentences[14], StringComparison.Ordinal);
        Assert.True(doc.Sentences[0].StartsParagraph);
    }

    [Fact]
    public void Pipeline_DeclaresLayers()
    {
        Assert.Equal(Annotations.Tokens, SentenceSplitter.Default.Requires);
        Assert.Equal(Annotations.Sentences, SentenceSplitter.Default.Assigns);
        Assert.Equal(Annotations.None, Tokenizer.Default.Requires);
        Assert.Equal(Annotations.Tokens, Tokenizer.Default.Assigns);
        var doc = Run("One. Two.");
        Assert.Equal(Annotations.Tokens | Annotations.Sentences, doc.Annotations);
    }

    [Fact]
    public void WithoutLineBreakSplitting_OnlyPunctuationAndBlankLinesSplit()
    {
        var splitter = SentenceSplitter.Default.WithOptions(new SentenceSplitterOptions(SplitAtLineBreaks: false));
        Assert.False(splitter.Options.SplitAtLineBreaks);
        var pipeline = new PipelineBuilder().Add(Tokenizer.Default).Add(splitter).Build();
        var doc = Run("Headline here\nBody text. More\n\nNext", pipeline);
        Assert.Equal(["Headline here\nBody text.", "More", "Next"], Enumerable.Range(0, doc.SentenceCount).Select(i => doc.Sentence(i).Text));
        Assert.Equal([true, false, true], doc.Sentences.ToArray().Select(s => s.StartsParagraph));
    }

    [Fact]
    public void EmptyAndWhitespaceText_HaveNoSentences()
    {
        Assert.Equal(0, Run("").SentenceCount);
        Assert.Equal(0, Run(" \n\n\t").SentenceCount);
    }
}
