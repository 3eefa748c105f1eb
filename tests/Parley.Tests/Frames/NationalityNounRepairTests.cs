using Parley.Documents;
using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Frames;

/// <summary>
/// A present-tense verb right after a nationality that is its subject ("Hungarian offers to mediate") is a plural
/// noun, the object of the verb it hangs from (<c>NationalityNounRepair</c>).
/// </summary>
public sealed class NationalityNounRepairTests
{
    [Fact]
    public void Offers_after_a_nationality_are_the_rebuffed_object_and_name_the_target() =>
        Has("Serbia rebuffed Hungarian offers to mediate in the dispute.", "SRB", "HUN", "126");

    [Fact]
    public void The_misread_verb_becomes_a_plural_noun_object()
    {
        var doc = new Document("Serbia rebuffed Hungarian offers to mediate in the dispute.", new DocumentMetadata("t", new DateOnly(2024, 5, 1)));
        Parley.Tests.Engine.EngineFixture.Engine.Process(doc);
        Assert.Equal((Upos.NOUN, 1, "obj"), (doc.Tokens[3].Upos, doc.Tokens[3].Head, doc.Strings[doc.Tokens[3].DepRel]));
    }
}
