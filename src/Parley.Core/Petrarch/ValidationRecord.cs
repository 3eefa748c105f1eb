using System.Collections.Immutable;

namespace Parley.Petrarch;

/// <summary>
/// One expected coding line of a validation record: an event (source, target, CAMEO code), or the expectation that
/// nothing is coded (<c>noevents="True"</c>, or <c>error="…"</c> for discarded and erroneous input).
/// </summary>
/// <param name="Source">Source actor code (empty for "nothing coded").</param>
/// <param name="Target">Target actor code (may be empty in the older suite).</param>
/// <param name="Code">Event code (empty for "nothing coded").</param>
/// <param name="Error">The error kind for <c>error="…"</c> lines, else null.</param>
public sealed record ExpectedCoding(string Source, string Target, string Code, string? Error = null)
{
    /// <summary>True when the line expects that no event is coded.</summary>
    public bool IsNoEvent => Code.Length == 0;
}

/// <summary>A record of a PETRARCH validation file.</summary>
/// <param name="Id">The record id (DEMO-01).</param>
/// <param name="Category">The category (DEMO, DATE, …).</param>
/// <param name="Date">The sentence date (actor date restrictions are resolved against it).</param>
/// <param name="Text">The sentence text, whitespace runs made single spaces.</param>
/// <param name="Expected">The expected coding lines, in file order.</param>
/// <param name="Evaluate">False when the record is marked <c>evaluate="false"</c> (or <c>sentence="false"</c> in the older file).</param>
/// <param name="Parse">The file's reference parse (CoNLL-U or bracketed tree), or null; for reference only.</param>
/// <param name="Line">The line of the <c>&lt;Sentence&gt;</c> tag.</param>
public sealed record ValidationRecord(string Id, string Category, DateOnly Date, string Text, ImmutableArray<ExpectedCoding> Expected, bool Evaluate, string? Parse, int Line)
{
    /// <summary>The expected events (lines that are not "nothing coded").</summary>
    public IEnumerable<ExpectedCoding> Events => Expected.Where(e => !e.IsNoEvent);
}

/// <summary>The <c>&lt;Environment&gt;</c> of a validation file: the dictionaries it was written for and the categories to run.</summary>
/// <param name="Verbs">Verbs dictionary file name, or null.</param>
/// <param name="Actors">Actors dictionary file name, or null.</param>
/// <param name="Agents">Agents dictionary file name, or null.</param>
/// <param name="Discards">Discards file name, or null.</param>
/// <param name="Include">Categories to evaluate; empty means all.</param>
public sealed record ValidationEnvironment(string? Verbs, string? Actors, string? Agents, string? Discards, ImmutableArray<string> Include)
{
    /// <summary>The coding ontology file name (<c>&lt;PICOfile&gt;</c>: how negation changes a code), or null.</summary>
    public string? Pico { get; init; }

    /// <summary>The dictionaries as files beside the validation file in <paramref name="folder"/>.</summary>
    public PetrarchFiles Files(string folder)
    {
        string? At(string? name) => name is null ? null : Path.Combine(folder, name);
        return new PetrarchFiles(At(Verbs), [.. new[] { At(Actors) }.OfType<string>()], [.. new[] { At(Agents) }.OfType<string>()], [.. new[] { At(Discards) }.OfType<string>()]) { Pico = At(Pico) };
    }
}

/// <summary>A validation file: where it is, its environment and its records in file order.</summary>
/// <param name="Path">The file.</param>
/// <param name="Environment">Its environment block.</param>
/// <param name="Records">Every record.</param>
public sealed record ValidationSuite(string Path, ValidationEnvironment Environment, ImmutableArray<ValidationRecord> Records)
{
    /// <summary>The records to score: marked for evaluation and in an included category.</summary>
    public IEnumerable<ValidationRecord> ToEvaluate =>
        Records.Where(r => r.Evaluate && (Environment.Include.IsEmpty || Environment.Include.Contains(r.Category, StringComparer.OrdinalIgnoreCase)));

    /// <summary>The dictionaries named by the environment, beside the validation file.</summary>
    public PetrarchFiles DictionaryFiles => Environment.Files(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".");
}
