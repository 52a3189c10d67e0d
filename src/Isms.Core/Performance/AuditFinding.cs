using Isms.Core.Catalogs;

namespace Isms.Core.Performance;

/// <summary>
/// A finding of an internal audit, graded, against a clause or control, and the nonconformity raised from it.
/// <para>ISO/IEC 27001:2022 clause 9.2.2 (audit results), 10.2.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AuditFinding : IEntity<FindingId>
{
    /// <summary>The finding's id (unique across all audits of the ISMS).</summary>
    public required FindingId Id { get; init => field = Check.Id(value, "AuditFinding.Id"); }

    /// <summary>The grade.</summary>
    public required FindingGrade Grade { get; init; }

    /// <summary>What was found.</summary>
    public required string Description { get; init => field = Check.Text(value, "AuditFinding.Description"); }

    /// <summary>The clause concerned, e.g. <c>9.1</c>.</summary>
    public string? Clause { get; init => field = Check.OptionalText(value, "AuditFinding.Clause"); }

    /// <summary>The Annex A control concerned.</summary>
    public ControlId? Control { get; init; }

    /// <summary>The nonconformity raised from this finding (nonconformities should have one).</summary>
    public NonconformityId? Nonconformity { get; init => field = Check.OptionalId(value, "AuditFinding.Nonconformity"); }

    /// <summary>True for major and minor nonconformities.</summary>
    public bool IsNonconformity => Grade is FindingGrade.MajorNonconformity or FindingGrade.MinorNonconformity;
}
