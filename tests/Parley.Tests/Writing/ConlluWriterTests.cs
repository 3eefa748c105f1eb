using Parley.Documents;
using Parley.Writing;

namespace Parley.Tests.Writing;

public class ConlluWriterTests
{
    private static string Write(Document doc)
    {
        var sw = new StringWriter();
        new ConlluWriter().Write(doc, sw);
        return sw.ToString();
    }

    [Fact]
    public void TokenizedDocument_MatchesGolden()
    {
        const string golden = """
            # newdoc id = d1
            # newpar
            # sent_id = d1-1
            # text = Putin met Kim.
            1	Putin	_	_	_	_	_	_	_	_
            2	met	_	_	_	_	_	_	_	_
            3	Kim	_	_	_	_	_	_	_	SpaceAfter=No
            4	.	_	_	_	_	_	_	_	SpacesAfter=\n\n

            # newpar
            # sent_id = d1-2
            # text = Trump  replied.
            1	Trump	_	_	_	_	_	_	_	SpacesAfter=\s\s
            2	replied	_	_	_	_	_	_	_	SpaceAfter=No
            3	.	_	_	_	_	_	_	_	SpaceAfter=No


            """;
        Assert.Equal(golden, Write(SampleDocuments.Tokenized()));
    }

    [Fact]
    public void FullyAnnotatedDocument_FillsAllTenColumns()
    {
        const string golden = """
            # newdoc id = d1
            # newpar
            # sent_id = d1-1
            # text = Putin met Kim.
            1	Putin	Putin	PROPN	NNP	Number=Sing	2	nsubj	_	NER=B-PER
            2	met	meet	VERB	VBD	Mood=Ind|Tense=Past	0	root	_	NER=O
            3	Kim	Kim	PROPN	NNP	Number=Sing	2	obj	_	NER=B-PER|SpaceAfter=No
            4	.	.	PUNCT	.	_	2	punct	_	NER=O|SpacesAfter=\n\n

            # newpar
            # sent_id = d1-2
            # text = Trump  replied.
            1	Trump	Trump	PROPN	NNP	Number=Sing	2	nsubj	_	NER=B-PER|SpacesAfter=\s\s
            2	replied	reply	VERB	VBD	Mood=Ind|Tense=Past	0	root	_	NER=O|SpaceAfter=No
            3	.	.	PUNCT	.	_	2	punct	_	NER=O|SpaceAfter=No


            """;
        Assert.Equal(golden, Write(SampleDocuments.FullyAnnotated()));
    }

    [Fact]
    public void LineBreaksInsideASentence_BecomeSpacesInTheTextComment_AndLeadingSpaceIsKept()
    {
        var doc = new Document("\n Kim\r\nleft", new DocumentMetadata("x"));
        doc.SetTokens([new TokenData { Start = 2, Length = 3, SpaceAfter = 2 }, new TokenData { Start = 7, Length = 4 }]);
        var lines = Write(doc).Split('\n');
        Assert.Equal("# text = Kim left", lines[3]);
        Assert.Equal("1\tKim\t_\t_\t_\t_\t_\t_\t_\tSpacesAfter=\\r\\n|SpacesBefore=\\n\\s", lines[4]);
    }

    [Fact]
    public void DocumentWithoutTokens_WritesNothing()
    {
        Assert.Equal("", Write(new Document("", new DocumentMetadata("e"))));
    }
}
