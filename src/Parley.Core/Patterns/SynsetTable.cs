using System.Collections.Frozen;
using Parley.Diagnostics;

namespace Parley.Patterns;

/// <summary>Synonym sets (<c>&amp;WEAPON</c>, <c>&amp;SANCTION</c>, …) resolved to flat sets of lemmas; immutable.</summary>
public sealed class SynsetTable
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _sets;

    private SynsetTable(FrozenDictionary<string, FrozenSet<string>> sets) => _sets = sets;

    /// <summary>Synset names, sorted.</summary>
    public IEnumerable<string> Names => _sets.Keys.Order(StringComparer.Ordinal);

    /// <summary>True when the synset exists.</summary>
    public bool Contains(string name) => _sets.ContainsKey(name);

    /// <summary>The lemmas of a synset (with nested synsets expanded), or an empty set.</summary>
    public IReadOnlySet<string> Members(string name) => _sets.TryGetValue(name, out var set) ? set : FrozenSet<string>.Empty;

    /// <summary>The resolved set (empty when unknown), for compiled matching.</summary>
    internal FrozenSet<string> Set(string name) => _sets.TryGetValue(name, out var set) ? set : FrozenSet<string>.Empty;

    /// <summary>True when <paramref name="lemma"/> belongs to synset <paramref name="name"/> (case-insensitive).</summary>
    public bool IsMember(string name, string lemma) => _sets.TryGetValue(name, out var set) && set.Contains(lemma);

    /// <summary>The synsets of both tables; a name in both takes <paramref name="over"/>'s members.</summary>
    internal static SynsetTable Layer(SynsetTable under, SynsetTable over)
    {
        var sets = new Dictionary<string, FrozenSet<string>>(under._sets, StringComparer.Ordinal);
        foreach (var (name, set) in over._sets)
            sets[name] = set;
        return new SynsetTable(sets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    internal static SynsetTable Build(IReadOnlyList<SynsetLine> lines, List<Diagnostic> diagnostics)
    {
        var direct = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var definedAt = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => !l.Extends))
        {
            if (definedAt.TryGetValue(line.Name, out var first))
                diagnostics.Add(Diagnostic.Create(Messages.SynsetDuplicate, line.Where, line.Name, $"{first.File}:{first.Line}"));
            else
                (definedAt[line.Name], direct[line.Name]) = (line.Where, [.. line.Members]);
        }
        foreach (var line in lines.Where(l => l.Extends))
        {
            if (direct.TryGetValue(line.Name, out var members))
                members.AddRange(line.Members);
            else
                diagnostics.Add(Diagnostic.Create(Messages.PatternSynsetUnknown, line.Where, line.Name));
        }
        foreach (var line in lines)
            foreach (var missing in line.Members.Where(m => m.StartsWith('&') && !direct.ContainsKey(m)))
                diagnostics.Add(Diagnostic.Create(Messages.PatternSynsetUnknown, line.Where, missing));
        var resolved = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var name in direct.Keys)
            resolved[name] = Expand(name, direct, definedAt, diagnostics).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return new SynsetTable(resolved.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static HashSet<string> Expand(string root, Dictionary<string, List<string>> direct, Dictionary<string, Location> definedAt, List<Diagnostic> diagnostics)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var visited = new HashSet<string>(StringComparer.Ordinal) { root };
        var stack = new Stack<string>([root]);
        while (stack.Count > 0)
        {
            foreach (var member in direct[stack.Pop()])
            {
                if (!member.StartsWith('&'))
                    words.Add(member);
                else if (member == root)
                    diagnostics.Add(Diagnostic.Create(Messages.SynsetCycle, definedAt[root], root, member));
                else if (direct.ContainsKey(member) && visited.Add(member))
                    stack.Push(member);
            }
        }
        return words;
    }
}
