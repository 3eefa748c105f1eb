using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs a plural noun the tagger read as a verb after a nationality adjective: in "Ethiopia rebuffed Kenyan offers
/// to mediate" the tagger makes "offers" a verb whose subject is "Kenyan", and the parser a clause of "rebuffed". A
/// nationality (a one-word NORP) names no one who acts, so a present-tense verb (VBZ) right after it, whose subject it
/// is, is a plural noun; when the verb it hangs from has no object, it is that object. The adjective becomes its
/// modifier, its to-infinitive a clause of the noun ("offers to mediate"). The document is changed in place.
/// </summary>
internal static class NationalityNounRepair
{
    /// <summary>Repairs the sentence's misread plurals; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence) => TreeEdit.EachToken(doc, sentence, 1, Fix);

    private static bool Fix(SentenceTree tree, int t)
    {
        var doc = tree.Document;
        var adjective = t - 1;
        var h = tree.Head(t);
        if (tree.Upos(t) != Upos.VERB || tree.Xpos(t) != "VBZ" || !tree.Is(adjective, "nsubj") || tree.Head(adjective) != t
            || doc.Tokens[adjective].Entity.Type != EntityType.NORP || tree.Children(adjective).Count > 0
            || h < tree.First || tree.Upos(h) != Upos.VERB || tree.Child(h, "obj") >= 0
            || tree.Children(t).Any(c => tree.Rel(c).StartsWith("aux", StringComparison.Ordinal) || tree.Is(c, "mark") || tree.Is(c, "obj")))
            return false;
        foreach (var x in tree.ChildrenWith(t, "xcomp").ToList())
            TreeEdit.Set(doc, x, t, "acl");
        TreeEdit.Set(doc, adjective, t, "amod");
        TreeEdit.Set(doc, t, h, "obj");
        doc.Tokens[t].Upos = Upos.NOUN;
        doc.Tokens[t].Xpos = doc.Strings.Intern("NNS");
        doc.Tokens[t].Feats = doc.Strings.Intern("Number=Plur");
        return true;
    }
}
