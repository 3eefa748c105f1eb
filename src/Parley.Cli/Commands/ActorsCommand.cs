using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Actors;

namespace Parley.Cli.Commands;

/// <summary><c>parley actors [INPUT…] [--date …] [--format table|json]</c>: every actor mention, its code and why.</summary>
internal static class ActorsCommand
{
    // Readable JSON: "adjective+agent+name", not "adjective\u002Bagent\u002Bname".
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format: table (tab-separated, with a header) or json (one object per mention)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new EngineCommand("actors",
            "List every actor mention: its character span, its CAMEO actor code (chosen by the publication date, or by the " +
            "event's date when the text dates the event it is part of), the dictionary entries (file:line) or rule behind it, " +
            "flags for what could not be coded, and for a coreferent mention (a surname, a title, a pronoun, 'the regime', " +
            "'both countries') the earlier mention it stands for, one line per antecedent.", format);
        return command.WriteEach(result =>
        {
            var json = result.GetValue(format) == "json";
            if (!json)
                result.InvocationConfiguration.Output.Write("doc\tstart\tend\ttext\tcode\tname\ttitle\trule\tentries\tflags\tantecedent\tdate\n");
            return (document, stdout) =>
            {
                foreach (var row in ActorListing.Rows(document))
                    stdout.Write((json ? Json(document.Metadata.Id, row) : Row(document.Metadata.Id, row)) + "\n");
            };
        });
    }

    private static string Row(string doc, ActorListingRow r) =>
        string.Join('\t', doc, r.Start, r.End, Clean(r.Text), r.Code ?? "", r.Name ?? "", Clean(r.Title ?? ""), r.Rule, r.Entries,
            r.Flags == ActorMentionFlags.None ? "" : r.Flags.ToString(),
            r.Antecedent is { } a ? $"{Clean(a.Text)}@{a.Start}-{a.End}" : "", r.Date ?? "");

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ');

    private static string Json(string doc, ActorListingRow r) => JsonSerializer.Serialize(new
    {
        doc, start = r.Start, end = r.End, text = r.Text, code = r.Code, country = r.Country, sector = r.Sector,
        name = r.Name, title = r.Title, kind = r.Kind, rule = r.Rule, entries = r.Entries,
        flags = r.Flags == ActorMentionFlags.None ? null : r.Flags.ToString(),
        antecedent = r.Antecedent is { } a ? new { text = a.Text, start = a.Start, end = a.End, code = a.Code, name = a.Name } : null,
        date = r.Date,
    }, JsonOptions);
}
