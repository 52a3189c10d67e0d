using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using NodaTime;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

/// <summary>
/// The clock fires a time-driven event the day after a deadline, never on the deadline itself: on its due date an
/// obligation is still met in time (ISO/IEC 17021-1 counts the whole day).
/// </summary>
public sealed class DeadlineBoundaryTests
{
    private readonly CertificationLifecycle _lifecycle = Engine();

    private static Instant Noon(LocalDate day) => day.At(new LocalTime(12, 0)).InUtc().ToInstant();

    private LocalDate Due(CertificationRecord record, DeadlineKind kind) =>
        _lifecycle.Deadlines(record, record.LastEventAt).Single(d => d.Kind == kind).DueDate;

    [Fact]
    public void A_missed_surveillance_suspends_the_certificate_the_day_after_it_was_due()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var due = Due(record, DeadlineKind.Surveillance);

        Assert.Equal(CertificationState.Active, _lifecycle.Advance(record, Noon(due)).State);
        Assert.Equal(CertificationState.Suspended, _lifecycle.Advance(record, Noon(due.PlusDays(1))).State);
    }

    [Fact]
    public void An_unresolved_suspension_leads_to_withdrawal_the_day_after_the_cap()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var suspended = _lifecycle.Advance(record, Noon(Due(record, DeadlineKind.Surveillance).PlusDays(1)));
        var cap = Due(suspended, DeadlineKind.SuspensionCap);

        Assert.Equal(CertificationState.Suspended, _lifecycle.Advance(suspended, Noon(cap)).State);
        Assert.Equal(CertificationState.Withdrawn, _lifecycle.Advance(suspended, Noon(cap.PlusDays(1))).State);
    }

    [Fact]
    public void Stage_2_not_held_within_the_CB_s_interval_lapses_the_day_after_the_window_ends()
    {
        var start = D(2024, 1, 2);
        var record = CertificationRecord.Open(Application(), Noon(start));
        record = _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(start, P("Rita")), start);
        record = _lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Stage1(start.PlusDays(10)), start.PlusDays(10));
        var end = Due(record, DeadlineKind.Stage2Window);

        var onTheDay = _lifecycle.Advance(record, Noon(end));
        var after = _lifecycle.Advance(record, Noon(end.PlusDays(1)));

        Assert.Equal(record.State, onTheDay.State);
        Assert.NotEqual(record.State, after.State);
        Assert.Equal(record.History.Count + 1, after.History.Count);
    }

    [Fact]
    public void Initial_majors_not_verified_are_superseded_the_day_after_the_six_month_limit()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Major("NC-1"));
        var limit = Due(record, DeadlineKind.InitialMajorsVerification);

        Assert.Equal(1, _lifecycle.Advance(record, Noon(limit)).OpenMajorCount);
        var lapsed = _lifecycle.Advance(record, Noon(limit.PlusDays(1)));
        Assert.Equal(0, lapsed.OpenMajorCount);
        Assert.Contains(lapsed.Findings, f => f.Status == Audits.FindingStatus.Superseded && f.ClosedOn == limit.PlusDays(1));
    }
}
