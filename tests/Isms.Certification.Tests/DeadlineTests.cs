using Isms.Certification.Audits;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

public sealed class DeadlineTests
{
    private readonly CertificationLifecycle _lifecycle = Engine();

    [Fact]
    public void After_a_grant_on_29_February_2024_the_first_surveillance_is_due_by_28_February_2025()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var deadlines = _lifecycle.Deadlines(record, At(2024, 3, 1));

        var surveillance = deadlines.Single(d => d.Kind == DeadlineKind.Surveillance);
        Assert.Equal(D(2025, 2, 28), surveillance.DueDate);
        Assert.Equal(DeadlineStatus.Upcoming, surveillance.Status);
        Assert.Equal(RuleSource.Standard, surveillance.Source);
        Assert.Equal(CertificationTrigger.SurveillanceMissed, surveillance.Consequence);
        var expiry = deadlines.Single(d => d.Kind == DeadlineKind.Expiry);
        Assert.Equal(D(2027, 2, 28), expiry.DueDate);
    }

    [Fact]
    public void A_deadline_is_due_within_the_window_and_overdue_the_day_after()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        Assert.Equal(DeadlineStatus.Upcoming, Status(record, At(2024, 11, 29)));
        Assert.Equal(DeadlineStatus.Due, Status(record, At(2024, 11, 30)));
        Assert.Equal(DeadlineStatus.Due, Status(record, At(2025, 2, 28)));
        Assert.Equal(DeadlineStatus.Overdue, Status(record, At(2025, 3, 1)));
    }

    [Fact]
    public void The_second_surveillance_follows_the_anniversary_by_default_and_31_December_under_calendar_year_timing()
    {
        var record = Certified(_lifecycle, D(2024, 6, 14));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 6, 1)), D(2025, 6, 1));

        Assert.Equal(D(2026, 6, 14), _lifecycle.Deadlines(record, At(2025, 7, 1)).Single(d => d.Kind == DeadlineKind.Surveillance).DueDate);
        var calendar = Engine(new CertificationBodyPolicy { SurveillanceTiming = SurveillanceTiming.CalendarYear });
        Assert.Equal(D(2026, 12, 31), calendar.Deadlines(record, At(2025, 7, 1)).Single(d => d.Kind == DeadlineKind.Surveillance).DueDate);
    }

    [Fact]
    public void After_two_surveillance_audits_only_recertification_and_expiry_remain()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 2, 10)), D(2025, 2, 10));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2026, 2, 10)), D(2026, 2, 10));

        var kinds = _lifecycle.Deadlines(record, At(2026, 3, 1)).Select(d => d.Kind).ToList();

        Assert.Equal([DeadlineKind.RecertificationAudit, DeadlineKind.Expiry], kinds);
        Assert.Equal(D(2026, 12, 30), _lifecycle.Deadlines(record, At(2026, 3, 1))[0].DueDate);
    }

    [Fact]
    public void Open_initial_majors_show_the_CB_days_and_the_6_month_limit()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"));

        var deadlines = _lifecycle.Deadlines(record, At(2024, 3, 5));

        Assert.Equal(D(2024, 5, 31), deadlines.Single(d => d.Kind == DeadlineKind.MajorsClosure).DueDate);
        var limit = deadlines.Single(d => d.Kind == DeadlineKind.InitialMajorsVerification);
        Assert.Equal(D(2024, 9, 2), limit.DueDate);
        Assert.Equal(RuleSource.Standard, limit.Source);
    }

    [Fact]
    public void A_suspension_shows_the_cap_and_a_2013_certificate_shows_the_IAF_MD_26_cut_off()
    {
        var record = Certified(_lifecycle, D(2023, 6, 1), Applications.StandardEdition.Edition2013);
        record = _lifecycle.Fire(record, CertificationTriggers.Suspend, new SuspensionNotice(D(2023, 9, 1), SuspensionReason.SeriousFailure, "Repeated incidents"), D(2023, 9, 1));

        var deadlines = _lifecycle.Deadlines(record, At(2023, 9, 2));

        Assert.Equal(D(2024, 3, 1), deadlines.Single(d => d.Kind == DeadlineKind.SuspensionCap).DueDate);
        Assert.Equal(D(2025, 10, 31), deadlines.Single(d => d.Kind == DeadlineKind.EditionTransition).DueDate);
    }

    [Fact]
    public void After_expiry_the_restoration_window_closes_6_months_later()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 2, 10)), D(2025, 2, 10));
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2026, 2, 10)), D(2026, 2, 10));
        record = _lifecycle.Advance(record, At(2027, 3, 1));

        Assert.Equal(CertificationState.Expired, record.State);
        Assert.Equal(D(2027, 8, 28), _lifecycle.Deadlines(record, At(2027, 3, 1)).Single(d => d.Kind == DeadlineKind.RestorationWindow).DueDate);
    }

    [Fact]
    public void Summaries_count_due_and_overdue_deadlines_over_many_records()
    {
        var fresh = Certified(_lifecycle, D(2024, 2, 29));
        var records = new[] { fresh, fresh, ToAwaitingDecision(_lifecycle, D(2024, 1, 2)) };

        var summary = _lifecycle.Summarize(records, At(2025, 3, 1));

        Assert.Equal(2, summary.RecordsWithOverdue);
        Assert.Equal(2, summary.Overdue);
        Assert.Equal(6, summary.Total);
    }

    [Fact]
    public void Advance_before_any_deadline_returns_the_same_record()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        Assert.Same(record, _lifecycle.Advance(record, At(2024, 6, 1)));
    }

    private DeadlineStatus Status(CertificationRecord record, NodaTime.Instant asOf) =>
        _lifecycle.Deadlines(record, asOf).Single(d => d.Kind == DeadlineKind.Surveillance).Status;
}
