namespace Isms.Oscal.Crosswalks;

/// <summary>
/// How a source control relates to a target control, as NIST's OLIR relationship types and OSCAL 1.2's mapping model
/// name them: read "the source control is ... the target control".
/// </summary>
public enum CrosswalkRelationship
{
    /// <summary>The two ask for the same outcome (OSCAL <c>equal-to</c>).</summary>
    Equal,

    /// <summary>The source asks for part of what the target asks (OSCAL <c>subset-of</c>): alone it does not cover the target.</summary>
    Subset,

    /// <summary>The source asks for all the target asks, and more (OSCAL <c>superset-of</c>): it covers the target.</summary>
    Superset,

    /// <summary>The two overlap, each asking for something the other does not (OSCAL <c>intersects-with</c>).</summary>
    Intersects,

    /// <summary>The two are unrelated (OSCAL <c>no-relationship</c>): recorded to say a pair was considered and rejected.</summary>
    NotRelated,
}
