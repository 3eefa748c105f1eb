using System.CommandLine;
using System.Text.Json;
using Parley.Actors;
using Parley.Documents;
using Parley.Events;

namespace Parley.Cli.Commands;

/// <summary><c>parley actors [INPUT…] [--date …] [--format table|json]</c>: every actor mention, its code and why.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format: table (tab-separated, with a header) or json (one object per mention)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new EngineCommand("actors",
            "List every actor mention: its character span, its CAMEO actor code (chosen by the publication date), the " +
            "dictionary entries (file:line) or rule behind it, and flags for what could not be coded; then the pronouns and " +
            "descriptions resolved to an earlier actor (rule 'coreference', with the antecedent).", format);
        return command.WriteEach(result =>
        {
            var json = result.GetValue(format) == "json";
            if (!json)
                result.InvocationConfiguration.Output.Write("doc\tstart\tend\ttext\tcode\tname\ttitle\trule\tentries\tflags\n");
            return (document, stdout) =>
            {
                foreach (var m in document.GetLayer<ActorMentions>()?.Items ?? [])
                    stdout.Write((json ? Json(document.Metadata.Id, m) : Row(document.Metadata.Id, m)) + "\n");
                foreach (var a in Coreferent(document))
                    stdout.Write((json ? Json(document.Metadata.Id, a) : Row(document.Metadata.Id, a)) + "\n");
            };
        });
    }

    // Pronouns and descriptions the coder resolved for its events ("They", "the communist country"), with the
    // antecedent's name: the mention list itself holds only what the dictionaries name.
    private static IEnumerable<EventActor> Coreferent(Document document) =>
        (document.GetLayer<CodedEvents>()?.Items ?? []).SelectMany(e => new[] { e.Source, e.Target }).OfType<EventActor>()
            .Where(a => a.Via.Contains("coreference", StringComparison.Ordinal))
            .DistinctBy(a => (a.Start, a.End, a.Code)).OrderBy(a => a.Start).ThenBy(a => a.Code, StringComparer.Ordinal);

    private static string Row(string doc, EventActor a) =>
        string.Join('\t', doc, a.Start, a.End, Clean(a.Text), a.Code ?? "", a.Name ?? "", "", "coreference", "antecedent: " + (a.Name ?? a.Code), "");

    private static string Json(string doc, EventActor a) => JsonSerializer.Serialize(new
    {
        doc, start = a.Start, end = a.End, text = a.Text, code = a.Code, country = a.Country, sector = a.Sector,
        name = a.Name, rule = "coreference", antecedent = a.Name ?? a.Code, via = a.Via,
    });

    private static string Row(string doc, ActorMention m) =>
        string.Join('\t', doc, m.Start, m.End, Clean(m.Text), m.Code ?? "", m.Name ?? "", m.Title ?? "", m.Rule, m.Sources,
            m.Flags == ActorMentionFlags.None ? "" : m.Flags.ToString());

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ');

    private static string Json(string doc, ActorMention m) => JsonSerializer.Serialize(new
    {
        doc, start = m.Start, end = m.End, text = m.Text, code = m.Code, country = m.Country, sector = m.Sector,
        name = m.Name, title = m.Title, kind = m.Kind.ToString().ToLowerInvariant(), rule = m.Rule, entries = m.Sources,
        flags = m.Flags == ActorMentionFlags.None ? null : m.Flags.ToString(),
    });
}
