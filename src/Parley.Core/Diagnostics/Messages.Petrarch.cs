namespace Parley.Diagnostics;

/// <summary>Messages of the PETRARCH/TABARI dictionary front end and the PETRARCH validation suite: PRL600–PRL639.</summary>
public static partial class Messages
{
    /// <summary>A PETRARCH dictionary or validation file cannot be read.</summary>
    public static readonly MessageTemplate PetrarchFileUnreadable = new("PRL600", Severity.Error, "cannot read {0}: {1}");
    /// <summary>A PETRARCH dictionary line is malformed.</summary>
    public static readonly MessageTemplate PetrarchLineMalformed = new("PRL601", Severity.Error, "malformed line: {0}");
    /// <summary>A PETRARCH date is not YYMMDD or YYYYMMDD.</summary>
    public static readonly MessageTemplate PetrarchDateInvalid = new("PRL602", Severity.Error, "invalid date '{0}': expected YYMMDD or YYYYMMDD");
    /// <summary>An actor or agent code is malformed.</summary>
    public static readonly MessageTemplate PetrarchCodeMalformed = new("PRL603", Severity.Error, "malformed code '{0}'");
    /// <summary>A synonym or date-restriction line comes before any actor entry.</summary>
    public static readonly MessageTemplate PetrarchOrphanLine = new("PRL604", Severity.Error, "{0} line before any actor entry");
    /// <summary>A verb pattern names a synset that is not defined.</summary>
    public static readonly MessageTemplate PetrarchSynsetUnknown = new("PRL605", Severity.Error, "unknown synset '{0}'; pattern left out");
    /// <summary>A verb or pattern line comes before any verb block header.</summary>
    public static readonly MessageTemplate PetrarchOutsideBlock = new("PRL606", Severity.Error, "{0} before any '--- NAME [CODE] ---' verb block");
    /// <summary>A verb-pattern code is not in Parley's CAMEO table.</summary>
    public static readonly MessageTemplate PetrarchCameoUnknown = new("PRL607", Severity.Warning, "event code '{0}' is not in Parley's CAMEO table; kept as written");
    /// <summary>An agent substitution marker is not defined.</summary>
    public static readonly MessageTemplate PetrarchSubstitutionUnknown = new("PRL608", Severity.Error, "unknown substitution marker '{0}'");
    /// <summary>A dictionary folder or environment does not name the files needed.</summary>
    public static readonly MessageTemplate PetrarchFilesInvalid = new("PRL609", Severity.Error, "{0}");

    /// <summary>A pattern puts the source ('$') after the verb.</summary>
    public static readonly MessageTemplate PetrarchSourceUnsupported = new("PRL611", Severity.Warning, "unsupported: source marker '$' after the verb; Parley's source is always the subject; pattern left out");
    /// <summary>A verb transformation rule.</summary>
    public static readonly MessageTemplate PetrarchTransformationUnsupported = new("PRL612", Severity.Warning, "unsupported: '~' transformation rules (verb-on-verb rewriting) are not translated; rule left out");
    /// <summary>A compound-actor marker.</summary>
    public static readonly MessageTemplate PetrarchCompoundUnsupported = new("PRL613", Severity.Warning, "unsupported: '%' compound-actor marker inside a noun phrase; pattern left out");
    /// <summary>A pattern with more noun heads in one place than Parley's frame has slots.</summary>
    public static readonly MessageTemplate PetrarchNounsUnsupported = new("PRL614", Severity.Warning, "unsupported: {0}; Parley's frame has one direct object and one object per preposition; pattern left out");
    /// <summary>A multi-word verb that is not a verb plus particle.</summary>
    public static readonly MessageTemplate PetrarchVerbUnsupported = new("PRL615", Severity.Warning, "unsupported multi-word verb '{0}': {1}; verb left out");
    /// <summary>A pattern whose synsets with multi-word members expand to too many variants.</summary>
    public static readonly MessageTemplate PetrarchExpansionTooLarge = new("PRL617", Severity.Warning, "unsupported: multi-word synset members expand to {0} variants (limit {1}); pattern left out");
    /// <summary>A skip marker outside a prepositional phrase.</summary>
    public static readonly MessageTemplate PetrarchSkipUnsupported = new("PRL618", Severity.Warning, "unsupported: '^' outside a prepositional phrase; pattern left out");
    /// <summary>A target marker before the verb.</summary>
    public static readonly MessageTemplate PetrarchTargetBeforeVerb = new("PRL619", Severity.Warning, "unsupported: target marker '+' before the verb; Parley's target is never the subject; pattern left out");

    /// <summary>A validation file is malformed.</summary>
    public static readonly MessageTemplate ValidationMalformed = new("PRL630", Severity.Error, "malformed validation file: {0}");
    /// <summary>A validation record is malformed.</summary>
    public static readonly MessageTemplate ValidationRecordMalformed = new("PRL631", Severity.Error, "malformed validation record '{0}': {1}");
}
