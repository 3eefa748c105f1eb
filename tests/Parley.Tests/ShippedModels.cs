using Parley.Diagnostics;
using Parley.Tagging;

namespace Parley.Tests;

/// <summary>The shipped models, loaded once from the test binary's models folder (copied from the repository).</summary>
internal static class ShippedModels
{
    private static readonly Lazy<TaggingModels> Loaded = new(() =>
    {
        var diagnostics = new List<Diagnostic>();
        var models = TaggingModels.Load(null, diagnostics);
        Assert.Empty(diagnostics);
        return models!;
    });

    /// <summary>Tagger, lemmatizer and recognizer.</summary>
    public static TaggingModels Models => Loaded.Value;
}
