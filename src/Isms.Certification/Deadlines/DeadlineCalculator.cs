using Isms.Certification.Applications;
using Isms.Certification.Lifecycle;
using NodaTime;

namespace Isms.Certification.Deadlines;

/// <summary>
/// Computes the due dates of a record from its summary fields, without the state machine: O(findings) per record,
/// no allocation beyond the result. Shared by <see cref="CertificationLifecycle.Deadlines(CertificationRecord, NodaTime.Instant)"/>, the guards of the
/// time-driven triggers and <see cref="CertificationLifecycle.Advance(CertificationRecord, NodaTime.Instant)"/>, so all three agree.
/// </summary>
internal static class DeadlineCalculator
{
    internal const int MaxDeadlines = 6;

    private const string Stage2WindowText = "Stage 2 ends within the CB's maximum interval after the last Stage 1 day; otherwise Stage 1 is repeated";
    private const string InitialMajorsText = "Majors of the initial audit verified within 6 months of the last Stage 2 day; otherwise another Stage 2";
    private const string MajorsClosureText = "Open major nonconformities closed (correction and corrective action verified) within the CB's days";
    private const string SurveillanceText = "Next surveillance audit (first within 12 months of the decision; at least one audit each calendar year)";
    private const string RecertificationAuditText = "Recertification audit held early enough for a decision before expiry";
    private const string ExpiryText = "Recertification decided before the certificate expires";
    private const string SuspensionText = "Suspension resolved within the CB's cap; otherwise the certificate is withdrawn";
    private const string RestorationText = "Restoration within 6 months of expiry; otherwise at least a new Stage 2";
    private const string EditionText = "2013-edition certificate transitioned to ISO/IEC 27001:2022 by 31 October 2025 (IAF MD 26)";

    /// <summary>Writes the record's deadlines into <paramref name="buffer"/> (length at least <see cref="MaxDeadlines"/>) and returns how many.</summary>
    internal static int Compute(CertificationRecord record, CertificationBodyPolicy policy, LocalDate asOf, Span<Deadline> buffer)
    {
        var count = 0;
        void Add(Span<Deadline> target, DeadlineKind kind, LocalDate due, RuleSource source, string text, CertificationTrigger? consequence)
        {
            var status = asOf > due ? DeadlineStatus.Overdue : asOf >= due.PlusDays(-policy.DueWindowDays) ? DeadlineStatus.Due : DeadlineStatus.Upcoming;
            target[count++] = new Deadline(kind, due, status, source, text, consequence);
        }

        var certificate = record.Certificate;
        switch (record.State)
        {
            case CertificationState.AwaitingStage2:
                if (Stage2WindowEnd(record, policy) is { } windowEnd)
                {
                    Add(buffer, DeadlineKind.Stage2Window, windowEnd, RuleSource.CertificationBodyPolicy, Stage2WindowText, CertificationTrigger.Stage2WindowLapsed);
                }

                break;
            case CertificationState.AwaitingDecision:
                if (InitialMajorsLimit(record) is { } limit)
                {
                    Add(buffer, DeadlineKind.MajorsClosure, record.OldestOpenMajorRaisedOn!.Value.PlusDays(policy.DaysToCloseMajors), RuleSource.CertificationBodyPolicy, MajorsClosureText, null);
                    Add(buffer, DeadlineKind.InitialMajorsVerification, limit, RuleSource.Standard, InitialMajorsText, CertificationTrigger.MajorVerificationLapsed);
                }

                break;
            case CertificationState.Active:
            case CertificationState.CorrectionsPending:
            case CertificationState.RecertificationDecisionPending:
            case CertificationState.Suspended:
                if (certificate is null)
                {
                    break;
                }

                if (record.State == CertificationState.CorrectionsPending && MajorsClosureLimit(record, policy) is { } closure)
                {
                    Add(buffer, DeadlineKind.MajorsClosure, closure, RuleSource.CertificationBodyPolicy, MajorsClosureText, CertificationTrigger.MajorsNotClosedInTime);
                }

                if (record.State != CertificationState.RecertificationDecisionPending && SurveillanceDue(record, policy, out var surveillanceSource) is { } surveillance)
                {
                    Add(buffer, DeadlineKind.Surveillance, surveillance, surveillanceSource, SurveillanceText, record.State == CertificationState.Suspended ? null : CertificationTrigger.SurveillanceMissed);
                }

                if (record.State is CertificationState.Active or CertificationState.CorrectionsPending or CertificationState.Suspended)
                {
                    Add(buffer, DeadlineKind.RecertificationAudit, certificate.ExpiryDate.PlusDays(-policy.RecertificationAuditLeadDays), RuleSource.CertificationBodyPolicy, RecertificationAuditText, null);
                }

                if (record.State == CertificationState.Suspended && record.SuspendedOn is { } suspended)
                {
                    Add(buffer, DeadlineKind.SuspensionCap, SuspensionLimit(suspended, policy), RuleSource.CertificationBodyPolicy, SuspensionText, CertificationTrigger.SuspensionCapReached);
                }

                Add(buffer, DeadlineKind.Expiry, certificate.ExpiryDate, RuleSource.Standard, ExpiryText, CertificationTrigger.CertificateExpired);
                if (certificate.Edition == StandardEdition.Edition2013)
                {
                    Add(buffer, DeadlineKind.EditionTransition, CertificationRules.Edition2013LastValidDay, RuleSource.Standard, EditionText, CertificationTrigger.EditionWithdrawn);
                }

                break;
            case CertificationState.Expired:
            case CertificationState.RestorationDecisionPending:
                if (certificate is not null)
                {
                    Add(buffer, DeadlineKind.RestorationWindow, certificate.ExpiryDate.Plus(CertificationRules.RestorationWindow), RuleSource.Standard, RestorationText, null);
                }

                break;
        }

        return count;
    }

    /// <summary>The last day Stage 2 may end, or null when no limit applies.</summary>
    internal static LocalDate? Stage2WindowEnd(CertificationRecord record, CertificationBodyPolicy policy) =>
        policy.MaxStage1ToStage2Interval is { } interval && record.LastStage1Day is { } stage1 && !(record.LastStage2Day is { } stage2 && stage2 >= stage1)
            ? stage1.Plus(interval)
            : null;

    /// <summary>The last day initial-audit majors may be verified, or null when none is open.</summary>
    internal static LocalDate? InitialMajorsLimit(CertificationRecord record) =>
        record.LastStage2Day is { } stage2 && record.OpenMajorCount > 0 ? stage2.Plus(CertificationRules.MajorVerificationLimit) : null;

    /// <summary>The last day open majors may be closed under CB policy, or null when none is open.</summary>
    internal static LocalDate? MajorsClosureLimit(CertificationRecord record, CertificationBodyPolicy policy) =>
        record.OldestOpenMajorRaisedOn is { } raised ? raised.PlusDays(policy.DaysToCloseMajors) : null;

    /// <summary>The last day of a suspension that started on <paramref name="suspendedOn"/>.</summary>
    internal static LocalDate SuspensionLimit(LocalDate suspendedOn, CertificationBodyPolicy policy) => suspendedOn.Plus(policy.SuspensionCap);

    /// <summary>The due date of the next surveillance audit of the cycle, or null when both are done (recertification year).</summary>
    internal static LocalDate? NextSurveillanceDue(CertificationRecord record, CertificationBodyPolicy policy) =>
        SurveillanceDue(record, policy, out _);

    /// <summary>
    /// The due date of the next surveillance audit, and whether the standard or the CB's policy sets it. The standard
    /// (ISO/IEC 17021-1:2015 9.1.3): the first surveillance within 12 months of the decision that started the cycle, and
    /// at least one audit each calendar year, so the next surveillance is due by 31 December of the year after the
    /// last audit. The CB's timing may only bring it forward; the recertification lead time may too.
    /// </summary>
    internal static LocalDate? SurveillanceDue(CertificationRecord record, CertificationBodyPolicy policy, out RuleSource source)
    {
        source = RuleSource.Standard;
        if (record.Certificate is not { } certificate || record.SurveillancesInCycle >= 2)
        {
            return null;
        }

        var n = record.SurveillancesInCycle + 1;
        var start = certificate.CycleStart;
        var standard = n == 1 ? start.Plus(CertificationRules.FirstSurveillanceLimit) : LocalDate.MaxIsoValue;
        if (record.LastAuditDay is { } last)
        {
            var endOfNextYear = new LocalDate(last.Year + 1, 12, 31);
            standard = endOfNextYear < standard ? endOfNextYear : standard;
        }

        var due = standard;
        var cb = n == 1 || policy.SurveillanceTiming == SurveillanceTiming.AnniversaryOfDecision
            ? start.PlusMonths(12 * n)
            : new LocalDate(start.Year + 2, 12, 31);

        // Never later than the recertification audit's own due date (CB policy).
        var recertification = certificate.ExpiryDate.PlusDays(-policy.RecertificationAuditLeadDays).PlusDays(-1);
        cb = recertification < cb ? recertification : cb;
        if (cb < due)
        {
            due = cb;
            source = RuleSource.CertificationBodyPolicy;
        }

        return due;
    }
}
