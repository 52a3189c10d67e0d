namespace Isms.Core.Applicability;

/// <summary>The justification of an excluded control: a reason from the taxonomy and a narrative an auditor can check.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 d.</para></summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record SoaExclusion
{
    /// <summary>The reason.</summary>
    public required ExclusionReason Reason { get; init; }

    /// <summary>The narrative, e.g. <c>All development is in-house; no outsourced development takes place.</c></summary>
    public required string Narrative { get; init => field = Check.Text(value, "SoaExclusion.Narrative"); }
}
