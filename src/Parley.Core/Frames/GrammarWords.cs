using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Data;
using Parley.Diagnostics;

namespace Parley.Frames;

/// <summary>
/// The closed-class words the frame reader and the coder rely on (data/coding/grammar.txt): negators, future
/// auxiliaries, condition subordinators, prepositions of time adverbials, locative prepositions, the
/// prepositions that introduce a fallback target, most likely first, subordinators of object control, verbs
/// whose object event noun is a topic or an act their subject undergoes, verbs of responding, and raising verbs.
/// </summary>
/// <param name="Negators">Adverbs and determiners that negate a predicate.</param>
/// <param name="Future">Auxiliaries of the future.</param>
/// <param name="Conditions">Subordinators of a condition.</param>
/// <param name="TimePrepositions">Prepositions of a time adverbial.</param>
/// <param name="Locatives">Prepositions that place an event.</param>
/// <param name="TargetPrepositions">Prepositions of a fallback target, in order of preference.</param>
public sealed record GrammarWords(
    FrozenSet<string> Negators, FrozenSet<string> Future, FrozenSet<string> Conditions, FrozenSet<string> TimePrepositions,
    FrozenSet<string> Locatives, ImmutableArray<string> TargetPrepositions)
{
    private static readonly string[] Kinds = ["negator", "future", "condition", "time", "locative", "target", "control", "topic", "undergo", "respond", "raising", "matter", "allege", "willing", "feature", "foreign", "direction", "owner", "mandative", "patient", "particle", "origin", "lead", "depiction", "relative", "loose-relative", "agent-hung"];

    /// <summary>
    /// Subordinators of a gerund adverbial whose subject is the governing verb's object ("complimented Trump on
    /// advancing …", "praised Seoul for helping …").
    /// </summary>
    public FrozenSet<string> ObjectControl { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Verbs whose object event noun is what they are about, not an act of their subject ("advancing the
    /// denuclearization", "welcomed the sanctions"): the noun does not take the verb's subject as its source.
    /// </summary>
    public FrozenSet<string> TopicVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Verbs whose subject undergoes the act named by their object ("faced a threat from X", "received threats"):
    /// the subject is the noun's target, never its source.
    /// </summary>
    public FrozenSet<string> UndergoVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Event nouns (lemmas) whose possessor undergoes them ("his detention", "their deportation"): the possessor is
    /// never the noun's source.
    /// </summary>
    public FrozenSet<string> PatientNouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Verbs of responding ("responded with threats", "retaliated with sanctions"): an event they govern that names
    /// no target answers whoever last acted against its source.
    /// </summary>
    public FrozenSet<string> ResponseVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Verbs that, in an agentless passive, tell how the act of their to-infinitive is known ("was seen to break
    /// into", "is said to be planning"): the infinitive is an act of its own, done by the passive subject.
    /// </summary>
    public FrozenSet<string> RaisingVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Verbs whose "with" phrase names the matter, not a partner ("agreed to help with North Korea"): that phrase is
    /// never a fallback target.
    /// </summary>
    public FrozenSet<string> MatterVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Nouns whose "that" clause tells an alleged act, not one the text asserts ("accusations that it had used
    /// chemical weapons"): the clause codes no event; also verbs whose "of" clause does ("accused them of plotting").
    /// </summary>
    public FrozenSet<string> AllegationNouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Adjectives of declared willingness whose controlled verb is an announced act, like one in the future ("said it
    /// was willing to release the tourists", "ready to help").
    /// </summary>
    public FrozenSet<string> WillingAdjectives { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Nouns of geographic features whose names hold a country's name ("the South China Sea", "the Gulf of Oman"):
    /// the country named there is no party.
    /// </summary>
    public FrozenSet<string> Features { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Nouns (lemmas) of someone or something that stands in for or depicts a person ("the Donald Trump impersonator",
    /// "an Obama lookalike"): the person named on them is no party to the act.
    /// </summary>
    public FrozenSet<string> Depictions { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Adjectives that deny an agent its context's country ("foreign journalists", "foreign aid agencies"): such an
    /// agent takes no country from a place in its sentence or from the other side of the event.
    /// </summary>
    public FrozenSet<string> ForeignAdjectives { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Prepositions that say where an act goes ("was extradited to the United States"): an actor behind them is the
    /// act's destination, never the agent of an agentless passive.
    /// </summary>
    public FrozenSet<string> Directions { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Prepositions of a phrase that names a bare agent's owner ("the parliament of Gondor", "lawmakers in Arnor"):
    /// PETRARCH coding gives the agent that owner's code.
    /// </summary>
    public FrozenSet<string> Owners { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Verbs (lemmas) whose "that" clause takes a bare verb ("demanded that Stockholm extradite …"): a clause of theirs
    /// without a verb of its own had its verb misread as a noun or adjective (<see cref="MandativeRepair"/>).
    /// </summary>
    public FrozenSet<string> MandativeVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Particles a verb <see cref="MandativeRepair"/> gives back keeps right after it ("stand down").</summary>
    public FrozenSet<string> Particles { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Intransitive verbs (lemmas) whose event-noun subject is done by their "from" phrase ("praise came from the
    /// secretary of state", "condemnation poured in from Europe").
    /// </summary>
    public FrozenSet<string> OriginVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Participles that name a group's leader ("a delegation led by the minister"): the group takes the leader's country.</summary>
    public FrozenSet<string> LeadVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Relative pronouns (lemmas) of a relative clause: a subject that is one stands for the noun the clause hangs on.
    /// </summary>
    public FrozenSet<string> RelativePronouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The relative pronouns that still stand for that noun when the parser made their clause a parataxis or an
    /// appositive ("that" there is a demonstrative more often than not).
    /// </summary>
    public FrozenSet<string> LooseRelativePronouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Prepositions of an event noun's target that the parser may hang on the noun's "by" agent instead ("the attack
    /// by gunmen on a hotel"): such a phrase is the noun's own.
    /// </summary>
    public FrozenSet<string> AgentHungTargets { get; init; } = FrozenSet<string>.Empty;

    /// <summary>No grammar words: nothing is negated, announced or conditional, no noun is background, no place or fallback target.</summary>
    public static GrammarWords None { get; } = new([], [], [], [], [], []);

    /// <summary>Loads <c>KIND  WORD | WORD …</c> lines; bad lines are reported with file:line.</summary>
    public static GrammarWords Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var words = Kinds.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var line in DataLine.ReadFile(path))
        {
            if (line.Fields.Count == 2 && words.TryGetValue(line.Fields[0], out var list))
                list.AddRange(line.Fields[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()));
            else
                diagnostics.Add(Diagnostic.Create(Messages.DataMalformed, line.Location, $"expected: {string.Join('|', Kinds)}  WORD | WORD …"));
        }
        FrozenSet<string> Set(string kind) => words[kind].ToFrozenSet(StringComparer.Ordinal);
        return new(Set("negator"), Set("future"), Set("condition"), Set("time"), Set("locative"), [.. words["target"].Distinct()])
        {
            ObjectControl = Set("control"),
            TopicVerbs = Set("topic"),
            UndergoVerbs = Set("undergo"),
            ResponseVerbs = Set("respond"),
            RaisingVerbs = Set("raising"),
            MatterVerbs = Set("matter"),
            AllegationNouns = Set("allege"),
            WillingAdjectives = Set("willing"),
            Features = Set("feature"),
            Depictions = Set("depiction"),
            ForeignAdjectives = Set("foreign"),
            Directions = Set("direction"),
            Owners = Set("owner"),
            MandativeVerbs = Set("mandative"),
            Particles = Set("particle"),
            PatientNouns = Set("patient"),
            OriginVerbs = Set("origin"),
            LeadVerbs = Set("lead"),
            RelativePronouns = Set("relative"),
            LooseRelativePronouns = Set("loose-relative"),
            AgentHungTargets = Set("agent-hung"),
        };
    }
}
