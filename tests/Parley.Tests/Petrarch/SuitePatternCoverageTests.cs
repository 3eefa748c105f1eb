using System.Collections.Frozen;
using Parley.Diagnostics;
using Parley.Frames;
using Parley.Petrarch;
using Parley.Reading.Conllu;
using Xunit.Abstractions;

namespace Parley.Tests.Petrarch;

/// <summary>
/// How many of the suite's expected event codes the translated verb patterns reach, on the suite's own reference
/// parses (UD 1 labels mapped to the UD 2 labels Parley's frame builder reads). Actors are not involved: this bounds
/// what the event coder can get from the PETRARCH verbs dictionary, and guards the translation against regressions.
/// </summary>
public sealed class SuitePatternCoverageTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Ud2 = new(StringComparer.Ordinal)
    {
        ["dobj"] = "obj", ["nsubjpass"] = "nsubj:pass", ["auxpass"] = "aux:pass", ["csubjpass"] = "csubj:pass", ["name"] = "flat", ["mwe"] = "fixed",
    };

    [Fact]
    public void Translated_patterns_reach_most_expected_event_codes()
    {
        var suite = ValidationReader.Read(TestPaths.Shared(Path.Combine("petrarch-validation", "PETR_Validate_records_2_02.xml"))).Value!;
        var verbs = PetrarchDictionary.Load(suite.DictionaryFiles).Verbs!;
        var builder = new FrameBuilder(FrozenSet<string>.Empty, FrozenSet.Create(StringComparer.Ordinal, "say"));
        int expected = 0, reached = 0;
        foreach (var record in suite.ToEvaluate.Where(r => r.Parse is not null))
        {
            var codes = Codes(record, verbs, builder);
            foreach (var e in record.Events)
            {
                expected++;
                reached += codes.Contains(e.Code) ? 1 : 0;
                if (!codes.Contains(e.Code))
                    output.WriteLine($"{record.Id} wants {e.Code}, frames give {string.Join(',', codes)}");
            }
        }
        output.WriteLine($"expected event codes reached by some frame's pattern: {reached}/{expected}");
        Assert.Equal(305, expected);
        Assert.True(reached >= 190, $"{reached}/{expected}"); // measured 194 (200 before demand clauses became part of the demand frame): most misses are frames, not patterns
    }

    private static HashSet<string> Codes(ValidationRecord record, PetrarchVerbs verbs, FrameBuilder builder)
    {
        var diagnostics = new List<Diagnostic>();
        var doc = ConlluReader.Read(new StringReader(ToUd2(record.Parse!) + "\n\n"), record.Id, diagnostics).Single();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var frame in builder.Build(doc, 0))
        {
            if (verbs.Patterns.Match(frame.Frame).Best is not { } best)
                continue;
            codes.Add(best.Pattern.Cameo);
            if (verbs.ReverseCode(best.Pattern) is { } reverse)
                codes.Add(reverse);
        }
        return codes;
    }

    /// <summary>UD 1 → UD 2: renamed relations, and nmod on a verb becomes obl.</summary>
    private static string ToUd2(string conllu)
    {
        var rows = conllu.Split('\n').Select(l => l.Split('\t')).Where(c => c.Length == 10).ToList();
        var upos = rows.ToDictionary(c => c[0], c => c[3], StringComparer.Ordinal);
        foreach (var c in rows)
        {
            var rel = c[7].Split(':')[0];
            if (Ud2.TryGetValue(c[7], out var renamed))
                c[7] = renamed;
            else if (rel == "nmod" && c[7] == "nmod" && upos.GetValueOrDefault(c[6]) is "VERB" or "AUX" or "ADJ")
                c[7] = "obl";
            if (c[3] == "CONJ")
                c[3] = "CCONJ";
        }
        return string.Join('\n', rows.Select(c => string.Join('\t', c)));
    }
}
