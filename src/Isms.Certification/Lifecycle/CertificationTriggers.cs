using System.Collections.Immutable;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using T = Isms.Certification.Lifecycle.CertificationTrigger;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// Every trigger of the lifecycle, each described once (<see cref="LifecycleTrigger"/>): the payload it carries, the
/// checks of that payload against the record and the trigger's effect on the record all sit in its descriptor here.
/// Fire a person's trigger with its typed descriptor, e.g.
/// <c>lifecycle.Fire(record, CertificationTriggers.Grant, decision, actor)</c>; the compiler checks the payload type.
/// </summary>
/// <threadsafety>This type is stateless; its members are immutable and safe to use from any thread.</threadsafety>
public static class CertificationTriggers
{
    /// <summary>The certification body accepts the application (ISO/IEC 17021-1 9.1.2).</summary>
    public static PersonTrigger<ApplicationReview> AcceptApplication { get; } = new(T.AcceptApplication);

    /// <summary>The certification body declines the application; the review says why.</summary>
    public static PersonTrigger<ApplicationReview> DeclineApplication { get; } = new(
        T.DeclineApplication,
        check: static (_, review) => RequireReason(review.Reason, nameof(ApplicationReview), nameof(ApplicationReview.Reason), "say why the application is declined"));

    /// <summary>An audit plan is recorded (validated against the application); the state does not change. Effective on the day it is recorded.</summary>
    public static PersonTrigger<AuditPlan> PlanAudit { get; } = new(
        T.PlanAudit,
        check: static (record, plan) => AuditPlanValidator.EnsureValid(plan, record.Application),
        effect: static (ref RecordChanges changes, AuditPlan plan) => changes.Plans = changes.Plans.Add(plan),
        effectiveOnRecordingDay: true);

    /// <summary>Stage 1 concluded, ready or not ready.</summary>
    public static PersonTrigger<Stage1Report> CompleteStage1 { get; } = new(
        T.CompleteStage1,
        effect: static (ref RecordChanges changes, Stage1Report report) =>
        {
            changes.Stage1Reports = changes.Stage1Reports.Add(report);
            changes.LastStage1Day = report.LastDay;
        });

    /// <summary>Stage 2 held (an <see cref="AuditReport"/> of kind <see cref="AuditKind.Stage2"/>).</summary>
    public static PersonTrigger<AuditReport> CompleteStage2 { get; } = new(
        T.CompleteStage2,
        check: static (record, report) => CheckReport(record, report, AuditKind.Stage2),
        effect: static (ref RecordChanges changes, AuditReport report) =>
        {
            changes.AddAudit(report);
            changes.LastStage2Day = report.LastDay;
        });

    /// <summary>Corrections and corrective actions reviewed for nonconformities of the record.</summary>
    public static PersonTrigger<CorrectionVerification> VerifyCorrections { get; } = new(
        T.VerifyCorrections,
        check: static (record, verification) =>
        {
            for (var i = 0; i < verification.Findings.Length; i++)
            {
                var id = verification.Findings[i];
                var finding = record.Findings.Find(f => f.Finding.Id == id);
                if (finding is null || !finding.Finding.IsNonconformity)
                {
                    throw Invalid(nameof(CorrectionVerification), $"{nameof(CorrectionVerification.Findings)}[{i}]", id.Value, $"CorrectionVerification.Findings names '{id}', which is not a nonconformity of this record.");
                }
            }
        },
        effect: static (ref RecordChanges changes, CorrectionVerification verification) =>
        {
            var status = verification.Outcome == CorrectionOutcome.Verified ? FindingStatus.Verified : FindingStatus.ActionPlanAccepted;
            changes.Findings = changes.Findings.ConvertAll(f => verification.Findings.Contains(f.Finding.Id) && f.Status < status
                ? f with { Status = status, ClosedOn = verification.ReviewedOn }
                : f);
        });

    /// <summary>Certification granted: an initial certificate, a recertification or a restoration (ISO/IEC 17021-1 9.5, 9.6.3).</summary>
    public static PersonTrigger<CertificationDecision> Grant { get; } = new(
        T.Grant,
        check: static (record, decision) =>
        {
            if (decision.CertificateNumber is null && record.Certificate is null)
            {
                throw Invalid(nameof(CertificationDecision), nameof(CertificationDecision.CertificateNumber), null, "CertificationDecision.CertificateNumber must name the certificate to issue.");
            }
        },
        effect: static (ref RecordChanges changes, CertificationDecision decision) =>
        {
            changes.Certificate = Granted(changes.Record, changes.Policy, decision);
            changes.SurveillancesInCycle = 0;
            changes.EndSuspension();
        });

    /// <summary>Certification refused; the decision says why.</summary>
    public static PersonTrigger<CertificationDecision> Refuse { get; } = new(
        T.Refuse,
        check: static (_, decision) => RequireReason(decision.Reason, nameof(CertificationDecision), nameof(CertificationDecision.Reason), "say why certification is refused"));

    /// <summary>A surveillance audit held (an <see cref="AuditReport"/> of kind <see cref="AuditKind.Surveillance"/>).</summary>
    public static PersonTrigger<AuditReport> CompleteSurveillance { get; } = new(
        T.CompleteSurveillance,
        check: static (record, report) => CheckReport(record, report, AuditKind.Surveillance),
        effect: static (ref RecordChanges changes, AuditReport report) =>
        {
            changes.AddAudit(report);
            changes.SurveillancesInCycle++;
        });

    /// <summary>The recertification audit held (kind <see cref="AuditKind.Recertification"/>).</summary>
    public static PersonTrigger<AuditReport> CompleteRecertificationAudit { get; } = new(
        T.CompleteRecertificationAudit,
        check: static (record, report) => CheckReport(record, report, AuditKind.Recertification),
        effect: static (ref RecordChanges changes, AuditReport report) => changes.AddAudit(report));

    /// <summary>The transition audit to the 2022 edition held (kind <see cref="AuditKind.Transition"/>); the certificate moves to the 2022 edition.</summary>
    public static PersonTrigger<AuditReport> CompleteTransitionAudit { get; } = new(
        T.CompleteTransitionAudit,
        check: static (record, report) => CheckReport(record, report, AuditKind.Transition),
        effect: static (ref RecordChanges changes, AuditReport report) =>
        {
            changes.AddAudit(report);
            var certificate = changes.Certificate!;
            changes.Certificate = certificate with
            {
                Edition = StandardEdition.Edition2022,
                IssueDate = report.LastDay > certificate.IssueDate ? report.LastDay : certificate.IssueDate,
            };
        });

    /// <summary>The scope extended after a special audit (<see cref="ScopeChange.SpecialAudit"/> of kind <see cref="AuditKind.Special"/>).</summary>
    public static PersonTrigger<ScopeChange> ExtendScope { get; } = new(
        T.ExtendScope,
        check: static (record, change) =>
        {
            if (change.SpecialAudit is not { Kind: AuditKind.Special } special)
            {
                throw Invalid(
                    nameof(ScopeChange),
                    nameof(ScopeChange.SpecialAudit),
                    change.SpecialAudit?.Kind.ToString(),
                    "ScopeChange.SpecialAudit must be the report of the special audit (kind Special) behind the extension.");
            }

            CheckNewFindings(record, special, nameof(ScopeChange), nameof(ScopeChange.SpecialAudit) + ".");
        },
        effect: static (ref RecordChanges changes, ScopeChange change) =>
        {
            changes.AddAudit(change.SpecialAudit!);
            changes.Certificate = changes.Certificate! with { Scope = change.NewScope };
        });

    /// <summary>The scope reduced; the state does not change.</summary>
    public static PersonTrigger<ScopeChange> ReduceScope { get; } = new(
        T.ReduceScope,
        effect: static (ref RecordChanges changes, ScopeChange change) => changes.Certificate = changes.Certificate! with { Scope = change.NewScope });

    /// <summary>The certificate transferred to another certification body (IAF MD 2); the cycle carries over.</summary>
    public static PersonTrigger<TransferRequest> Transfer { get; } = new(
        T.Transfer,
        effect: static (ref RecordChanges changes, TransferRequest transfer) =>
            changes.Certificate = changes.Certificate! with { CertificationBody = transfer.NewCertificationBody, Number = transfer.NewCertificateNumber });

    /// <summary>The certificate suspended (ISO/IEC 17021-1 9.6.5).</summary>
    public static PersonTrigger<SuspensionNotice> Suspend { get; } = new(
        T.Suspend,
        effect: static (ref RecordChanges changes, SuspensionNotice notice) => changes.Suspend(notice.Reason, notice.EffectiveOn));

    /// <summary>The suspension lifted.</summary>
    public static PersonTrigger<Reinstatement> Reinstate { get; } = new(
        T.Reinstate,
        effect: static (ref RecordChanges changes, Reinstatement _) => changes.EndSuspension());

    /// <summary>The certificate withdrawn.</summary>
    public static PersonTrigger<WithdrawalNotice> Withdraw { get; } = new(T.Withdraw);

    /// <summary>After expiry, the outstanding recertification work completed (kind <see cref="AuditKind.Restoration"/>; ISO/IEC 17021-1 9.6.3.2.5).</summary>
    public static PersonTrigger<AuditReport> CompleteRestorationAudit { get; } = new(
        T.CompleteRestorationAudit,
        check: static (record, report) => CheckReport(record, report, AuditKind.Restoration),
        effect: static (ref RecordChanges changes, AuditReport report) => changes.AddAudit(report));

    /// <summary>Time-driven: Stage 2 did not end within the CB's maximum interval after Stage 1; Stage 1 is to be repeated.</summary>
    public static ClockTrigger Stage2WindowLapsed { get; } = new(T.Stage2WindowLapsed);

    /// <summary>Time-driven: initial-audit majors not verified within 6 months of the last Stage 2 day; they are superseded and another Stage 2 is needed.</summary>
    public static ClockTrigger MajorVerificationLapsed { get; } = new(
        T.MajorVerificationLapsed,
        static (ref RecordChanges changes) =>
        {
            var on = changes.On;
            changes.Findings = changes.Findings.ConvertAll(f => f.Status is FindingStatus.Open or FindingStatus.ActionPlanAccepted && f.Finding.IsNonconformity
                ? f with { Status = FindingStatus.Superseded, ClosedOn = on }
                : f);
        });

    /// <summary>Time-driven: a surveillance audit was not held by its due date; the certificate is suspended.</summary>
    public static ClockTrigger SurveillanceMissed { get; } = new(
        T.SurveillanceMissed,
        static (ref RecordChanges changes) => changes.Suspend(SuspensionReason.SurveillanceMissed, changes.On));

    /// <summary>Time-driven: majors of a surveillance or special audit not closed within the CB's limit; the certificate is suspended.</summary>
    public static ClockTrigger MajorsNotClosedInTime { get; } = new(
        T.MajorsNotClosedInTime,
        static (ref RecordChanges changes) => changes.Suspend(SuspensionReason.MajorsNotClosed, changes.On));

    /// <summary>Time-driven: a suspension reached the CB's cap unresolved; the certificate is withdrawn.</summary>
    public static ClockTrigger SuspensionCapReached { get; } = new(T.SuspensionCapReached);

    /// <summary>Time-driven: the expiry date passed without a recertification decision.</summary>
    public static ClockTrigger CertificateExpired { get; } = new(T.CertificateExpired);

    /// <summary>Time-driven: a 2013-edition certificate passed 31 October 2025 (IAF MD 26); it is withdrawn.</summary>
    public static ClockTrigger EditionWithdrawn { get; } = new(T.EditionWithdrawn);

    /// <summary>Every trigger, in the order of <see cref="CertificationTrigger"/>.</summary>
    public static ImmutableArray<LifecycleTrigger> All { get; } = InEnumOrder(
    [
        AcceptApplication, DeclineApplication, PlanAudit, CompleteStage1, CompleteStage2, VerifyCorrections, Grant, Refuse,
        CompleteSurveillance, CompleteRecertificationAudit, CompleteTransitionAudit, ExtendScope, ReduceScope, Transfer,
        Suspend, Reinstate, Withdraw, CompleteRestorationAudit,
        Stage2WindowLapsed, MajorVerificationLapsed, SurveillanceMissed, MajorsNotClosedInTime, SuspensionCapReached,
        CertificateExpired, EditionWithdrawn,
    ]);

    /// <summary>
    /// The time-driven triggers, in the order <see cref="CertificationLifecycle.Advance(CertificationRecord, NodaTime.Instant)"/>
    /// applies them when several fall due on the same day (a withdrawal or expiry before a suspension).
    /// </summary>
    public static ImmutableArray<ClockTrigger> TimeDriven { get; } =
    [
        EditionWithdrawn, CertificateExpired, SuspensionCapReached, SurveillanceMissed, MajorsNotClosedInTime, MajorVerificationLapsed, Stage2WindowLapsed,
    ];

    /// <summary>The descriptor of <paramref name="trigger"/>.</summary>
    /// <param name="trigger">A defined trigger.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trigger"/> is not a defined value.</exception>
    public static LifecycleTrigger Of(CertificationTrigger trigger) =>
        (uint)trigger < (uint)All.Length
            ? All[(int)trigger]
            : throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Not a trigger of the certification lifecycle.");

    /// <summary>The time-driven triggers' order on one day: the lower, the earlier.</summary>
    internal static int Priority(CertificationTrigger trigger)
    {
        for (var i = 0; i < TimeDriven.Length; i++)
        {
            if (TimeDriven[i].Trigger == trigger)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static ImmutableArray<LifecycleTrigger> InEnumOrder(LifecycleTrigger[] descriptors)
    {
        var values = Enum.GetValues<CertificationTrigger>();
        var ordered = descriptors.OrderBy(d => d.Trigger).ToArray();
        if (ordered.Length != values.Length || !ordered.Select(d => d.Trigger).SequenceEqual(values) || values.Select((v, i) => (int)v != i).Any(x => x))
        {
            throw new InvalidOperationException("Every CertificationTrigger needs exactly one descriptor, and the enum values must be 0..n-1.");
        }

        return [.. ordered];
    }

    private static CertificationException Invalid(string entityKind, string member, string? value, string message) =>
        Require.Fail(CertificationErrorCodes.InvalidPayload, entityKind, member, value, message);

    private static void RequireReason(string? reason, string entityKind, string member, string why)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Invalid(entityKind, member, reason, $"{entityKind}.{member} must {why}.");
        }
    }

    /// <summary>An audit report of the expected kind whose finding ids are new on the record.</summary>
    private static void CheckReport(CertificationRecord record, AuditReport report, AuditKind kind)
    {
        if (report.Kind != kind)
        {
            throw Invalid(nameof(AuditReport), nameof(AuditReport.Kind), report.Kind.ToString(), $"AuditReport.Kind must be {kind}, was {report.Kind}.");
        }

        CheckNewFindings(record, report, nameof(AuditReport), string.Empty);
    }

    private static void CheckNewFindings(CertificationRecord record, AuditReport report, string entityKind, string memberPrefix)
    {
        if (report.Findings.IsEmpty)
        {
            return;
        }

        foreach (var existing in record.Findings)
        {
            for (var i = 0; i < report.Findings.Length; i++)
            {
                var id = report.Findings[i].Id;
                if (existing.Finding.Id == id)
                {
                    throw Invalid(entityKind, $"{memberPrefix}{nameof(AuditReport.Findings)}[{i}].{nameof(Finding.Id)}", id.Value, $"Finding id '{id}' is already used on this record.");
                }
            }
        }
    }

    private static Certificate Granted(CertificationRecord record, CertificationBodyPolicy policy, CertificationDecision decision)
    {
        var previous = record.Certificate;
        var continues = record.State is CertificationState.RecertificationDecisionPending or CertificationState.RestorationDecisionPending;
        var number = decision.CertificateNumber ?? previous!.Number;
        return continues
            ? new Certificate(number, previous!.CertificationBody, previous.Scope, previous.Edition, decision.DecidedOn, previous.ExpiryDate.Plus(CertificationRules.CycleLength), previous.ExpiryDate)
            : new Certificate(
                number,
                previous?.CertificationBody ?? policy.CertificationBodyName,
                previous?.Scope ?? record.Application.ScopeStatement,
                previous?.Edition ?? record.Application.Edition,
                decision.DecidedOn,
                decision.DecidedOn.Plus(CertificationRules.CycleLength),
                decision.DecidedOn);
    }
}
