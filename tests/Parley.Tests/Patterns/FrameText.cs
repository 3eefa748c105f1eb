using System.Collections.Immutable;
using Parley.Patterns;

namespace Parley.Tests.Patterns;

/// <summary>
/// Builds frames from a compact test notation: <c>v:meet with:kim</c>, <c>n:sanction on:iran mod:economic</c>,
/// <c>v:agree x:provide xo:aid/humanitarian</c>, <c>v:call p:on obj:iran</c>, <c>neg</c>; "/" adds modifiers;
/// <c>op.on:journalist</c> after <c>obj:</c> attaches a prepositional phrase to the object, <c>xp.against:israel</c>
/// after <c>x:</c> one to the controlled verb.
/// </summary>
internal static class FrameText
{
    public static Frame Parse(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = tokens[0].Split(':', 2);
        var frame = new Frame(head[1]) { IsNoun = head[0] == "n" };
        var preps = ImmutableArray.CreateBuilder<PrepositionalArgument>();
        var mods = ImmutableArray.CreateBuilder<string>();
        Frame? xcomp = null;
        foreach (var token in tokens.Skip(1))
        {
            if (token == "neg")
            {
                frame = frame with { Negated = true };
                continue;
            }
            var kv = token.Split(':', 2);
            var arg = Argument(kv[1]);
            switch (kv[0])
            {
                case "obj": frame = frame with { Object = arg }; break;
                case "p": frame = frame with { Particle = kv[1] }; break;
                case "x": xcomp = new Frame(kv[1]); break;
                case "xo": xcomp = xcomp! with { Object = arg }; break;
                case "mod": mods.Add(kv[1]); break;
                case var k when k.StartsWith("xp.", StringComparison.Ordinal):
                    xcomp = xcomp! with { Prepositions = xcomp.Prepositions.Add(new PrepositionalArgument(k[3..], arg)) };
                    break;
                case var k when k.StartsWith("op.", StringComparison.Ordinal):
                    frame = frame with { Object = frame.Object! with { Prepositions = frame.Object.Prepositions.Add(new PrepositionalArgument(k[3..], arg)) } };
                    break;
                default: preps.Add(new PrepositionalArgument(kv[0].Replace('_', ' '), arg)); break;
            }
        }
        return frame with { Prepositions = preps.ToImmutable(), Modifiers = mods.ToImmutable(), Xcomp = xcomp };
    }

    private static FrameArgument Argument(string text)
    {
        var parts = text.Split('/');
        return new FrameArgument(parts[0]) { Modifiers = [.. parts.Skip(1)] };
    }
}
