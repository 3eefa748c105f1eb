namespace Parley.Diagnostics;

/// <summary>Messages of the event ontologies (CAMEO, PLOVER), the verb-pattern dictionary and the coding specs: PRL500–PRL539.</summary>
public static partial class Messages
{
    /// <summary>A data file (ontology, patterns, specs) cannot be read.</summary>
    public static readonly MessageTemplate CodingFileUnreadable = new("PRL500", Severity.Error, "cannot read {0}: {1}");
    /// <summary>A CAMEO code table line is malformed.</summary>
    public static readonly MessageTemplate CameoLineMalformed = new("PRL501", Severity.Error, "malformed CAMEO code line: {0}");
    /// <summary>A CAMEO code is listed twice.</summary>
    public static readonly MessageTemplate CameoDuplicate = new("PRL502", Severity.Error, "duplicate CAMEO code '{0}' (first on line {1})");
    /// <summary>A CAMEO code's parent is not the code minus its last digit, or not listed.</summary>
    public static readonly MessageTemplate CameoParentInvalid = new("PRL503", Severity.Error, "CAMEO code '{0}' has parent '{1}', expected '{2}' listed earlier");
    /// <summary>A CAMEO code's quad class breaks the root rule.</summary>
    public static readonly MessageTemplate CameoQuadMismatch = new("PRL504", Severity.Error, "CAMEO code '{0}' has quad class {1}, but root {2} implies {3}");
    /// <summary>A Goldstein score is not a number in -10..10.</summary>
    public static readonly MessageTemplate CameoGoldsteinInvalid = new("PRL505", Severity.Error, "CAMEO code '{0}': Goldstein score '{1}' is not a number in -10..10");
    /// <summary>A PLOVER data line is malformed.</summary>
    public static readonly MessageTemplate PloverLineMalformed = new("PRL506", Severity.Error, "malformed PLOVER line: {0}");
    /// <summary>A PLOVER event type is unknown.</summary>
    public static readonly MessageTemplate PloverEventUnknown = new("PRL507", Severity.Error, "unknown PLOVER event type '{0}'");
    /// <summary>A PLOVER mode is not declared for its event type.</summary>
    public static readonly MessageTemplate PloverModeUnknown = new("PRL508", Severity.Error, "mode '{0}' is not a mode of PLOVER {1}");
    /// <summary>A PLOVER context is unknown.</summary>
    public static readonly MessageTemplate PloverContextUnknown = new("PRL509", Severity.Error, "unknown PLOVER context '{0}'");
    /// <summary>The CAMEO→PLOVER table names a CAMEO code that does not exist.</summary>
    public static readonly MessageTemplate PloverCameoUnknown = new("PRL510", Severity.Error, "CAMEO code '{0}' in the PLOVER table is not a CAMEO code");
    /// <summary>A CAMEO code has no row in the CAMEO→PLOVER table.</summary>
    public static readonly MessageTemplate PloverCameoMissing = new("PRL511", Severity.Error, "CAMEO code '{0}' has no PLOVER row (map it or mark it '-' with a reason)");
    /// <summary>An unmapped CAMEO code lacks a reason.</summary>
    public static readonly MessageTemplate PloverUnmappedNoReason = new("PRL512", Severity.Error, "CAMEO code '{0}' is unmapped without a reason in the note column");
    /// <summary>A CAMEO code has two rows in the CAMEO→PLOVER table.</summary>
    public static readonly MessageTemplate PloverDuplicate = new("PRL513", Severity.Error, "CAMEO code '{0}' is mapped twice (first on line {1})");
    /// <summary>A PLOVER event type is declared with a quad class that differs from its CAMEO codes'.</summary>
    public static readonly MessageTemplate PloverDeclarationInvalid = new("PRL514", Severity.Error, "invalid PLOVER declaration: {0}");

    /// <summary>A pattern file line is malformed.</summary>
    public static readonly MessageTemplate PatternLineMalformed = new("PRL520", Severity.Error, "malformed pattern line: {0}");
    /// <summary>A pattern names an unknown CAMEO code.</summary>
    public static readonly MessageTemplate PatternCameoUnknown = new("PRL521", Severity.Error, "unknown CAMEO code '{0}'");
    /// <summary>A pattern or synset refers to an undefined synset.</summary>
    public static readonly MessageTemplate PatternSynsetUnknown = new("PRL522", Severity.Error, "unknown synset '{0}'");
    /// <summary>A synset is defined twice (use '+=' to extend one).</summary>
    public static readonly MessageTemplate SynsetDuplicate = new("PRL523", Severity.Error, "synset '{0}' is already defined at {1} (use '+=' to extend it)");
    /// <summary>A pattern line appears before any entry header.</summary>
    public static readonly MessageTemplate PatternOutsideEntry = new("PRL524", Severity.Error, "pattern line before any 'verb' or 'noun' entry header");
    /// <summary>Two patterns share an explicit id.</summary>
    public static readonly MessageTemplate PatternIdDuplicate = new("PRL525", Severity.Error, "pattern id '{0}' is already used at {1}");
    /// <summary>A pattern folder holds no pattern files.</summary>
    public static readonly MessageTemplate PatternFolderEmpty = new("PRL526", Severity.Warning, "no *.txt pattern files in {0}");
    /// <summary>Synsets refer to each other in a cycle.</summary>
    public static readonly MessageTemplate SynsetCycle = new("PRL527", Severity.Error, "synset '{0}' includes itself through '{1}'");

    /// <summary>A coding spec block is malformed.</summary>
    public static readonly MessageTemplate SpecBlockMalformed = new("PRL530", Severity.Error, "malformed spec block: {0}");
    /// <summary>A coding spec expects an unknown CAMEO code.</summary>
    public static readonly MessageTemplate SpecCameoUnknown = new("PRL531", Severity.Error, "expected CAMEO code '{0}' does not exist");
}
