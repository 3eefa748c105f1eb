using Parley.Diagnostics;
using Parley.Training;

namespace Parley.Tests.Training;

public class GumEntitiesTests
{
    private const string Sentence = """
        # sent_id = GUM_academic_art-3
        1	Claire	Claire	PROPN	NNP	_	0	root	_	Entity=(6-person-new-nnnnn-cf1-1,2,4-coref
        2	Bailey	Bailey	PROPN	NNP	_	1	flat	_	SpaceAfter=No
        3	-	-	PUNCT	HYPH	_	4	punct	_	SpaceAfter=No
        4	Ross	Ross	PROPN	NNP	_	2	flat	_	Entity=6)
        5	met	meet	VERB	VBD	_	1	list	_	_
        6	the	the	DET	DT	_	1	list	_	Entity=(11-person-new-nnnnn-cf2-1-coref
        7	Americans	American	PROPN	NNPS	_	1	list	_	Entity=11)
        8	at	at	ADP	IN	_	1	list	_	_
        9	the	the	DET	DT	_	1	list	_	Entity=(8-organization-new-nnnnn-cf3-3,5,6-sgl-University_of_Portsmouth
        10	University	University	PROPN	NNP	_	1	list	_	_
        11	of	of	ADP	IN	_	8	case	_	_
        12	Portsmouth	Portsmouth	PROPN	NNP	_	6	nmod	_	Entity=(9-place-new-nnnnn-cf4-3,4-sgl-Portsmouth|SpaceAfter=No
        13	,	,	PUNCT	,	_	11	punct	_	_
        14	United	Unite	VERB	NNP	_	11	amod	_	Entity=(10-place-new-nnnnn-cf5-1,2-coref-United_Kingdom
        15	Kingdom	Kingdom	PROPN	NNP	_	1	list	_	Entity=10)9)8)
        16	and	and	CCONJ	CC	_	1	list	_	_
        17	President	President	PROPN	NNP	_	1	list	_	Entity=(12-person-new-nnnnn-cf5-1,2-coref-Barack_Obama
        18	Obama	Obama	PROPN	NNP	_	1	list	_	Entity=12)
        19	's	's	PART	POS	_	1	list	_	_
        20	team	team	NOUN	NN	_	1	list	_	Entity=(13-organization-new-nnnnn-cf5-1-sgl)

        """;

    [Fact]
    public void Converts_NamedMentions_ToUnerStyleSpans()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-{Environment.ProcessId}-gum.conllu");
        File.WriteAllText(path, Sentence.Replace("\r", "", StringComparison.Ordinal));
        var diags = new List<Diagnostic>();
        var map = NerTypeMap.Load(Path.Combine(TestPaths.Repo, "data", "ner", "type-map.tsv"), diags);
        var doc = NerCorpus.Read(path, map, diags).Single();
        Assert.Empty(diags);
        var tags = Enumerable.Range(0, doc.TokenCount).Select(i => doc.Token(i).Entity.ToString()).ToArray();
        Assert.Equal(["B-PER", "I-PER", "I-PER", "I-PER", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O",
            "B-LOC", "I-LOC", "O", "O", "B-PER", "O", "O"], tags);
    }

    [Fact]
    public void Reads_NestedAndSingleTokenBrackets()
    {
        var mentions = GumMentions.Read(["(1-place-new-x-cf1-1-sgl(2-person-new-x-cf1-1-sgl)", "1)", "(3-abstract-giv-x-cf1-1-coref-A-B)"]);
        Assert.Equal([(0, 0, "person", 1), (0, 1, "place", 0), (2, 2, "abstract", 0)], mentions.Select(m => (m.Start, m.End, m.Type, m.Depth)));
        Assert.Equal("A-B", mentions[2].Identity);
    }
}
