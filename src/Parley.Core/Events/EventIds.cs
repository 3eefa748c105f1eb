using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Parley.Events;

/// <summary>Deterministic event ids: the same input, models and dictionaries give the same ids.</summary>
internal static class EventIds
{
    public static string Make(string docId, int sentence, int predicateStart, string? source, string? target, string cameo)
    {
        var key = string.Join('\u001f', docId, sentence.ToString(CultureInfo.InvariantCulture),
            predicateStart.ToString(CultureInfo.InvariantCulture), source ?? "", target ?? "", cameo);
        var hash = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(key));
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
