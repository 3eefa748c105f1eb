using Parley.Documents;

namespace Parley.Frames;

/// <summary>The one edit the tree repairs make: a token's new head and relation, in the document itself.</summary>
internal static class TreeEdit
{
    /// <summary>Hangs <paramref name="token"/> on <paramref name="head"/> (-1 for the root) with the relation <paramref name="rel"/>.</summary>
    public static void Set(Document doc, int token, int head, string rel)
    {
        doc.Tokens[token].Head = head;
        doc.Tokens[token].DepRel = doc.Strings.Intern(rel);
    }
}
