using Parley.Diagnostics;
using Parley.Patterns;
using Parley.Petrarch;

namespace Parley.Tests.Petrarch;

/// <summary>PETRARCH-2's coding ontology: values, negation, and the negated twins of translated patterns.</summary>
public sealed class PicoOntologyTests
{
    private const string Ontology = """
        # PETRARCH Internal Coding Ontology (PICO) -->
        050:0x0080#DiplomaticCoop
        057:0x0087
        060:0x0070#MaterialCoop
        110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
        121:-0xFFFF+0x0070
        122:-0xFFFF+0x2040+0x300# a comment
        170:0x10086#0x0087+0xFFFF#0x9000#Coerce
        190:0x00A0
        oops
        """;

    private static (PicoOntology? Pico, List<Diagnostic> Diagnostics) Read(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pico-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            var diagnostics = new List<Diagnostic>();
            return (PicoOntology.Read(path, diagnostics), diagnostics);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reads_values_and_reports_a_malformed_line()
    {
        var (pico, diagnostics) = Read(Ontology);
        Assert.NotNull(pico);
        Assert.Equal(8, pico.Count);
        Assert.Equal(0x1007f, pico.ValueOf("110"));
        Assert.Equal(-0xFFFF + 0x2040 + 0x300, pico.ValueOf("122"));
        var d = Assert.Single(diagnostics);
        Assert.Equal("PRL750", d.Code);
        Assert.Equal(10, d.Line);
    }

    [Fact]
    public void Negation_subtracts_0xFFFF_and_reads_the_code_back()
    {
        var (pico, _) = Read(Ontology);
        Assert.Equal("050", pico!.Negate("110")); // did not clash over: cooperate
        Assert.Equal("057", pico.Negate("170"));
        Assert.Equal("121", pico.Negate("060")); // did not cooperate materially: reject
        Assert.Null(pico.Negate("190"));         // no code for a negated fight
        Assert.Null(pico.Negate("999"));
    }

    [Fact]
    public void Each_pattern_gets_a_negated_twin_with_the_negated_code()
    {
        var (pico, _) = Read(Ontology);
        var diagnostics = new List<Diagnostic>();
        var raw = new VerbFileReader("test.verbs", diagnostics).Read(PetrarchLines.Split("""
            --- CLASH [190] ---
            CLASH
            - * (OVER EFFORTS)  [110]
            """));
        var verbs = new PetrarchVerbBuilder(raw, null, diagnostics) { Pico = pico }.Build();
        var efforts = new Frame("clash") { Negated = true, Prepositions = [new PrepositionalArgument("over", new FrameArgument("effort"))] };
        Assert.Equal("050", verbs.Patterns.FindBest(efforts)?.Pattern.Cameo);
        Assert.Equal(PetrarchVerbs.NullCode, verbs.Patterns.FindBest(new Frame("clash") { Negated = true })?.Pattern.Cameo);
        Assert.Equal("110", verbs.Patterns.FindBest(efforts with { Negated = false })?.Pattern.Cameo);
    }
}
