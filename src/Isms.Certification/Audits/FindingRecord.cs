using NodaTime;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Certification.Audits;

/// <summary>A finding as tracked on a certification record: where it was raised and where it stands.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="RaisedIn">The kind of audit that raised it.</param>
/// <param name="RaisedOn">The last day of the audit that raised it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ClosedOn">When the action plan was accepted or the correction verified; null while open.</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record FindingRecord(Finding Finding, AuditKind RaisedIn, LocalDate RaisedOn, FindingStatus Status, LocalDate? ClosedOn)
{
    /// <summary>True for a major nonconformity not yet verified.</summary>
    public bool IsOpenMajor => Finding.Grade == FindingGrade.MajorNonconformity && Status is FindingStatus.Open or FindingStatus.ActionPlanAccepted;

    /// <summary>True for a minor nonconformity with neither an accepted action plan nor a verification.</summary>
    public bool IsOpenMinor => Finding.Grade == FindingGrade.MinorNonconformity && Status == FindingStatus.Open;
}
