using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using NodaTime;
using static Isms.Certification.Tests.Samples;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Certification.Tests;

public sealed class LifecycleTests
{
    private readonly CertificationLifecycle _lifecycle = Engine();

    [Fact]
    public void A_new_record_starts_in_applied_with_an_empty_history()
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));

        Assert.Equal(CertificationState.Applied, record.State);
        Assert.Empty(record.History);
        Assert.Null(record.Certificate);
    }

    [Fact]
    public void A_grant_on_29_February_2024_issues_a_certificate_expiring_28_February_2027()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var certificate = record.Certificate!;
        Assert.Equal(CertificationState.Active, record.State);
        Assert.Equal(D(2024, 2, 29), certificate.IssueDate);
        Assert.Equal(D(2027, 2, 28), certificate.ExpiryDate);
        Assert.Equal(D(2024, 2, 29), certificate.CycleStart);
        Assert.Equal(new CertificateNumber("ISMS-0042"), certificate.Number);
        Assert.Equal(Application().ScopeStatement, certificate.Scope);
    }

    [Fact]
    public void A_grant_on_31_December_expires_three_years_later_on_31_December()
    {
        var record = Certified(_lifecycle, D(2025, 12, 31));

        Assert.Equal(D(2028, 12, 31), record.Certificate!.ExpiryDate);
        Assert.True(record.IsCertificateValidOn(D(2028, 12, 31)));
        Assert.False(record.IsCertificateValidOn(D(2029, 1, 1)));
    }

    [Fact]
    public void Stage_2_before_a_ready_Stage_1_is_refused_naming_state_and_trigger()
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));
        record = _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 2), P("Rita")), D(2024, 1, 2));

        var ex = Assert.Throws<CertificationException>(() =>
            _lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2024, 2, 1)), D(2024, 2, 1)));

        Assert.Equal(CertificationErrorCodes.TriggerNotPermitted, ex.Code);
        Assert.Equal(CertificationState.AwaitingStage1, ex.State);
        Assert.Equal(CertificationTrigger.CompleteStage2, ex.Trigger);
        Assert.Equal(nameof(CertificationRecord), ex.EntityKind);
        Assert.Equal(nameof(CertificationRecord.State), ex.Member);
        Assert.Null(ex.EventIndex);
        Assert.Contains("AwaitingStage1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CompleteStage2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_1_not_ready_keeps_the_organisation_out_of_Stage_2_until_a_repeat_concludes_ready()
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));
        record = _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 2), P("Rita")), D(2024, 1, 2));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(D(2024, 1, 20), ready: false), D(2024, 1, 20));
        Assert.Equal(CertificationState.Stage1NotReady, record.State);
        Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2024, 2, 1)), D(2024, 2, 1)));

        record = _lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(D(2024, 2, 20)), D(2024, 2, 20));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2024, 3, 1)), D(2024, 3, 1));

        Assert.Equal(CertificationState.AwaitingDecision, record.State);
        Assert.Equal(2, record.Stage1Reports.Count);
    }

    [Fact]
    public void Grant_with_an_open_major_is_refused_with_the_guard_description_and_the_record_is_unchanged()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"));
        var before = record;

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 3, 10)), D(2024, 3, 10)));

        Assert.Contains(ex.UnmetGuards, g => g.Contains("no major nonconformity is open", StringComparison.Ordinal));
        Assert.Contains("no major nonconformity is open", ex.Message, StringComparison.Ordinal);
        Assert.Same(before, record);
        Assert.Equal(CertificationState.AwaitingDecision, record.State);
        Assert.Equal(1, record.OpenMajorCount);
    }

    [Fact]
    public void A_major_verified_then_allows_the_grant()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"), Minor("NC-2"));
        record = _lifecycle.Fire(record, CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2024, 3, 20), P("Ada Lead"), [new FindingId("NC-1")]), D(2024, 3, 20));
        record = _lifecycle.Fire(record, CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2024, 3, 20), P("Ada Lead"), [new FindingId("NC-2")], CorrectionOutcome.ActionPlanAccepted), D(2024, 3, 20));

        record = _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 3, 25)), D(2024, 3, 25));

        Assert.Equal(CertificationState.Active, record.State);
        Assert.Equal(0, record.OpenMajorCount);
    }

    [Fact]
    public void An_action_plan_alone_does_not_close_a_major()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"));
        record = _lifecycle.Fire(record, CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2024, 3, 20), P("Ada Lead"), [new FindingId("NC-1")], CorrectionOutcome.ActionPlanAccepted), D(2024, 3, 20));

        Assert.Equal(1, record.OpenMajorCount);
        Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 3, 25)), D(2024, 3, 25)));
    }

    [Fact]
    public void An_open_minor_without_an_action_plan_blocks_the_grant()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Minor("NC-2"));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 3, 10)), D(2024, 3, 10)));

        Assert.Contains(ex.UnmetGuards, g => g.Contains("minor", StringComparison.Ordinal));
    }

    [Fact]
    public void Majors_not_verified_within_6_months_of_the_last_Stage_2_day_require_a_new_Stage_2()
    {
        // Stage 2 ends 2024-03-02; six months later is 2024-09-02; on 2024-09-03 the time-driven transition fires.
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"));
        Assert.Equal(D(2024, 3, 2), record.LastStage2Day);

        Assert.Equal(CertificationState.AwaitingDecision, _lifecycle.Advance(record, At(2024, 9, 2)).State);
        var lapsed = _lifecycle.Advance(record, At(2024, 9, 3));

        Assert.Equal(CertificationState.AwaitingStage2, lapsed.State);
        var e = lapsed.History[^1];
        Assert.Equal(CertificationTrigger.MajorVerificationLapsed, e.Trigger);
        Assert.Equal(Actor.Clock, e.Actor);
        Assert.Equal(D(2024, 9, 3), e.On);
        Assert.Equal(0, lapsed.OpenMajorCount);

        var again = _lifecycle.Fire(lapsed, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2024, 10, 1)), D(2024, 10, 1));
        Assert.Equal(CertificationState.AwaitingDecision, again.State);
    }

    [Fact]
    public void Stage_2_outside_the_CB_interval_after_Stage_1_is_refused_and_Stage_1_lapses()
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));
        record = _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 2), P("Rita")), D(2024, 1, 2));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(D(2024, 1, 31)), D(2024, 1, 31));

        var steps = _lifecycle.NextSteps(record, At(2024, 8, 1));
        var stage2 = steps.Single(s => s.Trigger == CertificationTrigger.CompleteStage2);
        Assert.False(stage2.IsPermitted);
        Assert.Contains(stage2.UnmetGuards, g => g.Contains("CB policy", StringComparison.Ordinal));

        var lapsed = _lifecycle.Advance(record, At(2024, 8, 1));
        Assert.Equal(CertificationState.AwaitingStage1, lapsed.State);
        Assert.Equal(CertificationTrigger.Stage2WindowLapsed, lapsed.History[^1].Trigger);
        Assert.Equal(D(2024, 8, 1), lapsed.History[^1].On);
    }

    [Fact]
    public void Without_a_CB_interval_Stage_2_may_follow_Stage_1_a_year_later()
    {
        var lifecycle = Engine(new CertificationBodyPolicy { MaxStage1ToStage2Interval = null });
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 2), P("Rita")), D(2024, 1, 2));
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(D(2024, 1, 31)), D(2024, 1, 31));

        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2025, 1, 31)), D(2025, 1, 31));

        Assert.Equal(CertificationState.AwaitingDecision, record.State);
    }

    [Fact]
    public void A_missed_first_surveillance_suspends_the_day_after_the_anniversary_of_the_decision()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        Assert.Equal(CertificationState.Active, _lifecycle.Advance(record, At(2025, 2, 28)).State);
        var suspended = _lifecycle.Advance(record, At(2025, 3, 1));

        Assert.Equal(CertificationState.Suspended, suspended.State);
        Assert.Equal(D(2025, 3, 1), suspended.SuspendedOn);
        Assert.Equal(SuspensionReason.SurveillanceMissed, suspended.SuspensionReason);
        Assert.False(suspended.IsCertificateValidOn(D(2025, 3, 1)));
    }

    [Fact]
    public void A_suspension_unresolved_past_the_CB_cap_withdraws_the_certificate()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var withdrawn = _lifecycle.Advance(record, At(2025, 9, 2));

        Assert.Equal(CertificationState.Withdrawn, withdrawn.State);
        Assert.Equal(
            [CertificationTrigger.SurveillanceMissed, CertificationTrigger.SuspensionCapReached],
            withdrawn.History.Where(e => e.Actor == Actor.Clock).Select(e => e.Trigger));
        Assert.Equal(D(2025, 9, 2), withdrawn.History[^1].On);
    }

    [Fact]
    public void A_surveillance_held_while_suspended_allows_reinstatement()
    {
        var record = _lifecycle.Advance(Certified(_lifecycle, D(2024, 2, 29)), At(2025, 3, 1));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 3, 20)), D(2025, 3, 20));

        record = _lifecycle.Fire(record, CertificationTriggers.Reinstate, new Reinstatement(D(2025, 3, 25), "Surveillance held 2025-03-20"), D(2025, 3, 25));

        Assert.Equal(CertificationState.Active, record.State);
        Assert.Null(record.SuspendedOn);
        Assert.True(record.IsCertificateValidOn(D(2025, 3, 25)));
    }

    [Fact]
    public void Reinstatement_with_the_surveillance_still_overdue_is_refused_with_the_reason()
    {
        var record = _lifecycle.Advance(Certified(_lifecycle, D(2024, 2, 29)), At(2025, 3, 1));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.Reinstate, new Reinstatement(D(2025, 3, 5), "asked"), D(2025, 3, 5)));

        Assert.Contains("no surveillance audit is overdue", ex.UnmetGuards);
    }

    [Fact]
    public void Surveillance_majors_not_closed_within_the_CB_days_suspend()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 2, 10), Major("S1-NC-1")), D(2025, 2, 10));
        Assert.Equal(CertificationState.CorrectionsPending, record.State);
        Assert.True(record.IsCertificateValidOn(D(2025, 2, 11)));

        var suspended = _lifecycle.Advance(record, At(2025, 5, 12));

        Assert.Equal(CertificationState.Suspended, suspended.State);
        Assert.Equal(SuspensionReason.MajorsNotClosed, suspended.SuspensionReason);
        Assert.Equal(D(2025, 5, 12), suspended.SuspendedOn);
    }

    [Fact]
    public void Verifying_the_surveillance_major_returns_to_active()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 2, 10), Major("S1-NC-1")), D(2025, 2, 10));

        record = _lifecycle.Fire(record, CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2025, 3, 1), P("Ada Lead"), [new FindingId("S1-NC-1")]), D(2025, 3, 1));

        Assert.Equal(CertificationState.Active, record.State);
        Assert.Equal(1, record.SurveillancesInCycle);
    }

    [Fact]
    public void Recertification_decided_before_expiry_continues_from_the_old_expiry()
    {
        var record = FullCycleToRecertificationAudit(D(2024, 2, 29));

        record = _lifecycle.Fire(record, CertificationTriggers.Grant, new CertificationDecision(D(2027, 1, 20), P("Dana")), D(2027, 1, 20));

        Assert.Equal(CertificationState.Active, record.State);
        Assert.Equal(D(2030, 2, 28), record.Certificate!.ExpiryDate);
        Assert.Equal(D(2027, 1, 20), record.Certificate.IssueDate);
        Assert.Equal(D(2027, 2, 28), record.Certificate.CycleStart);
        Assert.Equal(0, record.SurveillancesInCycle);
    }

    [Fact]
    public void A_certificate_expires_the_day_after_its_expiry_date_without_a_recertification_decision()
    {
        var record = FullCycleToRecertificationAudit(D(2024, 2, 29));

        Assert.Equal(CertificationState.RecertificationDecisionPending, _lifecycle.Advance(record, At(2027, 2, 28)).State);
        var expired = _lifecycle.Advance(record, At(2027, 3, 1));

        Assert.Equal(CertificationState.Expired, expired.State);
        Assert.False(expired.IsCertificateValidOn(D(2027, 2, 28)));
    }

    [Fact]
    public void After_expiry_restoration_within_6_months_keeps_the_old_cycle()
    {
        var record = _lifecycle.Advance(FullCycleToRecertificationAudit(D(2024, 2, 29)), At(2027, 3, 1));

        record = _lifecycle.Fire(record, CertificationTriggers.CompleteRestorationAudit, Report(AuditKind.Restoration, D(2027, 8, 28)), D(2027, 8, 28));
        record = _lifecycle.Fire(record, CertificationTriggers.Grant, new CertificationDecision(D(2027, 8, 28), P("Dana")), D(2027, 8, 28));

        Assert.Equal(CertificationState.Active, record.State);
        Assert.Equal(D(2027, 8, 28), record.Certificate!.IssueDate);
        Assert.Equal(D(2030, 2, 28), record.Certificate.ExpiryDate);
    }

    [Fact]
    public void After_the_6_month_window_restoration_is_refused_and_a_new_Stage_2_starts_a_new_cycle()
    {
        var record = _lifecycle.Advance(FullCycleToRecertificationAudit(D(2024, 2, 29)), At(2027, 3, 1));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.CompleteRestorationAudit, Report(AuditKind.Restoration, D(2027, 8, 29)), D(2027, 8, 29)));
        Assert.Contains(ex.UnmetGuards, g => g.Contains("6 months", StringComparison.Ordinal));

        record = _lifecycle.Fire(record, CertificationTriggers.CompleteStage2, Report(AuditKind.Stage2, D(2027, 9, 15)), D(2027, 9, 15));
        record = _lifecycle.Fire(record, CertificationTriggers.Grant, new CertificationDecision(D(2027, 9, 30), P("Dana")), D(2027, 9, 30));

        Assert.Equal(D(2030, 9, 30), record.Certificate!.ExpiryDate);
        Assert.Equal(new CertificateNumber("ISMS-0042"), record.Certificate.Number);
    }

    [Fact]
    public void Transfer_moves_a_valid_certificate_to_the_new_body_and_keeps_the_cycle()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var moved = _lifecycle.Fire(record, CertificationTriggers.Transfer, new TransferRequest(D(2024, 6, 1), P("Otto"), "Other CB", new CertificateNumber("OCB-7")), D(2024, 6, 1));

        Assert.Equal(CertificationState.Active, moved.State);
        Assert.Equal("Other CB", moved.Certificate!.CertificationBody);
        Assert.Equal(new CertificateNumber("OCB-7"), moved.Certificate.Number);
        Assert.Equal(record.Certificate!.ExpiryDate, moved.Certificate.ExpiryDate);
        Assert.Equal(record.Certificate.CycleStart, moved.Certificate.CycleStart);
    }

    [Fact]
    public void A_suspended_certificate_cannot_be_transferred()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        record = _lifecycle.Fire(record, CertificationTriggers.Suspend, new SuspensionNotice(D(2024, 5, 1), SuspensionReason.ClientRequest, "Client asked"), D(2024, 5, 1));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.Transfer, new TransferRequest(D(2024, 6, 1), P("Otto"), "Other CB", new CertificateNumber("OCB-7")), D(2024, 6, 1)));

        Assert.Equal(CertificationState.Suspended, ex.State);
    }

    [Fact]
    public void A_certificate_with_an_open_major_cannot_be_transferred()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 1, 10), Major("S-1")), D(2025, 1, 10));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.Transfer, new TransferRequest(D(2025, 1, 20), P("Otto"), "Other CB", new CertificateNumber("OCB-7")), D(2025, 1, 20)));

        Assert.Contains(ex.UnmetGuards, g => g.Contains("major", StringComparison.Ordinal));
    }

    [Fact]
    public void A_2013_edition_certificate_is_invalid_after_31_October_2025_and_withdrawn()
    {
        var record = Certified(_lifecycle, D(2023, 6, 1), StandardEdition.Edition2013);
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2024, 5, 1)), D(2024, 5, 1));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 5, 1)), D(2025, 5, 1));

        Assert.True(record.IsCertificateValidOn(D(2025, 10, 31)));
        Assert.False(record.IsCertificateValidOn(D(2025, 11, 1)));
        var withdrawn = _lifecycle.Advance(record, At(2025, 11, 1));

        Assert.Equal(CertificationState.Withdrawn, withdrawn.State);
        Assert.Equal(CertificationTrigger.EditionWithdrawn, withdrawn.History[^1].Trigger);
    }

    [Fact]
    public void A_transition_audit_moves_a_2013_certificate_to_the_2022_edition_with_the_same_expiry()
    {
        var record = Certified(_lifecycle, D(2023, 6, 1), StandardEdition.Edition2013);

        record = _lifecycle.Fire(record, CertificationTriggers.CompleteTransitionAudit, Report(AuditKind.Transition, D(2024, 4, 10)), D(2024, 4, 10));

        Assert.Equal(StandardEdition.Edition2022, record.Certificate!.Edition);
        Assert.Equal(D(2026, 6, 1), record.Certificate.ExpiryDate);
        Assert.True(record.IsCertificateValidOn(D(2025, 11, 1)));
    }

    [Fact]
    public void Scope_extension_needs_a_special_audit_without_majors_and_reduction_changes_the_scope()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var badAudit = new ScopeChange(D(2024, 9, 1), "Payroll and HR platforms", "New product", Report(AuditKind.Special, D(2024, 9, 1), Major("SP-1")));
        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.ExtendScope, badAudit, D(2024, 9, 1)));
        Assert.Contains("a special audit with no major nonconformity supports the extension", ex.UnmetGuards);

        var extended = _lifecycle.Fire(record, CertificationTriggers.ExtendScope, new ScopeChange(D(2024, 9, 1), "Payroll and HR platforms", "New product", Report(AuditKind.Special, D(2024, 9, 1))), D(2024, 9, 1));
        Assert.Equal("Payroll and HR platforms", extended.Certificate!.Scope);

        var reduced = _lifecycle.Fire(extended, CertificationTriggers.ReduceScope, new ScopeChange(D(2024, 10, 1), "Payroll platform", "HR product sold"), D(2024, 10, 1));
        Assert.Equal("Payroll platform", reduced.Certificate!.Scope);
        Assert.Equal(record.Certificate!.ExpiryDate, reduced.Certificate.ExpiryDate);
    }

    [Fact]
    public void An_extension_without_a_special_audit_report_is_a_payload_error()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.ExtendScope, new ScopeChange(D(2024, 9, 1), "Bigger", "Growth"), D(2024, 9, 1)));

        Assert.Equal(CertificationErrorCodes.InvalidPayload, ex.Code);
        Assert.Equal(nameof(ScopeChange), ex.EntityKind);
        Assert.Equal(nameof(ScopeChange.SpecialAudit), ex.Member);
    }

    [Fact]
    public void An_event_dated_before_the_last_event_is_refused_naming_the_dates()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2024, 2, 1)), D(2024, 3, 10)));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
        Assert.Equal(nameof(TriggerPayload.EffectiveDate), ex.Member);
        Assert.Equal("2024-02-01", ex.Value);
    }

    [Fact]
    public void A_report_dated_after_the_instant_it_is_recorded_is_refused()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var ex = Assert.Throws<CertificationException>(() =>
            _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2024, 6, 1)), P("tester"), null, At(2024, 5, 1)));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
    }

    [Fact]
    public void A_report_of_the_wrong_audit_kind_is_refused_with_ISMS_CERT_008_naming_the_member()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Special, D(2024, 5, 1)), D(2024, 5, 1)));

        Assert.Equal(CertificationErrorCodes.InvalidPayload, ex.Code);
        Assert.Equal(nameof(AuditReport), ex.EntityKind);
        Assert.Equal(nameof(AuditReport.Kind), ex.Member);
        Assert.Equal(nameof(AuditKind.Special), ex.Value);
    }

    [Fact]
    public void A_stored_event_whose_payload_is_of_another_type_than_its_trigger_is_refused_on_replay()
    {
        // The typed Fire makes this a compile error; a history is data, so replay checks it through the same descriptor.
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var surveillance = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2024, 5, 1)), D(2024, 5, 1));
        var wrong = surveillance.History[^1] with { Payload = Decision(D(2024, 5, 1)) };

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record, wrong));

        Assert.Equal(CertificationErrorCodes.InvalidPayload, ex.Code);
        Assert.Equal(nameof(CertificationEvent.Payload), ex.Member);
        Assert.Equal(nameof(CertificationDecision), ex.Value);
        Assert.Equal(record.History.Count, ex.EventIndex);
    }

    [Fact]
    public void Time_driven_triggers_have_no_person_descriptor_and_a_stored_one_with_a_payload_or_a_person_is_refused()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var suspended = _lifecycle.Advance(record, At(2025, 3, 1));
        var missed = suspended.History[^1];
        Assert.Equal(CertificationTrigger.SurveillanceMissed, missed.Trigger);
        Assert.IsType<ClockTrigger>(CertificationTriggers.Of(CertificationTrigger.SurveillanceMissed));

        var withPayload = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record, missed with { Payload = Decision(missed.On) }));
        var byPerson = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record, missed with { Actor = Actor.Of(P("j.smith")) }));

        Assert.Equal(CertificationErrorCodes.InvalidPayload, withPayload.Code);
        Assert.Equal(CertificationErrorCodes.InvalidActor, byPerson.Code);
        Assert.Equal(nameof(CertificationEvent.Actor), byPerson.Member);
        Assert.Equal("j.smith", byPerson.Value);
    }

    [Fact]
    public void A_person_s_event_recorded_with_the_clock_as_actor_is_refused_on_replay()
    {
        // Issue 13: a Grant with "actor": "clock" was accepted. Only time-driven events are the clock's.
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2));
        var granted = _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 3, 10)), D(2024, 3, 10));
        var byClock = granted.History[^1] with { Actor = Actor.Clock };

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record, byClock));

        Assert.Equal(CertificationErrorCodes.InvalidActor, ex.Code);
        Assert.Equal(nameof(CertificationEvent.Actor), ex.Member);
        Assert.Equal(Actor.ClockName, ex.Value);
        Assert.Equal(3, ex.EventIndex);
    }

    [Fact]
    public void The_person_id_clock_is_reserved_and_an_empty_actor_is_refused()
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));

        var clock = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 2), P("Rita")), P("clock"), null, At(2024, 1, 2)));
        var empty = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 2), P("Rita")), default, null, At(2024, 1, 2)));

        Assert.Equal(CertificationErrorCodes.InvalidActor, clock.Code);
        Assert.Equal("clock", clock.Value);
        Assert.Equal(CertificationErrorCodes.InvalidActor, empty.Code);
        Assert.Empty(record.History);
    }

    [Fact]
    public void Verifying_an_unknown_finding_names_it()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2024, 3, 5), P("Ada"), [new FindingId("NC-9")]), D(2024, 3, 5)));

        Assert.Equal(CertificationErrorCodes.InvalidPayload, ex.Code);
        Assert.Equal("Findings[0]", ex.Member);
        Assert.Equal("NC-9", ex.Value);
    }

    [Fact]
    public void Declining_needs_a_reason_and_ends_the_application()
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));
        Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.DeclineApplication, new ApplicationReview(D(2024, 1, 3), P("Rita")), D(2024, 1, 3)));

        var declined = _lifecycle.Fire(record, CertificationTriggers.DeclineApplication, new ApplicationReview(D(2024, 1, 3), P("Rita"), "Scope excludes the only site"), D(2024, 1, 3));

        Assert.Equal(CertificationState.Declined, declined.State);
        Assert.All(_lifecycle.NextSteps(declined, At(2024, 1, 4)), s => Assert.False(s.IsPermitted));
    }

    [Fact]
    public void Next_steps_list_every_trigger_with_the_unmet_guards()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"));

        var steps = _lifecycle.NextSteps(record, At(2024, 3, 5));

        Assert.Equal(Enum.GetValues<CertificationTrigger>().Length, steps.Length);
        var grant = steps.Single(s => s.Trigger == CertificationTrigger.Grant);
        Assert.False(grant.IsPermitted);
        Assert.Contains("no major nonconformity is open (correction and corrective action verified)", grant.UnmetGuards);
        Assert.True(steps.Single(s => s.Trigger == CertificationTrigger.VerifyCorrections).IsPermitted);
        Assert.True(steps.Single(s => s.Trigger == CertificationTrigger.Refuse).IsPermitted);
        Assert.True(steps.Single(s => s.Trigger == CertificationTrigger.MajorVerificationLapsed).IsTimeDriven);
    }

    [Fact]
    public void Every_transition_appends_an_event_with_instant_trigger_states_actor_and_note()
    {
        var record = CertificationRecord.Open(Application(), At(2024, 1, 2));

        var accepted = _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 3), P("Rita")), P("rita@cb"), "complete form", At(2024, 1, 3));

        var e = Assert.Single(accepted.History);
        Assert.Equal(At(2024, 1, 3), e.At);
        Assert.Equal(CertificationTrigger.AcceptApplication, e.Trigger);
        Assert.Equal(CertificationState.Applied, e.From);
        Assert.Equal(CertificationState.AwaitingStage1, e.To);
        Assert.Equal(Actor.Of(P("rita@cb")), e.Actor);
        Assert.Equal(P("rita@cb"), e.Actor.Person);
        Assert.Equal("complete form", e.Note);
    }

    [Fact]
    public void Replaying_the_history_of_a_full_cycle_rebuilds_the_same_record()
    {
        var record = _lifecycle.Advance(FullCycleToRecertificationAudit(D(2024, 2, 29)), At(2027, 3, 1));

        var replayed = _lifecycle.Replay(record.Application, record.OpenedAt, record.History);

        Assert.Equal(record, replayed);
    }

    [Fact]
    public void Replaying_a_tampered_history_fails_with_ISMS_CERT_009()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var tampered = record.History.SetItem(1, record.History[1] with { To = CertificationState.Stage1NotReady });

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record.Application, record.OpenedAt, tampered));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(1, ex.EventIndex);
        Assert.Equal(nameof(CertificationEvent.To), ex.Member);
        Assert.Equal(nameof(CertificationState.Stage1NotReady), ex.Value);
    }

    [Fact]
    public void Replaying_events_whose_dates_go_back_in_time_fails_with_ISMS_CERT_004_naming_the_event()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var swapped = record.History.SetItem(2, record.History[2] with { At = record.History[1].At - Duration.FromHours(1) });

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record.Application, record.OpenedAt, swapped));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
        Assert.Equal(2, ex.EventIndex);
        Assert.Equal(nameof(CertificationEvent.At), ex.Member);
        var inner = Assert.IsType<CertificationException>(ex.InnerException);
        Assert.Null(inner.EventIndex);
        Assert.Equal(inner.Errors, ex.Errors);
    }

    [Fact]
    public void Replaying_a_history_that_leaves_out_a_time_driven_event_fails_with_ISMS_CERT_009()
    {
        // Grant on 29 Feb 2024, no surveillance: the clock suspends on 1 Mar 2025 and withdraws six months later.
        var record = _lifecycle.Advance(Certified(_lifecycle, D(2024, 2, 29)), At(2025, 12, 1));
        var missed = record.History.FindIndex(e => e.Trigger == CertificationTrigger.SurveillanceMissed);
        Assert.True(missed > 0);
        var withoutIt = record.History.RemoveAt(missed);

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record.Application, record.OpenedAt, withoutIt));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(missed, ex.EventIndex);
    }

    [Fact]
    public void Replaying_a_time_driven_event_before_its_deadline_fails_with_ISMS_CERT_009()
    {
        var record = _lifecycle.Advance(Certified(_lifecycle, D(2024, 2, 29)), At(2025, 4, 1));
        var missed = record.History.FindIndex(e => e.Trigger == CertificationTrigger.SurveillanceMissed);
        var early = record.History.SetItem(missed, record.History[missed] with { On = record.History[missed].On.PlusDays(-10), At = record.History[missed].At - Duration.FromDays(10) });

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record.Application, record.OpenedAt, early));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(missed, ex.EventIndex);
        Assert.Equal(nameof(CertificationEvent.On), ex.Member);
    }

    [Fact]
    public void Replaying_a_payload_the_engine_would_refuse_fails_with_its_code()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var grant = record.History.FindIndex(e => e.Trigger == CertificationTrigger.Grant);
        var refused = record.History.SetItem(grant - 1, record.History[grant - 1] with { Trigger = CertificationTrigger.Refuse, Payload = new CertificationDecision(record.History[grant - 1].On, P("Dana")) });

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record.Application, record.OpenedAt, refused));

        Assert.Equal(grant - 1, ex.EventIndex);
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public void Replaying_one_event_at_a_time_rebuilds_the_record()
    {
        var record = _lifecycle.Advance(FullCycleToRecertificationAudit(D(2024, 2, 29)), At(2027, 3, 1));

        var replayed = record.History.Aggregate(CertificationRecord.Open(record.Application, record.OpenedAt), _lifecycle.Replay);

        Assert.Equal(record, replayed);
    }

    [Fact]
    public void The_lifecycle_uses_the_clock_it_is_given()
    {
        var clock = new NodaTime.Testing.FakeClock(At(2024, 1, 2));
        var lifecycle = new CertificationLifecycle(clock);
        var record = lifecycle.Open(Application());
        clock.AdvanceDays(1);

        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 3), P("Rita")), P("rita"));

        Assert.Equal(At(2024, 1, 2), record.OpenedAt);
        Assert.Equal(At(2024, 1, 3), record.History[0].At);
    }

    [Fact]
    public void Audit_plans_are_validated_when_recorded()
    {
        var record = _lifecycle.Fire(CertificationRecord.Open(Application(), At(2024, 1, 2)), CertificationTriggers.AcceptApplication, new ApplicationReview(D(2024, 1, 2), P("Rita")), D(2024, 1, 2));
        var plan = new AuditPlan(AuditKind.Stage2, D(2024, 3, 1), D(2024, 3, 3), [new AuditTeamMember(P("Bob"), AuditRole.Auditor)], [4, 5, 6, 7, 8, 9, 10], Enum.GetValues<AnnexATheme>(), ["Leeds head office"], ["Development"], 9m);

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.PlanAudit, plan, D(2024, 1, 5)));

        Assert.Equal(CertificationErrorCodes.InvalidAuditPlan, ex.Code);
        var error = Assert.Single(ex.Errors);
        Assert.Equal(nameof(AuditPlan), error.EntityKind);
        Assert.Equal(nameof(AuditPlan.Team), error.Member);
    }

    internal CertificationRecord FullCycleToRecertificationAudit(LocalDate decision)
    {
        var record = Certified(_lifecycle, decision);
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, decision.PlusMonths(11)), decision.PlusMonths(11));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, decision.PlusMonths(23)), decision.PlusMonths(23));
        return _lifecycle.Fire(record, CertificationTriggers.CompleteRecertificationAudit, Report(AuditKind.Recertification, decision.PlusMonths(33)), decision.PlusMonths(33));
    }
}
