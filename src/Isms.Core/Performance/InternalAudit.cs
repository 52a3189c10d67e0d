using System.Collections.Immutable;
using Isms.Core.Catalogs;
using NodaTime;

namespace Isms.Core.Performance;

/// <summary>
/// An internal audit: its scope (clauses, Annex A controls, processes, sites), the auditors and the people whose
/// work is audited (auditees), dates, status and findings. Auditors must be objective and impartial: readiness
/// reports an auditor who is also an auditee or who owns an applied control implementing an audited control.
/// <para>ISO/IEC 27001:2022 clause 9.2.1, 9.2.2 (criteria and scope, objectivity and impartiality, results).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record InternalAudit : IEntity<AuditId>
{
    /// <summary>The audit's id.</summary>
    public required AuditId Id { get; init => field = Check.Id(value, "InternalAudit.Id"); }

    /// <summary>The audit's title, e.g. <c>Internal audit 2026: clauses 4-10, Annex A themes 5 and 8</c>.</summary>
    public required string Title { get; init => field = Check.Text(value, "InternalAudit.Title"); }

    /// <summary>The status.</summary>
    public required AuditStatus Status { get; init; }

    /// <summary>The planned start date.</summary>
    public required LocalDate PlannedOn { get; init; }

    /// <summary>When fieldwork ended (completed audits).</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>The lead auditor.</summary>
    public required PersonId LeadAuditor { get; init => field = Check.Id(value, "InternalAudit.LeadAuditor"); }

    /// <summary>Further auditors.</summary>
    public ImmutableArray<PersonId> Auditors { get; init => field = Check.List(value, "InternalAudit.Auditors"); } = [];

    /// <summary>The people whose work is audited (process owners, control owners interviewed).</summary>
    public ImmutableArray<PersonId> Auditees { get; init => field = Check.List(value, "InternalAudit.Auditees"); } = [];

    /// <summary>The clauses audited, e.g. <c>4</c> to <c>10</c> or <c>9.2</c>.</summary>
    public ImmutableArray<string> Clauses { get; init => field = Check.List(value, "InternalAudit.Clauses"); } = [];

    /// <summary>The Annex A controls audited.</summary>
    public ImmutableArray<ControlId> Controls { get; init => field = Check.List(value, "InternalAudit.Controls"); } = [];

    /// <summary>The sites audited.</summary>
    public ImmutableArray<SiteId> Sites { get; init => field = Check.List(value, "InternalAudit.Sites"); } = [];

    /// <summary>True when the audit covers the whole ISMS scope.</summary>
    public bool CoversWholeScope { get; init; }

    /// <summary>The findings.</summary>
    public ImmutableArray<AuditFinding> Findings { get; init => field = Check.List(value, "InternalAudit.Findings"); } = [];

    /// <summary>The audit report in the documented information register.</summary>
    public DocumentId? Report { get; init => field = Check.OptionalId(value, "InternalAudit.Report"); }

    /// <summary>The lead auditor and further auditors.</summary>
    public IEnumerable<PersonId> AllAuditors => Auditors.Contains(LeadAuditor) ? Auditors : Auditors.Prepend(LeadAuditor);
}
