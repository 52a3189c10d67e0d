using Ardalis.GuardClauses;
using Isms.Core.Catalogs;

namespace Isms.Oscal.Crosswalks;

/// <summary>One row of a crosswalk: a source control, a target control, how they relate, and why.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CrosswalkEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="source">The source control (e.g. ISO/IEC 27001:2022 <c>5.1</c>).</param>
    /// <param name="target">The target control (e.g. CSF 2.0 <c>GV.PO-01</c>).</param>
    /// <param name="relationship">How the source relates to the target.</param>
    /// <param name="rationale">Why, in a sentence.</param>
    /// <exception cref="ArgumentException">An id or the rationale is empty.</exception>
    public CrosswalkEntry(ControlId source, ControlId target, CrosswalkRelationship relationship, string rationale)
    {
        Guard.Against.NullOrWhiteSpace(source.Value, nameof(source));
        Guard.Against.NullOrWhiteSpace(target.Value, nameof(target));
        Guard.Against.EnumOutOfRange(relationship);
        Source = source;
        Target = target;
        Relationship = relationship;
        Rationale = Guard.Against.NullOrWhiteSpace(rationale);
    }

    /// <summary>The source control.</summary>
    public ControlId Source { get; }

    /// <summary>The target control.</summary>
    public ControlId Target { get; }

    /// <summary>How the source relates to the target.</summary>
    public CrosswalkRelationship Relationship { get; }

    /// <summary>Why the two relate so.</summary>
    public string Rationale { get; }

    /// <summary>How strongly they relate, 1 (weak) to 10 (strong), when the source of the crosswalk gives it (NIST OLIR); otherwise null.</summary>
    public int? Strength
    {
        get;
        init => field = value is { } v ? Guard.Against.OutOfRange(v, nameof(Strength), 1, 10) : null;
    }
}
