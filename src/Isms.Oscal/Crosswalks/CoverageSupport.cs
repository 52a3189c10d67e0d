using Isms.Core.Applicability;
using Isms.Core.Catalogs;

namespace Isms.Oscal.Crosswalks;

/// <summary>One ISO control related to a target control, and where the ISMS stands on it: the "why" of a coverage.</summary>
/// <param name="Entry">The crosswalk entry (source, target, relationship, rationale).</param>
/// <param name="Decided">True when the Statement of Applicability decides on the source control.</param>
/// <param name="Applicable">True when it decides the source control applicable.</param>
/// <param name="Status">The source control's implementation status when applicable, else null.</param>
/// <param name="Effective">False when the control's applied controls are all recorded not effective or retired.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CoverageSupport(CrosswalkEntry Entry, bool Decided, bool Applicable, ImplementationStatus? Status, bool Effective)
{
    /// <summary>The source (ISO) control.</summary>
    public ControlId Control => Entry.Source;

    /// <summary>True when the source control is applicable, implemented and effective.</summary>
    public bool InPlace => Applicable && Status == ImplementationStatus.Implemented && Effective;

    /// <summary>True when the source control is applicable and partly implemented, or implemented but not effective.</summary>
    public bool PartlyInPlace => Applicable && !InPlace && Status is ImplementationStatus.Implemented or ImplementationStatus.PartiallyImplemented;
}
