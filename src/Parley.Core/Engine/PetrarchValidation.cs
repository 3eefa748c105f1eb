using Parley.Documents;
using Parley.Events;
using Parley.Petrarch;

namespace Parley.Engine;

/// <summary>
/// Runs a PETRARCH validation suite through Parley's engine: each record's text is parsed by Parley (the file's
/// parses are not used), coded with the dictionaries the file's <c>&lt;Environment&gt;</c> names (alone:
/// <see cref="DictionaryKind.PetrarchOnly"/>), with actors resolved on the record's date, and compared with the
/// expected codings by <see cref="ValidationScorer"/>.
/// </summary>
public static class PetrarchValidation
{
    /// <summary>
    /// <paramref name="options"/> with the suite's dictionaries as the only dictionaries, resolved in
    /// <paramref name="dictionaryDirectory"/> (null: the validation file's folder).
    /// </summary>
    public static EngineOptions Options(ValidationSuite suite, EngineOptions options, string? dictionaryDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(options);
        var files = dictionaryDirectory is null ? suite.DictionaryFiles : suite.Environment.Files(dictionaryDirectory);
        var folder = dictionaryDirectory ?? Path.GetDirectoryName(Path.GetFullPath(suite.Path)) ?? ".";
        return options with { Dictionaries = [new DictionarySource(DictionaryKind.PetrarchOnly, folder) { Files = files }] };
    }

    /// <summary>Codes every record to evaluate and scores the result.</summary>
    public static ValidationScore Run(ParleyEngine engine, ValidationSuite suite)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(suite);
        return ValidationScorer.Score(suite.ToEvaluate, r => Code(engine, r));
    }

    /// <summary>The (source, target, CAMEO code) triples Parley codes from a record's text on the record's date.</summary>
    public static IReadOnlyList<(string Source, string Target, string Code)> Code(ParleyEngine engine, ValidationRecord record)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(record);
        var document = new Document(record.Text, new DocumentMetadata(record.Id, record.Date));
        engine.Process(document);
        return [.. (document.GetLayer<CodedEvents>()?.Items ?? []).Select(e => (e.Source?.Code ?? "", e.Target?.Code ?? "", e.Cameo))];
    }
}
