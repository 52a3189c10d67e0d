using FsCheck;
using FsCheck.Fluent;
using Isms.Certification;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using NodaTime;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Serialization.Tests.Support;

/// <summary>One step of a random walk: days since the previous step, a pick among the permitted triggers, a payload variant, text.</summary>
public sealed record WalkStep(int Days, int Pick, int Variant, string Text);

/// <summary>
/// FsCheck generators of certification records: random walks over the lifecycle. Each step fires one of the triggers
/// <see cref="CertificationLifecycle.NextSteps(CertificationRecord, Instant)"/> permits (with a valid payload built for it)
/// or lets the clock advance, so the records reach every state, with time-driven events, under a random policy.
/// </summary>
public static class CertificationArbitraries
{
    private static readonly CertificationBodyPolicy[] Policies =
    [
        CertificationBodyPolicy.Default,
        CertificationRecords.Policy,
        new() { CertificationBodyName = "Tokyo CB 認証", MaxStage1ToStage2Interval = null, DaysToCloseMajors = 30, SuspensionCap = Period.FromMonths(2), SurveillanceTiming = SurveillanceTiming.CalendarYear, DueWindowDays = 0, RecertificationAuditLeadDays = 0, TimeZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"] },
    ];

    public static Arbitrary<CertificationRecordDocument> Documents() =>
        (from policy in Gen.Elements(Policies)
         from edition in Gen.Elements(StandardEdition.Edition2022, StandardEdition.Edition2022, StandardEdition.Edition2013)
         from steps in Steps.ArrayOf().Resize(50)
         select Walk(policy, edition, steps)).ToArbitrary();

    private static Gen<WalkStep> Steps { get; } =
        from days in Gen.Elements(0, 0, 1, 3, 7, 14, 30, 45, 60, 90, 150, 200, 400)
        from pick in Gen.Choose(0, 1000)
        from variant in Gen.Choose(0, 3)
        from text in DocumentArbitraries.Text
        select new WalkStep(days, pick, variant, text);

    /// <summary>Walks a record from an application opened on 2 January 2024 (2023 for a 2013-edition application).</summary>
    public static CertificationRecordDocument Walk(CertificationBodyPolicy policy, StandardEdition edition, IEnumerable<WalkStep> steps)
    {
        var lifecycle = new CertificationLifecycle(new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 1, 2, 0, 0)), policy);
        var date = edition == StandardEdition.Edition2013 ? new LocalDate(2023, 1, 2) : new LocalDate(2024, 1, 2);
        var application = new CertificationApplication("Walker Ltd", "Random walks", 40, [new ApplicationSite("Head office", ["Development", "Support"], isCentralFunction: true)], "The whole company", edition);
        var record = CertificationRecord.Open(application, Noon(policy, date));
        var ids = 0;
        foreach (var step in steps)
        {
            date = date.PlusDays(step.Days);
            var at = Noon(policy, date);
            if (step.Pick % 7 == 0)
            {
                record = lifecycle.Advance(record, at);
                continue;
            }

            var permitted = lifecycle.NextSteps(record, at)
                .Where(s => s.IsPermitted && !s.IsTimeDriven && (step.Pick % 11 == 1 || s.Trigger is not (CertificationTrigger.DeclineApplication or CertificationTrigger.Refuse or CertificationTrigger.Withdraw)))
                .ToList();
            if (permitted.Count == 0)
            {
                continue;
            }

            var trigger = permitted[step.Pick % permitted.Count].Trigger;
            try
            {
                record = FireAny(lifecycle, record, trigger, Payload(record, trigger, step, date, ++ids), step.Pick % 3 == 0 ? PersonOf(step.Text) : Cb, step.Pick % 5 == 0 ? step.Text : null, at);
            }
            catch (CertificationException)
            {
                // A guard that depends on the payload (a late Stage 2, a finding that is not open): the walk goes on.
            }
        }

        return new CertificationRecordDocument(record, policy);
    }

    private static readonly PersonId Ada = new("Ada"), Rita = new("Rita"), Dana = new("Dana"), Otto = new("Otto"), Cb = new("cb");

    /// <summary>A person id made of the step's text (any well-formed text without surrounding white space, never "clock"), or "cb".</summary>
    private static PersonId PersonOf(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed == Actor.ClockName ? Cb : new PersonId(trimmed);
    }

    /// <summary>Fires a trigger chosen as data through its typed descriptor.</summary>
    private static CertificationRecord FireAny(CertificationLifecycle lifecycle, CertificationRecord record, CertificationTrigger trigger, TriggerPayload payload, PersonId actor, string? note, Instant at) =>
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
            var other => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, $"{other} is not a person's trigger."),
        };

    private static Instant Noon(CertificationBodyPolicy policy, LocalDate date) => date.At(new LocalTime(12, 0)).InZoneLeniently(policy.TimeZone).ToInstant();

    private static TriggerPayload Payload(CertificationRecord record, CertificationTrigger trigger, WalkStep step, LocalDate date, int n)
    {
        var v = step.Variant;
        Finding[] Findings() => v switch
        {
            0 => [new Finding(new FindingId($"M{n}"), FindingGrade.MajorNonconformity, "6.1.3", step.Text)],
            1 => [new Finding(new FindingId($"m{n}"), FindingGrade.MinorNonconformity, "A.8.8", "minor"), new Finding(new FindingId($"o{n}"), FindingGrade.Observation, "7.3", step.Text)],
            _ => [],
        };

        AuditReport Report(AuditKind kind) => new(kind, date.PlusDays(-1), date, Ada, Findings());
        var open = record.Findings.Where(f => f.Finding.IsNonconformity && f.Status is FindingStatus.Open or FindingStatus.ActionPlanAccepted).Select(f => f.Finding.Id).ToList();
        return trigger switch
        {
            CertificationTrigger.AcceptApplication => new ApplicationReview(date, Rita),
            CertificationTrigger.DeclineApplication => new ApplicationReview(date, Rita, step.Text),
            CertificationTrigger.PlanAudit => new AuditPlan(AuditKind.Surveillance, date.PlusDays(10), date.PlusDays(11), [new AuditTeamMember(Ada, AuditRole.LeadAuditor)], [4, 5, 6, 7, 8, 9, 10], Enum.GetValues<AnnexATheme>(), ["Head office"], ["Development", "Support"], 2.5m),
            CertificationTrigger.CompleteStage1 => v == 0
                ? new Stage1Report(date.PlusDays(-1), date, Ada, Stage1Outcome.NotReady, [new Stage1Gap("G1", "6.2", step.Text)])
                : new Stage1Report(date.PlusDays(-1), date, Ada, Stage1Outcome.Ready),
            CertificationTrigger.CompleteStage2 => Report(AuditKind.Stage2),
            CertificationTrigger.CompleteSurveillance => Report(AuditKind.Surveillance),
            CertificationTrigger.CompleteRecertificationAudit => Report(AuditKind.Recertification),
            CertificationTrigger.CompleteTransitionAudit => Report(AuditKind.Transition),
            CertificationTrigger.CompleteRestorationAudit => Report(AuditKind.Restoration),
            CertificationTrigger.VerifyCorrections => new CorrectionVerification(date, Ada, open.Count == 0 ? [new FindingId("none")] : open, v == 1 ? CorrectionOutcome.ActionPlanAccepted : CorrectionOutcome.Verified),
            CertificationTrigger.Grant => new CertificationDecision(date, Dana, v == 2 && record.Certificate is not null ? null : new CertificateNumber($"C-{n}")),
            CertificationTrigger.Refuse => new CertificationDecision(date, Dana, null, step.Text),
            CertificationTrigger.ExtendScope => new ScopeChange(date, $"Scope {n}", "growth", Report(AuditKind.Special)),
            CertificationTrigger.ReduceScope => new ScopeChange(date, $"Scope {n}", step.Text),
            CertificationTrigger.Transfer => new TransferRequest(date, Otto, $"CB {n}", new CertificateNumber($"T-{n}")),
            CertificationTrigger.Suspend => new SuspensionNotice(date, (SuspensionReason)(v % 5), step.Text),
            CertificationTrigger.Reinstate => new Reinstatement(date, "resolved"),
            CertificationTrigger.Withdraw => new WithdrawalNotice(date, (WithdrawalReason)(v % 5), step.Text),
            _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "time-driven"),
        };
    }
}
