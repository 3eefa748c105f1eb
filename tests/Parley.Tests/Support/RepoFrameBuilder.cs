using System.Collections.Frozen;
using Parley.Frames;

namespace Parley.Tests.Support;

/// <summary>A frame builder with the repository's grammar words (data/coding/grammar.txt), for frame tests on hand-built parses.</summary>
internal static class RepoFrameBuilder
{
    /// <summary>A builder that knows <paramref name="eventNouns"/> as event nouns and <paramref name="speechVerbs"/> as speech verbs.</summary>
    public static FrameBuilder Create(IEnumerable<string> eventNouns, params string[] speechVerbs) => new(
        eventNouns.ToFrozenSet(StringComparer.Ordinal),
        speechVerbs.ToFrozenSet(StringComparer.Ordinal),
        GrammarWords.Load(Path.Combine(TestPaths.Repo, "data", "coding", "grammar.txt"), new List<global::Parley.Diagnostics.Diagnostic>()));
}
