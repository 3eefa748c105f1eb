namespace Parley.Diagnostics;

/// <summary>Messages of the actor dictionaries and the actor matcher (PRL400–PRL439).</summary>
public static partial class Messages
{
    /// <summary>An actor data path does not exist.</summary>
    public static readonly MessageTemplate ActorPathNotFound = new("PRL400", Severity.Error, "no such actor data file or folder: {0}");
    /// <summary>An actor data line does not have the expected shape.</summary>
    public static readonly MessageTemplate ActorLineMalformed = new("PRL401", Severity.Error, "malformed line: {0}");
    /// <summary>An actor code starts with no known country or international prefix.</summary>
    public static readonly MessageTemplate ActorCodeUnknownCountry = new("PRL402", Severity.Error, "unknown country code in '{0}': not in countries.txt and not an international prefix in sectors.txt");
    /// <summary>An actor code has an unknown role code after its country.</summary>
    public static readonly MessageTemplate ActorCodeUnknownSector = new("PRL403", Severity.Error, "unknown role code '{0}' in '{1}': not in sectors.txt");
    /// <summary>A date is malformed.</summary>
    public static readonly MessageTemplate ActorDateInvalid = new("PRL404", Severity.Error, "invalid date '{0}': expected YYYY-MM-DD, YYYY-MM or YYYY (or '-' for an open end)");
    /// <summary>A role ends before it starts.</summary>
    public static readonly MessageTemplate ActorRoleEndsBeforeStart = new("PRL405", Severity.Error, "role {0} ends ({2}) before it starts ({1})");
    /// <summary>Two roles of a person with the same code overlap by more than a handover day.</summary>
    public static readonly MessageTemplate ActorRolesOverlap = new("PRL406", Severity.Error, "role {0} {1}..{2} overlaps the role on line {3} ({4}..{5}) with the same code");
    /// <summary>An alias already means something else in the same layer.</summary>
    public static readonly MessageTemplate ActorAliasConflict = new("PRL407", Severity.Error, "'{0}' already means {1} ({2}); here it would mean {3}");
    /// <summary>A role line comes before any person header.</summary>
    public static readonly MessageTemplate ActorRoleWithoutPerson = new("PRL408", Severity.Error, "indented line outside a block: a block starts with an unindented header line");
    /// <summary>A person has no roles.</summary>
    public static readonly MessageTemplate ActorPersonWithoutRoles = new("PRL409", Severity.Warning, "'{0}' has no roles and is ignored");
    /// <summary>A field name in a countries block is unknown.</summary>
    public static readonly MessageTemplate ActorFieldUnknown = new("PRL410", Severity.Error, "unknown field '{0}': expected name, adjective, demonym, capital, seat or naming");
    /// <summary>An actor data file name does not say what the file holds.</summary>
    public static readonly MessageTemplate ActorFileKindUnknown = new("PRL411", Severity.Error, "cannot tell what '{0}' holds: expected countries*.txt, agents*.txt, organizations*.txt, sectors*.txt or a .txt file under people/");
    /// <summary>A person's roles are not in date order.</summary>
    public static readonly MessageTemplate ActorRolesOutOfOrder = new("PRL412", Severity.Warning, "role starting {0} is listed after a role starting {1}: keep roles in date order");
    /// <summary>An alias list has an empty element.</summary>
    public static readonly MessageTemplate ActorAliasEmpty = new("PRL413", Severity.Error, "empty name in a ' | ' list");
    /// <summary>An actor data file cannot be read.</summary>
    public static readonly MessageTemplate ActorFileUnreadable = new("PRL414", Severity.Error, "cannot read actor data: {0}");
    /// <summary>A string is not a CAMEO actor code.</summary>
    public static readonly MessageTemplate ActorCodeMalformed = new("PRL415", Severity.Error, "'{0}' is not an actor code: expected upper-case letters in units of three");
    /// <summary>Blocks of the same person in several files have overlapping roles with the same code.</summary>
    public static readonly MessageTemplate ActorPersonRolesOverlap = new("PRL416", Severity.Error, "'{0}': role {1} {2}..{3} ({4}) overlaps the role {5}..{6} ({7}) with the same code");
    /// <summary>A sectors.txt kind is unknown.</summary>
    public static readonly MessageTemplate ActorSectorKindUnknown = new("PRL417", Severity.Error, "unknown kind '{0}': expected role, prefix or region");
    /// <summary>An agents.txt flag is unknown.</summary>
    public static readonly MessageTemplate ActorAgentFlagUnknown = new("PRL418", Severity.Error, "unknown agent flag '{0}': expected 'title', 'generic', 'none' or nothing");
    /// <summary>A naming convention is unknown.</summary>
    public static readonly MessageTemplate ActorNamingUnknown = new("PRL419", Severity.Error, "unknown naming '{0}': expected surname-first or surname-last");
    /// <summary>No sectors.txt was loaded, so codes cannot be validated.</summary>
    public static readonly MessageTemplate ActorSectorsMissing = new("PRL420", Severity.Warning, "no sectors file loaded: role codes are not validated");
}
