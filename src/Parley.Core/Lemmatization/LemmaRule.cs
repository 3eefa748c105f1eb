namespace Parley.Lemmatization;

/// <summary>A suffix rewrite: remove <see cref="Strip"/> characters from the end, then append <see cref="Append"/>.</summary>
/// <param name="Strip">Characters to remove.</param>
/// <param name="Append">Text to add.</param>
public readonly record struct LemmaRule(int Strip, string Append)
{
    /// <summary>The rule that keeps the form unchanged.</summary>
    public static LemmaRule Identity => new(0, "");

    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        var common = form.AsSpan().CommonPrefixLength(lemma);
        return new LemmaRule(form.Length - common, lemma[common..]);
    }

    /// <summary>True when the rule can apply to a form of <paramref name="length"/> characters.</summary>
    public bool Fits(int length) => Strip < length || (Strip == length && Append.Length > 0);

    /// <summary>Applies the rule.</summary>
    public string Apply(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Strip == 0 && Append.Length == 0 ? form : string.Concat(form.AsSpan(0, form.Length - Strip), Append);
    }
}
