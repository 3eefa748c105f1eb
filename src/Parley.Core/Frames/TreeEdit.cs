using Parley.Documents;

namespace Parley.Frames;

/// <summary>The one edit the tree repairs make, and the one loop most of them make it in.</summary>
internal static class TreeEdit
{
    /// <summary>Hangs <paramref name="token"/> on <paramref name="head"/> (-1 for the root) with the relation <paramref name="rel"/>.</summary>
    public static void Set(Document doc, int token, int head, string rel)
    {
        doc.Tokens[token].Head = head;
        doc.Tokens[token].DepRel = doc.Strings.Intern(rel);
    }

    /// <summary>
    /// Offers each token of <paramref name="sentence"/>, from its <paramref name="skip"/>-th on and in order, to
    /// <paramref name="fix"/>, which either edits the tree at that token and returns true or leaves it and returns false;
    /// after an edit the tree is read anew, so the later tokens see it. True when some token was fixed.
    /// </summary>
    public static bool EachToken(Document doc, SentenceData sentence, int skip, Func<SentenceTree, int, bool> fix)
    {
        var tree = new SentenceTree(doc, sentence);
        var changed = false;
        for (var t = tree.First + skip; t < tree.End; t++)
        {
            if (!fix(tree, t))
                continue;
            changed = true;
            tree = new SentenceTree(doc, sentence);
        }
        return changed;
    }
}
