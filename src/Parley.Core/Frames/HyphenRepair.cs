using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs a hyphenated modifier the parser split from the name it modifies ("sent tents to flood-hit Pakistan" read
/// as "to flood-hit" plus a bare "Pakistan"): a marked adverbial or nominal modifier whose last part follows a hyphen,
/// with an actor right after it hung on the same head without a marker of its own, is that actor's adjective; the
/// actor takes the marker and the relation.
/// </summary>
internal static class HyphenRepair
{
    /// <summary>Repairs the sentence's labels; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence)
    {
        var tree = new SentenceTree(doc, sentence);
        var changed = false;
        for (var t = tree.First + 1; t + 1 < tree.End; t++)
        {
            var name = t + 1;
            if (!(tree.Is(t, "obl") || tree.Is(t, "nmod")) || tree.Word(t - 1) != "-" || tree.Child(t, "case") is not (>= 0 and var marker)
                || tree.Head(name) != tree.Head(t) || !(tree.Is(name, "obl") || tree.Is(name, "nmod")) || tree.Child(name, "case") >= 0
                || !tree.InActor(name))
                continue;
            Set(doc, marker, name, "case");
            Set(doc, name, tree.Head(t), tree.Rel(t));
            Set(doc, t, name, "amod");
            changed = true;
        }
        return changed;
    }

    private static void Set(Document doc, int token, int head, string rel)
    {
        doc.Tokens[token].Head = head;
        doc.Tokens[token].DepRel = doc.Strings.Intern(rel);
    }
}
