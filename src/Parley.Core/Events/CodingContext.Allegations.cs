using Parley.Documents;
using Parley.Frames;

namespace Parley.Events;

/// <summary>Acts the text only reports as alleged: the "that" clause of an accusation or a claim.</summary>
internal sealed partial class CodingContext
{
    /// <summary>
    /// True when <paramref name="frame"/>'s predicate heads the "that" clause of an allegation noun ("accusations that
    /// it had used chemical weapons"), also when the parser hung the clause on the verb before the noun.
    /// </summary>
    public bool Alleged(PredicateFrame frame)
    {
        foreach (var m in _index.Children(frame.Predicate))
        {
            if (Rel(m) != "mark" || !Word(m).Equals("that", StringComparison.OrdinalIgnoreCase) || m == 0)
                continue;
            var noun = m - 1;
            if (_doc.Tokens[noun].Upos == Upos.NOUN && _rules.Grammar.AllegationNouns.Contains(_doc.Strings[_doc.Tokens[noun].Lemma].ToLowerInvariant()))
                return true;
        }
        return false;
    }

    private string Word(int t) => _doc.Text.Substring(_doc.Tokens[t].Start, _doc.Tokens[t].Length);
}
