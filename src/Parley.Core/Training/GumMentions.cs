namespace Parley.Training;

/// <summary>One entity mention of GUM's coreference layer: token range (inclusive), entity type, Wikipedia identity.</summary>
internal sealed record GumMention(int Start, int End, string Type, string? Identity, int Depth);

/// <summary>
/// Parses GUM's bracketed <c>Entity=</c> annotation (MISC column, CoNLL-2012 style): <c>(eid-type-…</c> opens a
/// mention, <c>eid)</c> closes it, <c>(eid-type-…)</c> is a one-token mention. The opener's fields are
/// <c>eid-etype-infstat-salience-centering-minspan-link[-identity]</c>; the identity (a Wikipedia title) is
/// present only for named entities.
/// </summary>
internal static class GumMentions
{
    private const int IdentityField = 7;

    /// <summary>The mentions of one sentence, given each token's <c>Entity=</c> value (empty when none).</summary>
    public static List<GumMention> Read(IReadOnlyList<string> entityValues)
    {
        var result = new List<GumMention>();
        var open = new List<(string Id, int Start, string Type, string? Identity)>();
        for (var i = 0; i < entityValues.Count; i++)
        {
            var value = entityValues[i];
            var p = 0;
            while (p < value.Length)
            {
                if (value[p] == '(')
                {
                    var end = value.IndexOfAny(['(', ')'], p + 1);
                    end = end < 0 ? value.Length : end;
                    var fields = value[(p + 1)..end].Split('-');
                    var identity = fields.Length > IdentityField ? string.Join('-', fields[IdentityField..]) : null;
                    var type = fields.Length > 1 ? fields[1] : "";
                    if (end < value.Length && value[end] == ')')
                    {
                        result.Add(new GumMention(i, i, type, identity, open.Count));
                        end++;
                    }
                    else
                        open.Add((fields[0], i, type, identity));
                    p = end;
                }
                else
                {
                    var close = value.IndexOf(')', p);
                    if (close < 0)
                        break;
                    var id = value[p..close];
                    var k = open.FindLastIndex(o => o.Id == id);
                    if (k >= 0)
                    {
                        result.Add(new GumMention(open[k].Start, i, open[k].Type, open[k].Identity, k));
                        open.RemoveAt(k);
                    }
                    p = close + 1;
                }
            }
        }
        return result;
    }

    /// <summary>The value of <c>Entity=</c> in a MISC column, or an empty string.</summary>
    public static string EntityValue(string misc)
    {
        foreach (var part in misc.Split('|'))
            if (part.StartsWith("Entity=", StringComparison.Ordinal))
                return part[7..];
        return "";
    }
}
