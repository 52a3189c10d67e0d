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

    public static Finding Major(string id) => new(new FindingId(id), FindingGrade.MajorNonconformity, "6.1.3", "Risk treatment plan not approved by risk owners");

    public static Finding Minor(string id) => new(new FindingId(id), FindingGrade.MinorNonconformity, "7.2", "Competence evidence missing for one administrator");

    public static AuditReport Report(AuditKind kind, LocalDate last, params Finding[] findings) =>
        new(kind, last.PlusDays(-1), last, "Ada Lead", findings);

    public static Stage1Report Stage1(LocalDate last, bool ready = true) =>
        new(last.PlusDays(-1), last, "Ada Lead", ready ? Stage1Outcome.Ready : Stage1Outcome.NotReady, ready ? [] : [new Stage1Gap("READY-006", "6.1.3 d", "No Statement of Applicability")]);

    public static CertificationDecision Decision(LocalDate on, string number = "ISMS-0042") => new(on, "Dana Decider", new CertificateNumber(number));

    public static CertificationRecord Fire(this CertificationLifecycle lifecycle, CertificationRecord record, CertificationTrigger trigger, TriggerPayload payload, LocalDate on) =>
        lifecycle.Fire(record, trigger, payload, "tester", null, on.AtStartOfDayInZone(DateTimeZone.Utc).PlusHours(18).ToInstant());

    /// <summary>Applied on <paramref name="start"/>, accepted, Stage 1 ready 30 days later, Stage 2 30 days after that (no findings).</summary>
    public static CertificationRecord ToAwaitingDecision(CertificationLifecycle lifecycle, LocalDate start, params Finding[] stage2Findings)
    {
        var record = CertificationRecord.Open(Application(), start.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        record = lifecycle.Fire(record, CertificationTrigger.AcceptApplication, new ApplicationReview(start, "Rita Reviewer"), start);
        record = lifecycle.Fire(record, CertificationTrigger.CompleteStage1, Stage1(start.PlusDays(30)), start.PlusDays(30));
        return lifecycle.Fire(record, CertificationTrigger.CompleteStage2, Report(AuditKind.Stage2, start.PlusDays(60), stage2Findings), start.PlusDays(60));
    }

    /// <summary>A record certified by a decision on <paramref name="decision"/> (Stage 2 a week before).</summary>
    public static CertificationRecord Certified(CertificationLifecycle lifecycle, LocalDate decision, StandardEdition edition = StandardEdition.Edition2022)
    {
        var start = decision.PlusDays(-67);
        var record = CertificationRecord.Open(Application(edition), start.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        record = lifecycle.Fire(record, CertificationTrigger.AcceptApplication, new ApplicationReview(start, "Rita Reviewer"), start);
        record = lifecycle.Fire(record, CertificationTrigger.CompleteStage1, Stage1(start.PlusDays(30)), start.PlusDays(30));
        record = lifecycle.Fire(record, CertificationTrigger.CompleteStage2, Report(AuditKind.Stage2, start.PlusDays(60)), start.PlusDays(60));
        return lifecycle.Fire(record, CertificationTrigger.Grant, Decision(decision), decision);
    }
}
