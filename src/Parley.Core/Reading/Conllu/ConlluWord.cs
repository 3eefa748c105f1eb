namespace Parley.Reading.Conllu;

/// <summary>One word line of a CoNLL-U sentence, its ten columns split.</summary>
internal readonly record struct ConlluWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string DepRel, string Misc, int Line, bool NoSpaceAfter)
{
    /// <summary>True when a MISC column says no space follows.</summary>
    public static bool SaysNoSpace(string misc) => misc.Split('|').Contains("SpaceAfter=No", StringComparer.Ordinal);
}
