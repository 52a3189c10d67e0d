namespace Isms.Serialization.Import;

/// <summary>
/// One level of an imported scale (probability, impact or risk) as GRC tools describe it: an id (used by the grid),
/// a name, an abbreviation, a description and a colour. Ids need not start at 0 or be contiguous: levels are
/// ordered by id, lowest first.
/// </summary>
/// <param name="Id">The id the grid refers to.</param>
/// <param name="Name">The level's name.</param>
/// <param name="Abbreviation">A short label, or null to derive one from the name.</param>
/// <param name="Description">What the level means, or null.</param>
/// <param name="Colour">A colour as <c>#rrggbb</c>, or null for a default.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ImportedLevel(int Id, string Name, string? Abbreviation = null, string? Description = null, string? Colour = null);
