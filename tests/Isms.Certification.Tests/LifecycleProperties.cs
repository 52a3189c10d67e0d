using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using NodaTime;
using static Isms.Certification.Tests.Samples;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Certification.Tests;

/// <summary>
/// One random step: a trigger (or a clock advance), days since the previous step, a variant choosing the payload, and
/// a pick: most steps fire one of the triggers the machine permits (chosen by the pick), the rest fire the raw trigger.
/// </summary>
public sealed record Step(CertificationTrigger Trigger, int Days, int Variant, int Pick);

public static class LifecycleArbitraries
{
    // The happy path appears several times so that random walks reach certification, surveillance and beyond.
    private static readonly CertificationTrigger[] Weighted =
    [
        .. CertificationTriggers.All.Select(t => t.Trigger),
        CertificationTrigger.AcceptApplication, CertificationTrigger.AcceptApplication,
        CertificationTrigger.CompleteStage1, CertificationTrigger.CompleteStage1, CertificationTrigger.CompleteStage1,
        CertificationTrigger.CompleteStage2, CertificationTrigger.CompleteStage2, CertificationTrigger.CompleteStage2,
        CertificationTrigger.VerifyCorrections, CertificationTrigger.VerifyCorrections, CertificationTrigger.VerifyCorrections,
        CertificationTrigger.Grant, CertificationTrigger.Grant, CertificationTrigger.Grant, CertificationTrigger.Grant,
        CertificationTrigger.CompleteSurveillance, CertificationTrigger.CompleteSurveillance, CertificationTrigger.CompleteSurveillance,
        CertificationTrigger.CompleteRecertificationAudit, CertificationTrigger.CompleteRecertificationAudit,
        CertificationTrigger.Reinstate, CertificationTrigger.CompleteRestorationAudit, CertificationTrigger.Transfer,
    ];

    public static Arbitrary<Step[]> Steps() =>
        Gen.Elements(Weighted)
            .SelectMany(t => Gen.Elements(0, 0, 1, 3, 7, 14, 21, 30, 30, 45, 60, 90, 150, 400), (t, d) => (t, d))
            .SelectMany(p => Gen.Choose(0, 3), (p, v) => (p.t, p.d, v))
            .SelectMany(p => Gen.Choose(0, 1000), (p, pick) => new Step(p.t, p.d, p.v, pick))
            .ArrayOf()
            .Resize(60)
            .ToArbitrary();
}

public sealed class LifecycleProperties
{
    private static readonly CertificationLifecycle Lifecycle = Engine();

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 200)]
    public bool Never_certified_with_an_open_major(Step[] steps) =>
        Walk(steps, (before, after, trigger) =>
            trigger != CertificationTrigger.Grant || (before.OpenMajorCount == 0 && after.OpenMajorCount == 0 && after.State == CertificationState.Active));

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 200)]
    public bool No_Stage_2_before_a_ready_Stage_1(Step[] steps) =>
        Walk(steps, (before, after, trigger) =>
            !(trigger == CertificationTrigger.CompleteStage2 && before.State != CertificationState.Expired)
            || (before.State == CertificationState.AwaitingStage2 && after.Stage1Reports.Count > 0 && after.Stage1Reports[^1].Outcome == Stage1Outcome.Ready));

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 200)]
    public bool A_certificate_is_never_valid_after_expiry_or_while_suspended(Step[] steps) =>
        Walk(steps, (_, after, _) =>
        {
            if (after.Certificate is not { } certificate)
            {
                return !after.IsCertificateValidOn(after.LastEventDate ?? D(2024, 1, 1));
            }

            var day = after.LastEventDate!.Value;
            return !after.IsCertificateValidOn(certificate.ExpiryDate.PlusDays(1))
                && (after.State is not (CertificationState.Suspended or CertificationState.Withdrawn or CertificationState.Expired) || !after.IsCertificateValidOn(day))
                && (!after.IsCertificateValidOn(day) || day <= certificate.ExpiryDate);
        });

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 150)]
    public bool Replaying_the_history_rebuilds_the_record(Step[] steps)
    {
        var record = Run(steps, (_, _, _) => true, out var ok);
        return ok && Lifecycle.Replay(record.Application, record.OpenedAt, record.History).Equals(record);
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 150)]
    public bool A_rejected_trigger_changes_nothing(Step[] steps)
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));
        var date = D(2024, 1, 2);
        var ids = 0;
        foreach (var step in steps)
        {
            date = date.PlusDays(step.Days);
            if (CertificationTriggers.Of(step.Trigger).IsTimeDriven)
            {
                continue;
            }

            var snapshot = Copy(record);
            var stepsBefore = Lifecycle.NextSteps(record, Noon(date));
            try
            {
                record = Lifecycle.FireAny(record, step.Trigger, Payload(record, step, date, ref ids), P("prop"), null, Noon(date));
            }
            catch (CertificationException)
            {
                if (!record.Equals(snapshot) || !Lifecycle.NextSteps(record, Noon(date)).SequenceEqual(stepsBefore))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 150)]
    public bool The_history_is_in_order_and_chained(Step[] steps)
    {
        var record = Run(steps, (_, _, _) => true, out var ok);
        var chained = record.History.Zip(record.History.Skip(1)).All(p => p.First.To == p.Second.From && p.First.At <= p.Second.At && p.First.On <= p.Second.On);
        return ok && chained && (record.History.IsEmpty || record.History[^1].To == record.State);
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 150)]
    public bool A_certificate_stays_valid_only_while_every_calendar_year_since_the_last_audit_has_one(Step[] steps, byte extraMonths)
    {
        // ISO/IEC 17021-1:2015 9.1.3: surveillance at least once a calendar year, except in recertification years.
        var record = Run(steps, (_, _, _) => true, out var ok);
        if (record.LastEventDate is not { } last)
        {
            return ok;
        }

        var asOf = last.PlusMonths(extraMonths % 30);
        var advanced = Lifecycle.Advance(record, asOf.AtStartOfDayInZone(DateTimeZone.Utc).PlusHours(12).ToInstant());
        var lastAudit = advanced.Audits.Where(a => a.Kind is AuditKind.Stage2 or AuditKind.Surveillance or AuditKind.Recertification or AuditKind.Restoration).Select(a => a.LastDay).DefaultIfEmpty().Max();
        var inSurveillancePart = advanced.State is CertificationState.Active or CertificationState.CorrectionsPending && advanced.SurveillancesInCycle < 2;
        return ok && (!inSurveillancePart || asOf.Year <= lastAudit.Year + 1);
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 100)]
    public bool Only_time_driven_events_are_the_clock_s_and_swapping_the_kind_of_actor_is_refused(Step[] steps)
    {
        var record = Run(steps, (_, _, _) => true, out var ok);
        var before = CertificationRecord.Open(record.Application, record.OpenedAt);
        foreach (var e in record.History)
        {
            var timeDriven = CertificationTriggers.Of(e.Trigger).IsTimeDriven;
            if (e.Actor.IsClock != timeDriven)
            {
                return false;
            }

            var swapped = e with { Actor = timeDriven ? Actor.Of(P("someone")) : Actor.Clock };
            try
            {
                Lifecycle.Replay(before, swapped);
                return false;
            }
            catch (CertificationException ex) when (ex.Code == CertificationErrorCodes.InvalidActor && ex.EventIndex == before.History.Count)
            {
            }

            before = Lifecycle.Replay(before, e);
        }

        return ok;
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 100)]
    public bool A_tampered_event_is_refused_with_its_index_and_the_error_data(Step[] steps, int pick)
    {
        var record = Run(steps, (_, _, _) => true, out var ok);
        if (record.History.IsEmpty)
        {
            return ok;
        }

        var index = (int)((uint)pick % (uint)record.History.Count);
        var e = record.History[index];
        var other = e.To == CertificationState.Withdrawn ? CertificationState.Refused : CertificationState.Withdrawn;
        var tampered = record.History.SetItem(index, e with { To = other });
        try
        {
            Lifecycle.Replay(record.Application, record.OpenedAt, tampered);
            return false;
        }
        catch (CertificationException ex)
        {
            return ok
                && ex.EventIndex == index
                && ex.InnerException is CertificationException { EventIndex: null } inner
                && inner.Errors.SequenceEqual(ex.Errors)
                && ex.Code == CertificationErrorCodes.ReplayMismatch
                && ex.Member == nameof(CertificationEvent.To)
                && ex.Value == other.ToString();
        }
    }

    private static bool Walk(Step[] steps, Func<CertificationRecord, CertificationRecord, CertificationTrigger, bool> invariant)
    {
        Run(steps, invariant, out var ok);
        return ok;
    }

    private static CertificationRecord Run(Step[] steps, Func<CertificationRecord, CertificationRecord, CertificationTrigger, bool> invariant, out bool ok)
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));
        var date = D(2024, 1, 2);
        var ids = 0;
        ok = true;
        foreach (var step in steps)
        {
            date = date.PlusDays(step.Days);
            var before = record;
            var trigger = step.Trigger;
            if (step.Pick % 4 != 0 && !CertificationTriggers.Of(trigger).IsTimeDriven)
            {
                // Ending triggers (decline, refuse, withdraw) only now and then, so that walks get far.
                var permitted = Lifecycle.NextSteps(record, Noon(date))
                    .Where(s => s.IsPermitted && !s.IsTimeDriven && (step.Pick % 9 == 1 || s.Trigger is not (CertificationTrigger.DeclineApplication or CertificationTrigger.Refuse or CertificationTrigger.Withdraw)))
                    .ToList();
                if (permitted.Count > 0)
                {
                    trigger = permitted[step.Pick % permitted.Count].Trigger;
                }
            }

            if (CertificationTriggers.Of(trigger).IsTimeDriven)
            {
                record = Lifecycle.Advance(record, Noon(date));
                foreach (var e in record.History.Skip(before.History.Count))
                {
                    ok &= invariant(before, record, e.Trigger);
                }

                continue;
            }

            try
            {
                record = Lifecycle.FireAny(record, trigger, Payload(record, step with { Trigger = trigger }, date, ref ids), P("prop"), null, Noon(date));
            }
            catch (CertificationException)
            {
                continue;
            }

            // The fired trigger is the last event; time-driven events before it were applied first.
            var advanced = record.History.Count - before.History.Count > 1 ? Lifecycle.Replay(record.Application, record.OpenedAt, record.History.Take(record.History.Count - 1)) : before;
            ok &= invariant(advanced, record, trigger);
        }

        return record;
    }

    private static Instant Noon(LocalDate date) => date.AtStartOfDayInZone(DateTimeZone.Utc).PlusHours(12).ToInstant();

    private static CertificationRecord Copy(CertificationRecord record) => Lifecycle.Replay(record.Application, record.OpenedAt, record.History);

    private static TriggerPayload Payload(CertificationRecord record, Step step, LocalDate date, ref int ids)
    {
        var v = step.Variant;
        var n = ++ids;
        Finding[] Findings() => v switch
        {
            0 => [Major($"M{n}")],
            1 => [Minor($"m{n}")],
            _ => [],
        };

        return step.Trigger switch
        {
            CertificationTrigger.AcceptApplication => new ApplicationReview(date, P("Rita")),
            CertificationTrigger.DeclineApplication => new ApplicationReview(date, P("Rita"), "declined"),
            CertificationTrigger.PlanAudit => new AuditPlan(AuditKind.Stage2, date.PlusDays(10), date.PlusDays(12), [new AuditTeamMember(P("Ada"), AuditRole.LeadAuditor)], [4, 5, 6, 7, 8, 9, 10], Enum.GetValues<AnnexATheme>(), ["Leeds head office"], ["Development"], 10m),
            CertificationTrigger.CompleteStage1 => Stage1(date, ready: v != 0),
            CertificationTrigger.CompleteStage2 => Report(AuditKind.Stage2, date, Findings()),
            CertificationTrigger.CompleteSurveillance => Report(AuditKind.Surveillance, date, Findings()),
            CertificationTrigger.CompleteRecertificationAudit => Report(AuditKind.Recertification, date, Findings()),
            CertificationTrigger.CompleteTransitionAudit => Report(AuditKind.Transition, date, Findings()),
            CertificationTrigger.CompleteRestorationAudit => Report(AuditKind.Restoration, date, Findings()),
            CertificationTrigger.VerifyCorrections => new CorrectionVerification(
                date,
                P("Ada"),
                record.Findings.Where(f => f.Finding.IsNonconformity && f.Status is FindingStatus.Open or FindingStatus.ActionPlanAccepted).Select(f => f.Finding.Id).DefaultIfEmpty(new FindingId("none")),
                v == 1 ? CorrectionOutcome.ActionPlanAccepted : CorrectionOutcome.Verified),
            CertificationTrigger.Grant => Decision(date, $"C-{n}"),
            CertificationTrigger.Refuse => new CertificationDecision(date, P("Dana"), null, "not effective"),
            CertificationTrigger.ExtendScope => new ScopeChange(date, $"Scope {n}", "growth", Report(AuditKind.Special, date, Findings())),
            CertificationTrigger.ReduceScope => new ScopeChange(date, $"Scope {n}", "sold a unit"),
            CertificationTrigger.Transfer => new TransferRequest(date, P("Otto"), $"CB {n}", new CertificateNumber($"T-{n}")),
            CertificationTrigger.Suspend => new SuspensionNotice(date, SuspensionReason.ClientRequest, "asked"),
            CertificationTrigger.Reinstate => new Reinstatement(date, "resolved"),
            CertificationTrigger.Withdraw => new WithdrawalNotice(date, WithdrawalReason.ClientRequest, "asked"),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Trigger, "time-driven"),
        };
    }
}
