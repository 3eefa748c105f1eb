using Parley.Documents;
using Parley.Frames;

namespace Parley.Events;

/// <summary>Acts the text only reports as alleged: the "that" clause of an accusation or a claim, an "alleged" event noun.</summary>
internal sealed partial class CodingContext
{
    /// <summary>
    /// True when <paramref name="frame"/>'s predicate heads the "that" clause of an allegation noun ("accusations that
    /// it had used chemical weapons"), also when the parser hung the clause on the verb before the noun, or the "of"
    /// clause of an accusing verb ("accused the US of plotting against it"); an event noun is alleged when an adjective of
    /// the allege list modifies it ("an inquiry into alleged abuses").
    /// </summary>
    public bool Alleged(PredicateFrame frame)
    {
        if (frame.Frame.IsNoun)
            return _index.AnyChild(frame.Predicate, m => Rel(m) == "amod" && _rules.Grammar.AllegationNouns.Contains(Lemma(m)));
        if (AccusedOf(frame.Predicate))
            return true;
        foreach (var m in _index.Children(frame.Predicate))
        {
            if (Rel(m) != "mark" || !Word(m).Equals("that", StringComparison.OrdinalIgnoreCase) || m == 0)
                continue;
            var noun = m - 1;
            if (_doc.Tokens[noun].Upos == Upos.NOUN && _rules.Grammar.AllegationNouns.Contains(Lemma(noun)))
                return true;
        }
        return false;
    }

    // "accused X of plotting": the predicate is an adverbial clause marked "of" under a verb of the allege list.
    private bool AccusedOf(int predicate)
    {
        var head = _doc.Tokens[predicate].Head;
        return head >= 0 && Rel(predicate) is "advcl" or "acl" && _doc.Tokens[head].Upos == Upos.VERB
            && _rules.Grammar.AllegationNouns.Contains(Lemma(head))
            && _index.AnyChild(predicate, m => Rel(m) == "mark" && Word(m).Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    private string Lemma(int t) => _doc.Strings[_doc.Tokens[t].Lemma].ToLowerInvariant();

    private string Word(int t) => _doc.Text.Substring(_doc.Tokens[t].Start, _doc.Tokens[t].Length);
}
