using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using NodaTime;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Serialization.Tests.Support;

/// <summary>Certification records for the tests: one organisation taken through the whole lifecycle.</summary>
internal static class CertificationRecords
{
    /// <summary>A certification body's own policy (not the defaults), with dates kept in Europe/London.</summary>
    public static CertificationBodyPolicy Policy { get; } = new()
    {
        CertificationBodyName = "Example Certification Ltd",
        MaxStage1ToStage2Interval = Period.FromMonths(9),
        DaysToCloseMajors = 60,
        SuspensionCap = Period.FromMonths(4),
        DueWindowDays = 60,
        RecertificationAuditLeadDays = 45,
        TimeZone = DateTimeZoneProviders.Tzdb["Europe/London"],
    };

    public static CertificationApplication Application() => new(
        "Northwind Software Ltd",
        "Development and operation of a SaaS payroll platform",
        180,
        [
            new ApplicationSite("Leeds head office", ["Development", "Operations", "HR"], isCentralFunction: true),
            new ApplicationSite("Manchester office", ["Customer support"]),
        ],
        "The ISMS supporting development, operation and support of the Northwind payroll platform",
        StandardEdition.Edition2022);

    /// <summary>
    /// Application, Stage 1 (ready, one gap), Stage 2 (a major corrected, a minor with an accepted action plan, an
    /// observation), the decision, surveillance, a suspension at the client's request and its reinstatement, a second
    /// surveillance whose major is not closed in time (the clock suspends), its verification and reinstatement, a scope
    /// reduction, the recertification audit and the recertification decision.
    /// </summary>
    public static CertificationRecord FullLifecycle()
    {
        var lifecycle = new CertificationLifecycle(new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 1, 8, 9, 0)), Policy);
        var record = CertificationRecord.Open(Application(), Instant.FromUtc(2024, 1, 8, 9, 0));
        var recorder = new PersonId("Grace Hopper");
        var decisionMaker = new PersonId("Katherine Johnson");
        var lead = new AuditTeamMember(new PersonId("Ada Lovelace"), AuditRole.LeadAuditor);
        AuditTeamMember[] team = [lead, new AuditTeamMember(new PersonId("Alan Turing"), AuditRole.Auditor), new AuditTeamMember(new PersonId("Émilie du Châtelet"), AuditRole.TechnicalExpert)];

        CertificationRecord Fire<TPayload>(LocalDate day, PersonTrigger<TPayload> trigger, TPayload payload, string? note = null)
            where TPayload : TriggerPayload =>
            record = lifecycle.Fire(record, trigger, payload, recorder, note, At(day));

        Fire(D(2024, 1, 15), CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 15), recorder), "complete application form");
        Fire(D(2024, 1, 22), CertificationTriggers.PlanAudit, new AuditPlan(AuditKind.Stage1, D(2024, 2, 6), D(2024, 2, 7), [lead], [4, 5, 6, 7], [], ["Leeds head office"], ["Development"], 4m));
        Fire(D(2024, 2, 7), CertificationTriggers.CompleteStage1, new Stage1Report(D(2024, 2, 6), D(2024, 2, 7), lead.Person, Stage1Outcome.Ready, [new Stage1Gap("READY-062", "6.2", "Objectives lack measures")]));
        Fire(D(2024, 2, 9), CertificationTriggers.PlanAudit, new AuditPlan(AuditKind.Stage2, D(2024, 2, 19), D(2024, 2, 23), team, [4, 5, 6, 7, 8, 9, 10], Enum.GetValues<AnnexATheme>(), ["Leeds head office", "Manchester office"], ["Development", "Operations", "HR", "Customer support"], 10.5m));
        var major = new Finding(new FindingId("S2-NC-01"), FindingGrade.MajorNonconformity, "6.1.3", "Risk treatment plan not approved by risk owners");
        var minor = new Finding(new FindingId("S2-NC-02"), FindingGrade.MinorNonconformity, "A.8.8", "Patch records incomplete for two servers");
        var observation = new Finding(new FindingId("S2-OBS-01"), FindingGrade.Observation, "7.3", "Awareness quiz results \"not tracked\" per team");
        Fire(D(2024, 2, 23), CertificationTriggers.CompleteStage2, new AuditReport(AuditKind.Stage2, D(2024, 2, 19), D(2024, 2, 23), lead.Person, [major, minor, observation]));
        Fire(D(2024, 2, 27), CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2024, 2, 27), lead.Person, [major.Id]), "evidence of approval reviewed off site");
        Fire(D(2024, 2, 27), CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2024, 2, 27), lead.Person, [minor.Id], CorrectionOutcome.ActionPlanAccepted));
        Fire(D(2024, 2, 29), CertificationTriggers.Grant, new CertificationDecision(D(2024, 2, 29), decisionMaker, new CertificateNumber("ECL-ISMS-2024-0042")));
        Fire(D(2025, 2, 12), CertificationTriggers.CompleteSurveillance, new AuditReport(AuditKind.Surveillance, D(2025, 2, 11), D(2025, 2, 12), lead.Person));
        Fire(D(2025, 6, 2), CertificationTriggers.Suspend, new SuspensionNotice(D(2025, 6, 2), SuspensionReason.ClientRequest, "Operations paused while the data centre moves"));
        Fire(D(2025, 7, 1), CertificationTriggers.Reinstate, new Reinstatement(D(2025, 7, 1), "Move completed; client asked to lift the suspension"));
        var major2 = new Finding(new FindingId("SV2-NC-01"), FindingGrade.MajorNonconformity, "9.2", "No internal audit held in the last 12 months");
        Fire(D(2026, 2, 11), CertificationTriggers.CompleteSurveillance, new AuditReport(AuditKind.Surveillance, D(2026, 2, 10), D(2026, 2, 11), lead.Person, [major2]));
        record = lifecycle.Advance(record, At(D(2026, 5, 1)));
        Fire(D(2026, 5, 5), CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2026, 5, 5), lead.Person, [major2.Id]));
        Fire(D(2026, 5, 6), CertificationTriggers.Reinstate, new Reinstatement(D(2026, 5, 6), "Internal audit held and verified on site"));
        Fire(D(2026, 6, 1), CertificationTriggers.ReduceScope, new ScopeChange(D(2026, 6, 1), "The ISMS supporting development and operation of the Northwind payroll platform (Leeds)", "Customer support outsourced"));
        Fire(D(2026, 12, 9), CertificationTriggers.CompleteRecertificationAudit, new AuditReport(AuditKind.Recertification, D(2026, 12, 7), D(2026, 12, 9), lead.Person));
        Fire(D(2027, 1, 15), CertificationTriggers.Grant, new CertificationDecision(D(2027, 1, 15), decisionMaker));
        return record;
    }

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>17:00 on <paramref name="day"/> in the policy's zone.</summary>
    public static Instant At(LocalDate day) => day.At(new LocalTime(17, 0)).InZoneLeniently(Policy.TimeZone).ToInstant();
}
