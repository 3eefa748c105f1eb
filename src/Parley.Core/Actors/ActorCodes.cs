namespace Parley.Actors;

/// <summary>Syntax of CAMEO actor codes: upper-case ASCII letters in units of three.</summary>
public static class ActorCodes
{
    /// <summary>True when <paramref name="code"/> is one or more units of three upper-case ASCII letters.</summary>
    public static bool IsWellFormed(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length % 3 != 0)
            return false;
        foreach (var c in code)
        {
            if (c is < 'A' or > 'Z')
                return false;
        }
        return true;
    }

    /// <summary>The three-letter units of a well-formed code.</summary>
    public static IEnumerable<string> Units(string code)
    {
        for (var i = 0; i + 3 <= code.Length; i += 3)
            yield return code.Substring(i, 3);
    }
}
