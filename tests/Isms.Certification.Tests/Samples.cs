using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using NodaTime;
using NodaTime.Testing;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Certification.Tests;

/// <summary>A sample organisation and helpers that drive a record through the lifecycle on explicit dates.</summary>
internal static class Samples
{
    public static CertificationApplication Application(StandardEdition edition = StandardEdition.Edition2022) => new(
        "Northwind Software Ltd",
        "Development and operation of a SaaS payroll platform",
        180,
        [
            new ApplicationSite("Leeds head office", ["Development", "Operations", "HR"], isCentralFunction: true),
            new ApplicationSite("Manchester office", ["Support"]),
        ],
        "The ISMS supporting development and operation of the payroll platform",
        edition);

    public static CertificationLifecycle Engine(CertificationBodyPolicy? policy = null) =>
        new(new FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0)), policy);

    public static Instant At(int year, int month, int day) => Instant.FromUtc(year, month, day, 12, 0);

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static PersonId P(string id) => new(id);

    public static Finding Major(string id) => new(new FindingId(id), FindingGrade.MajorNonconformity, "6.1.3", "Risk treatment plan not approved by risk owners");

    public static Finding Minor(string id) => new(new FindingId(id), FindingGrade.MinorNonconformity, "7.2", "Competence evidence missing for one administrator");

    public static AuditReport Report(AuditKind kind, LocalDate last, params Finding[] findings) =>
        new(kind, last.PlusDays(-1), last, P("Ada Lead"), findings);

    public static Stage1Report Stage1(LocalDate last, bool ready = true) =>
        new(last.PlusDays(-1), last, P("Ada Lead"), ready ? Stage1Outcome.Ready : Stage1Outcome.NotReady, ready ? [] : [new Stage1Gap("READY-006", "6.1.3 d", "No Statement of Applicability")]);

    public static CertificationDecision Decision(LocalDate on, string number = "ISMS-0042") => new(on, P("Dana Decider"), new CertificateNumber(number));

    /// <summary>Fires a person's trigger at 18:00 UTC on <paramref name="on"/>, recorded by the person "tester".</summary>
    public static CertificationRecord Fire<TPayload>(this CertificationLifecycle lifecycle, CertificationRecord record, PersonTrigger<TPayload> trigger, TPayload payload, LocalDate on)
        where TPayload : TriggerPayload =>
        lifecycle.Fire(record, trigger, payload, P("tester"), null, on.AtStartOfDayInZone(DateTimeZone.Utc).PlusHours(18).ToInstant());

    /// <summary>
    /// Fires a trigger chosen as data (random walks pick it at run time) through its typed descriptor: the payload must
    /// be of the descriptor's type. Hosts that know their trigger at compile time call the typed Fire directly.
    /// </summary>
    public static CertificationRecord FireAny(this CertificationLifecycle lifecycle, CertificationRecord record, CertificationTrigger trigger, TriggerPayload payload, PersonId actor, string? note, Instant at) =>
        CertificationTriggers.Of(trigger) switch
        {
            PersonTrigger<ApplicationReview> t => lifecycle.Fire(record, t, (ApplicationReview)payload, actor, note, at),
            PersonTrigger<AuditPlan> t => lifecycle.Fire(record, t, (AuditPlan)payload, actor, note, at),
            PersonTrigger<Stage1Report> t => lifecycle.Fire(record, t, (Stage1Report)payload, actor, note, at),
            PersonTrigger<AuditReport> t => lifecycle.Fire(record, t, (AuditReport)payload, actor, note, at),
            PersonTrigger<CorrectionVerification> t => lifecycle.Fire(record, t, (CorrectionVerification)payload, actor, note, at),
            PersonTrigger<CertificationDecision> t => lifecycle.Fire(record, t, (CertificationDecision)payload, actor, note, at),
            PersonTrigger<ScopeChange> t => lifecycle.Fire(record, t, (ScopeChange)payload, actor, note, at),
            PersonTrigger<TransferRequest> t => lifecycle.Fire(record, t, (TransferRequest)payload, actor, note, at),
            PersonTrigger<SuspensionNotice> t => lifecycle.Fire(record, t, (SuspensionNotice)payload, actor, note, at),
            PersonTrigger<Reinstatement> t => lifecycle.Fire(record, t, (Reinstatement)payload, actor, note, at),
            PersonTrigger<WithdrawalNotice> t => lifecycle.Fire(record, t, (WithdrawalNotice)payload, actor, note, at),
            var other => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, $"{other} is not a person's trigger with a known payload type."),
        };

    /// <summary>Applied on <paramref name="start"/>, accepted, Stage 1 ready 30 days later, Stage 2 30 days after that (no findings).</summary>
    public static CertificationRecord ToAwaitingDecision(CertificationLifecycle lifecycle, LocalDate start, params Finding[] stage2Findings)
    {
        var record = CertificationRecord.Open(Application(), start.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(start, P("Rita Reviewer")), start);
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(start.PlusDays(30)), start.PlusDays(30));
        return lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, start.PlusDays(60), stage2Findings), start.PlusDays(60));
    }

    /// <summary>A record certified by a decision on <paramref name="decision"/> (Stage 2 a week before).</summary>
    public static CertificationRecord Certified(CertificationLifecycle lifecycle, LocalDate decision, StandardEdition edition = StandardEdition.Edition2022)
    {
        var start = decision.PlusDays(-67);
        var record = CertificationRecord.Open(Application(edition), start.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(start, P("Rita Reviewer")), start);
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(start.PlusDays(30)), start.PlusDays(30));
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, start.PlusDays(60)), start.PlusDays(60));
        return lifecycle.Fire(record, CertificationTriggers.Grant, Decision(decision), decision);
    }
}
