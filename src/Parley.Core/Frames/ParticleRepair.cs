using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Frames;

/// <summary>
/// Repairs a verb particle the parser read as a preposition: in "The authorities cut off internet access in Tigray"
/// it makes "off" the <c>case</c> of "access", an oblique of "cut". A particle (grammar.txt particle) right after a
/// verb without an object, marking the oblique noun phrase that follows it, is the verb's particle
/// (<c>compound:prt</c>) and that phrase its object. The document is changed in place.
/// </summary>
internal static class ParticleRepair
{
    /// <summary>Repairs every such particle of the sentence; true when it changed the tree.</summary>
    public static bool Repair(Document doc, SentenceData sentence, FrozenSet<string> particles) =>
        TreeEdit.EachToken(doc, sentence, 1, (tree, p) => Fix(tree, p, particles));

    private static bool Fix(SentenceTree tree, int p, FrozenSet<string> particles)
    {
        var verb = p - 1;
        var noun = tree.Head(p);
        if (!tree.Is(p, "case") || !particles.Contains(tree.Lemma(p)) || tree.Upos(verb) != Upos.VERB || noun <= p || noun >= tree.End
            || tree.Head(noun) != verb || !tree.Is(noun, "obl") || tree.Child(verb, "obj") >= 0 || tree.Child(verb, "compound:prt") >= 0)
            return false;
        var doc = tree.Document;
        doc.Tokens[p].Upos = Upos.ADP;
        TreeEdit.Set(doc, p, verb, "compound:prt");
        TreeEdit.Set(doc, noun, verb, "obj");
        return true;
    }
}
