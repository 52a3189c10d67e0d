using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

/// <summary>
/// The edge cases of ISO/IEC 17021-1:2015 and IAF MD 26 that an ISO/IEC 17021-1 / 27006-1 reading of the package found
/// (issue 13), each from its reproducer with explicit dates.
/// </summary>
public sealed class StandardEdgeCaseTests
{
    private readonly CertificationLifecycle _lifecycle = Engine();

    [Fact]
    public void A_calendar_year_without_an_audit_suspends_even_under_anniversary_timing()
    {
        // Decision 2024-02-01, first surveillance 2024-11-15: the CB's anniversary timing would put the second on
        // 2026-02-01, but ISO/IEC 17021-1:2015 9.1.3 wants an audit in every calendar year, so 2025 needs one.
        var record = Certified(_lifecycle, D(2024, 2, 1));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2024, 11, 15)), D(2024, 11, 15));

        var surveillance = _lifecycle.Deadlines(record, At(2025, 6, 1)).Single(d => d.Kind == DeadlineKind.Surveillance);
        Assert.Equal(D(2025, 12, 31), surveillance.DueDate);
        Assert.Equal(RuleSource.Standard, surveillance.Source);

        Assert.Equal(CertificationState.Active, _lifecycle.Advance(record, At(2025, 12, 31)).State);
        var advanced = _lifecycle.Advance(record, At(2026, 1, 2));

        Assert.Equal(CertificationState.Suspended, advanced.State);
        Assert.Equal(CertificationTrigger.SurveillanceMissed, advanced.History[^1].Trigger);
        Assert.Equal(D(2026, 1, 1), advanced.SuspendedOn);
        Assert.False(advanced.IsCertificateValidOn(D(2026, 1, 2)));
    }

    [Fact]
    public void The_CB_may_be_stricter_than_the_calendar_year_and_then_its_policy_sets_the_date()
    {
        // Decision 2024-06-14, first surveillance 2025-06-01: the standard allows the second until 2026-12-31; the
        // CB's anniversary timing wants it by 2026-06-14.
        var record = Certified(_lifecycle, D(2024, 6, 14));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 6, 1)), D(2025, 6, 1));

        var surveillance = _lifecycle.Deadlines(record, At(2025, 7, 1)).Single(d => d.Kind == DeadlineKind.Surveillance);

        Assert.Equal(D(2026, 6, 14), surveillance.DueDate);
        Assert.Equal(RuleSource.CertificationBodyPolicy, surveillance.Source);
    }

    [Fact]
    public void Calendar_year_timing_cannot_be_looser_than_the_standard()
    {
        // Calendar-year timing puts the second surveillance on 31 December of the year after next (2026-12-31); with
        // the first on 2024-11-15 the standard wants it by 2025-12-31, and the standard wins.
        var calendar = Engine(new CertificationBodyPolicy { SurveillanceTiming = SurveillanceTiming.CalendarYear });
        var record = Certified(calendar, D(2024, 2, 1));
        record = calendar.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2024, 11, 15)), D(2024, 11, 15));

        var surveillance = calendar.Deadlines(record, At(2025, 6, 1)).Single(d => d.Kind == DeadlineKind.Surveillance);

        Assert.Equal(D(2025, 12, 31), surveillance.DueDate);
        Assert.Equal(RuleSource.Standard, surveillance.Source);
        Assert.Equal(CertificationState.Suspended, calendar.Advance(record, At(2026, 1, 2)).State);
    }

    [Fact]
    public void The_first_surveillance_is_due_12_months_after_the_decision_not_after_the_last_Stage_2_day()
    {
        // Stage 2 ends 2024-03-02; the decision waits for a major's verification until 2024-05-30.
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"));
        record = _lifecycle.Fire(record, CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2024, 5, 20), P("Ada Lead"), [new Isms.Core.FindingId("NC-1")]), D(2024, 5, 20));
        record = _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 5, 30)), D(2024, 5, 30));

        Assert.Equal(D(2024, 3, 2), record.LastStage2Day);
        Assert.Equal(D(2025, 5, 30), _lifecycle.Deadlines(record, At(2024, 6, 1)).Single(d => d.Kind == DeadlineKind.Surveillance).DueDate);
        Assert.Equal(CertificationState.Active, _lifecycle.Advance(record, At(2025, 5, 30)).State);
        Assert.Equal(CertificationState.Suspended, _lifecycle.Advance(record, At(2025, 5, 31)).State);
    }

    [Fact]
    public void After_a_recertification_audit_the_next_calendar_year_needs_a_surveillance()
    {
        // Recertification audit 2026-12-09 (decided 2027-01-15, new cycle from 2027-02-28): 2027 needs an audit, so the
        // first surveillance of the new cycle is due by 2027-12-31, not on the cycle's anniversary (2028-02-28).
        var record = Certified(_lifecycle, D(2024, 2, 29));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 2, 12)), D(2025, 2, 12));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2026, 2, 11)), D(2026, 2, 11));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteRecertificationAudit, Report(AuditKind.Recertification, D(2026, 12, 9)), D(2026, 12, 9));
        record = _lifecycle.Fire(record, CertificationTriggers.Grant, new CertificationDecision(D(2027, 1, 15), P("Dana")), D(2027, 1, 15));

        var surveillance = _lifecycle.Deadlines(record, At(2027, 2, 1)).Single(d => d.Kind == DeadlineKind.Surveillance);

        Assert.Equal(D(2027, 2, 28), record.Certificate!.CycleStart);
        Assert.Equal((D(2027, 12, 31), RuleSource.Standard), (surveillance.DueDate, surveillance.Source));
    }

    [Fact]
    public void No_initial_audit_against_the_2013_edition_after_30_April_2024()
    {
        // IAF MD 26: a 2013-edition certificate granted on 2025-02-01 (Stage 2 a week before) was accepted.
        var ex = Assert.Throws<CertificationException>(() => Certified(_lifecycle, D(2025, 2, 1), StandardEdition.Edition2013));

        Assert.Equal(CertificationErrorCodes.TriggerNotPermitted, ex.Code);
        Assert.Contains("no initial audit against ISO/IEC 27001:2013 after 30 April 2024 (IAF MD 26)", ex.UnmetGuards);

        // The last day is allowed; the day after is not, for Stage 1 and for Stage 2.
        var record = CertificationRecord.Open(Application(StandardEdition.Edition2013), At(2024, 3, 1));
        record = _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 3, 1), P("Rita")), D(2024, 3, 1));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(D(2024, 4, 2)), D(2024, 4, 2));
        Assert.Equal(CertificationState.AwaitingDecision, _lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2024, 4, 30)), D(2024, 4, 30)).State);
        var stage2 = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2024, 5, 1)), D(2024, 5, 1)));
        var stage1 = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(D(2024, 5, 1)), D(2024, 5, 1)));
        Assert.Equal(CertificationTrigger.CompleteStage2, stage2.Trigger);
        Assert.Contains("no initial audit against ISO/IEC 27001:2013 after 30 April 2024 (IAF MD 26)", stage1.UnmetGuards);

        // The 2022 edition is not concerned.
        Assert.Equal(CertificationState.Active, Certified(_lifecycle, D(2025, 2, 1)).State);
    }

    [Fact]
    public void No_recertification_audit_against_the_2013_edition_after_30_April_2024_only_a_transition()
    {
        var record = Certified(_lifecycle, D(2021, 6, 1), StandardEdition.Edition2013);
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2022, 5, 10)), D(2022, 5, 10));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2023, 5, 10)), D(2023, 5, 10));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.CompleteRecertificationAudit, Report(AuditKind.Recertification, D(2024, 5, 1)), D(2024, 5, 1)));
        Assert.Contains("no recertification audit against ISO/IEC 27001:2013 after 30 April 2024 (IAF MD 26)", ex.UnmetGuards);

        Assert.Equal(CertificationState.RecertificationDecisionPending, _lifecycle.Fire(record, CertificationTriggers.CompleteRecertificationAudit, Report(AuditKind.Recertification, D(2024, 4, 30)), D(2024, 4, 30)).State);
        var transitioned = _lifecycle.Fire(record, CertificationTriggers.CompleteTransitionAudit, Report(AuditKind.Transition, D(2024, 5, 1)), D(2024, 5, 1));
        Assert.Equal(StandardEdition.Edition2022, transitioned.Certificate!.Edition);
        Assert.Equal(CertificationState.RecertificationDecisionPending, _lifecycle.Fire(transitioned, CertificationTriggers.CompleteRecertificationAudit, Report(AuditKind.Recertification, D(2024, 5, 2)), D(2024, 5, 2)).State);
    }

    [Fact]
    public void After_expiry_a_new_Stage_2_may_be_chosen_within_the_restoration_window()
    {
        // Expired on 2027-03-01; the restoration window runs to 2027-08-28. The client chooses a new Stage 2 on
        // 2027-04-15 instead of restoring: the lifecycle used to block it until the window closed.
        var record = _lifecycle.Advance(RecertificationAudited(D(2024, 2, 29)), At(2027, 3, 1));
        Assert.Equal(CertificationState.Expired, record.State);

        var step = _lifecycle.NextSteps(record, At(2027, 4, 15)).Single(s => s.Trigger == CertificationTrigger.CompleteStage2);
        Assert.True(step.IsPermitted);
        Assert.True(_lifecycle.NextSteps(record, At(2027, 4, 15)).Single(s => s.Trigger == CertificationTrigger.CompleteRestorationAudit).IsPermitted);

        record = _lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2027, 4, 15)), D(2027, 4, 15));
        record = _lifecycle.Fire(record, CertificationTriggers.Grant, new CertificationDecision(D(2027, 4, 30), P("Dana")), D(2027, 4, 30));

        Assert.Equal(CertificationState.Active, record.State);
        Assert.Equal(D(2027, 4, 30), record.Certificate!.CycleStart);
        Assert.Equal(D(2030, 4, 30), record.Certificate.ExpiryDate);
    }

    private CertificationRecord RecertificationAudited(NodaTime.LocalDate decision)
    {
        var record = Certified(_lifecycle, decision);
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, decision.PlusMonths(11)), decision.PlusMonths(11));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, decision.PlusMonths(23)), decision.PlusMonths(23));
        return _lifecycle.Fire(record, CertificationTriggers.CompleteRecertificationAudit, Report(AuditKind.Recertification, decision.PlusMonths(33)), decision.PlusMonths(33));
    }
}
