namespace Parley.Places;

/// <summary>What a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>A city or town (GeoNames cities15000).</summary>
    City,
    /// <summary>A first-level administrative region; coordinates are its seat's.</summary>
    Region,
    /// <summary>A country; coordinates are its centroid.</summary>
    Country,
    /// <summary>A sea, strait, peninsula or other named area.</summary>
    Feature,
}

/// <summary>A gazetteer entry.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code, or null when the place spans several countries or none.</param>
/// <param name="Lat">Latitude in decimal degrees.</param>
/// <param name="Lon">Longitude in decimal degrees.</param>
/// <param name="Kind">City, region, country or feature.</param>
/// <param name="Population">Population (cities), else 0.</param>
/// <param name="IsCapital">True for national capitals.</param>
/// <param name="Id">A stable id: the GeoNames id, region code, country code or feature name.</param>
public sealed record Place(string Name, string? Country, double Lat, double Lon, PlaceKind Kind, long Population, bool IsCapital, string Id);

/// <summary>A place named in a sentence.</summary>
/// <param name="FirstToken">First token of the place phrase (a preposition is not included).</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Start">Start character offset.</param>
/// <param name="End">Exclusive end character offset.</param>
/// <param name="Text">The words, as written ("northern Syria").</param>
/// <param name="Preposition">The preposition that introduces it ("in", "to"), lower case, or null.</param>
/// <param name="Place">The resolved place.</param>
/// <param name="Qualifier">A direction word before the name ("northern"), or null.</param>
/// <param name="Alternatives">How many other places had the same name.</param>
public sealed record PlaceMention(int FirstToken, int EndToken, int Start, int End, string Text, string? Preposition, Place Place, string? Qualifier, int Alternatives);
