using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Parsing;

/// <summary>
/// The dependency parser stage: a greedy arc-eager parser with a perceptron over Zhang &amp; Nivre (2011)
/// features, trained with a dynamic oracle, labelled with UD relations, made non-projective by pseudo-projective
/// decoding. Every sentence becomes a tree (one root, no cycles). Immutable and thread-safe.
/// </summary>
public sealed partial class DependencyParser : IPipelineStage
{
    internal DependencyParser(HashedParserModel model) => Model = model;

    internal HashedParserModel Model { get; }

    /// <inheritdoc />
    public string Name => "parse";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Tags;

    /// <inheritdoc />
    public Annotations Assigns => Annotations.Dependencies;

    /// <summary>Number of features with weights (moves, labels), for the model card.</summary>
    public (int Moves, int Labels) FeatureCounts => (Model.MoveFeatureCount, Model.LabelFeatureCount);

    /// <summary>Number of relation labels, lift-decorated ones included.</summary>
    public int LabelCount => Model.Vocabulary.Labels.Count;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var longest = 0;
        foreach (var sentence in document.Sentences)
            longest = Math.Max(longest, sentence.TokenCount);
        var work = new Workspace(Model, document, longest + 2);
        foreach (var sentence in document.Sentences)
            work.Parse(sentence);
    }

    /// <summary>Buffers reused for all sentences of one document.</summary>
    // Sized for the document's longest sentence (capacity: its words + 2).
    private sealed class Workspace(HashedParserModel model, Document doc, int capacity)
    {
        private readonly IParserScorer _scorer = model.Scorer();
        private readonly SentenceInput _input = new(capacity);
        private readonly ParserState _state = new(capacity);
        private readonly float[] _moveScores = new float[ArcEager.MoveCount];
        private readonly float[] _labelScores = new float[model.Vocabulary.Labels.Count];
        private int[] _heads = new int[capacity];
        private string[] _labels = new string[capacity];
        // The document's string id of each label, interned on first use.
        private readonly int[] _labelIds = NewLabelIds(model.Vocabulary.Labels.Count);

        private static int[] NewLabelIds(int count)
        {
            var ids = new int[count];
            Array.Fill(ids, -1);
            return ids;
        }

        public void Parse(SentenceData sentence)
        {
            var v = model.Vocabulary;
            _input.Load(doc, sentence, v, withStrings: false);
            GreedyDecoder.Parse(_scorer, _input, _state, _moveScores, _labelScores);
            var n = sentence.TokenCount;
            if (_heads.Length < n + 1)
            {
                _heads = new int[n + 1 + 64];
                _labels = new string[n + 1 + 64];
            }
            var lifted = false;
            for (var i = 1; i <= n; i++)
            {
                _heads[i] = _state.Heads[i];
                lifted |= v.IsLifted[_state.Labels[i]];
            }
            if (lifted)
                WriteLowered(sentence, n);
            else
                WriteDirect(sentence, n);
        }

        private void WriteDirect(SentenceData sentence, int n)
        {
            var tokens = doc.Tokens;
            for (var i = 1; i <= n; i++)
            {
                ref var t = ref tokens[sentence.FirstToken + i - 1];
                t.Head = _heads[i] == 0 ? -1 : sentence.FirstToken + _heads[i] - 1;
                var label = _state.Labels[i];
                if (_labelIds[label] < 0)
                    _labelIds[label] = doc.Strings.Intern(model.Vocabulary.Labels[label]);
                t.DepRel = _labelIds[label];
            }
        }

        // A sentence with lift-decorated relations: lowered (pseudo-projective decoding) on string labels.
        private void WriteLowered(SentenceData sentence, int n)
        {
            for (var i = 1; i <= n; i++)
                _labels[i] = model.Vocabulary.Labels[_state.Labels[i]];
            PseudoProjective.Deprojectivize(_heads, _labels, n);
            var tokens = doc.Tokens;
            for (var i = 1; i <= n; i++)
            {
                ref var t = ref tokens[sentence.FirstToken + i - 1];
                t.Head = _heads[i] == 0 ? -1 : sentence.FirstToken + _heads[i] - 1;
                t.DepRel = doc.Strings.Intern(_labels[i]);
            }
        }
    }
}
