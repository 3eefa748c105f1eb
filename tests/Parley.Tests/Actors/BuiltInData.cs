using Parley.Actors;

namespace Parley.Tests.Actors;

/// <summary>The built-in actor data (the repository's data/actors copied next to the test binaries), loaded once.</summary>
internal static class BuiltInData
{
    private static readonly Lazy<ActorDictionaryResult> Loaded = new(() => ActorData.Load());

    public static ActorDictionaryResult Result => Loaded.Value;

    public static ActorDictionary Dictionary => Loaded.Value.Dictionary;
}
