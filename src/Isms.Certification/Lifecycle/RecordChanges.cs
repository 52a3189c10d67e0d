using System.Collections.Immutable;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// The changes one transition makes to a record, gathered by the trigger's effect and applied in a single copy of
/// the immutable record (<see cref="Build"/>). <see cref="Record"/> is the record before the transition.
/// </summary>
internal struct RecordChanges
{
    internal RecordChanges(CertificationRecord record, CertificationBodyPolicy policy, LocalDate on)
    {
        Record = record;
        Policy = policy;
        On = on;
        Certificate = record.Certificate;
        Plans = record.Plans;
        Stage1Reports = record.Stage1Reports;
        Audits = record.Audits;
        Findings = record.Findings;
        LastStage1Day = record.LastStage1Day;
        LastStage2Day = record.LastStage2Day;
        LastAuditDay = record.LastAuditDay;
        SurveillancesInCycle = record.SurveillancesInCycle;
        SuspendedOn = record.SuspendedOn;
        SuspensionReason = record.SuspensionReason;
    }

    /// <summary>The record before the transition.</summary>
    public readonly CertificationRecord Record { get; }

    /// <summary>The certification body's policy.</summary>
    public readonly CertificationBodyPolicy Policy { get; }

    /// <summary>The day the transition takes effect.</summary>
    public readonly LocalDate On { get; }

    public Certificate? Certificate { get; set; }

    public ImmutableList<AuditPlan> Plans { get; set; }

    public ImmutableList<Stage1Report> Stage1Reports { get; set; }

    public ImmutableList<AuditReport> Audits { get; set; }

    public ImmutableList<FindingRecord> Findings { get; set; }

    public LocalDate? LastStage1Day { get; set; }

    public LocalDate? LastStage2Day { get; set; }

    public LocalDate? LastAuditDay { get; set; }

    public int SurveillancesInCycle { get; set; }

    public LocalDate? SuspendedOn { get; set; }

    public SuspensionReason? SuspensionReason { get; set; }

    /// <summary>Records an audit report and opens its findings.</summary>
    public void AddAudit(AuditReport report)
    {
        Audits = Audits.Add(report);
        if (report.Kind is AuditKind.Stage2 or AuditKind.Surveillance or AuditKind.Recertification or AuditKind.Restoration
            && (LastAuditDay is not { } last || report.LastDay > last))
        {
            LastAuditDay = report.LastDay;
        }

        foreach (var finding in report.Findings)
        {
            Findings = Findings.Add(new FindingRecord(finding, report.Kind, report.LastDay, FindingStatus.Open, null));
        }
    }

    /// <summary>Starts a suspension on <see cref="On"/>.</summary>
    public void Suspend(SuspensionReason reason, LocalDate from)
    {
        SuspendedOn = from;
        SuspensionReason = reason;
    }

    /// <summary>Ends the suspension, if any.</summary>
    public void EndSuspension()
    {
        SuspendedOn = null;
        SuspensionReason = null;
    }

    /// <summary>The record after the transition: state <paramref name="to"/>, <paramref name="e"/> appended to the history.</summary>
    public readonly CertificationRecord Build(CertificationState to, CertificationEvent e) => Record with
    {
        State = to,
        History = Record.History.Add(e),
        LastEventAt = e.At,
        LastEventDate = Record.LastEventDate is { } last && last > e.On ? last : e.On,
        Certificate = Certificate,
        Plans = Plans,
        Stage1Reports = Stage1Reports,
        Audits = Audits,
        Findings = Findings,
        LastStage1Day = LastStage1Day,
        LastStage2Day = LastStage2Day,
        LastAuditDay = LastAuditDay,
        SurveillancesInCycle = SurveillancesInCycle,
        SuspendedOn = SuspendedOn,
        SuspensionReason = SuspensionReason,
    };
}
