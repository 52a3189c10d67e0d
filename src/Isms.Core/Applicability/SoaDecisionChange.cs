namespace Isms.Core.Applicability;

/// <summary>A decision that differs between two versions of a Statement of Applicability.</summary>
/// <param name="Before">The decision in the older version.</param>
/// <param name="After">The decision in the newer version.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record SoaDecisionChange(SoaDecision Before, SoaDecision After)
{
    /// <summary>True when applicability itself changed (included became excluded or the reverse).</summary>
    public bool ApplicabilityChanged => Before.Applicable != After.Applicable;

    /// <summary>True when the implementation status changed.</summary>
    public bool StatusChanged => Before.Status != After.Status;
}
