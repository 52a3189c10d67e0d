using Isms.Certification.Audits;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using NodaTime;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

/// <summary>
/// The lifecycle's public methods refuse a missing argument as a programming error (never a half-applied change), count
/// deadlines that are due (not yet overdue) in a summary, and never move a record backwards in time.
/// </summary>
public sealed class LifecycleArgumentTests
{
    private readonly CertificationLifecycle _lifecycle = Engine();

    [Fact]
    public void Every_public_method_refuses_a_missing_argument()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var review = new ApplicationReview(D(2024, 1, 2), P("rita"));
        var at = At(2024, 6, 1);

        Assert.Throws<ArgumentNullException>(() => _lifecycle.Fire(null!, CertificationTriggers.AcceptApplication, review, P("rita"), null, at));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.Fire(record, null!, review, P("rita"), null, at));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.Fire(record, CertificationTriggers.AcceptApplication, null!, P("rita"), null, at));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.Advance(null!, at));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.NextSteps(null!, at));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.Deadlines(null!, at));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.Summarize(null!, at));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.Replay(Application(), at, null!));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.Replay(null!, record.History[0]));
        Assert.Throws<ArgumentNullException>(() => _lifecycle.Replay(record, null!));
    }

    [Fact]
    public void A_summary_counts_deadlines_inside_the_due_window_as_due()
    {
        // Decision 2024-02-29: the first surveillance falls due within 12 months; 2025-01-15 is inside the 90-day window.
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var deadlines = _lifecycle.Deadlines(record, At(2025, 1, 15));

        var summary = _lifecycle.Summarize([record, record], At(2025, 1, 15));

        var due = deadlines.Count(d => d.Status == DeadlineStatus.Due);
        Assert.True(due > 0);
        Assert.Equal(2 * due, summary.Due);
        Assert.Equal(0, summary.Overdue);
        Assert.Equal(0, summary.RecordsWithOverdue);
        Assert.Equal(2 * deadlines.Length, summary.Total);
    }

    [Fact]
    public void Advancing_to_a_moment_before_the_last_event_returns_the_record_as_it_is()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));

        Assert.Same(record, _lifecycle.Advance(record, record.LastEventAt - Duration.FromDays(400)));
    }

    [Fact]
    public void Advancing_past_a_missed_deadline_fires_the_clock_exactly_once_per_deadline()
    {
        // No surveillance held: the certificate is suspended once the first surveillance is overdue, and advancing
        // again to the same moment changes nothing.
        var record = Certified(_lifecycle, D(2024, 2, 29));

        var advanced = _lifecycle.Advance(record, At(2025, 6, 1));
        var again = _lifecycle.Advance(advanced, At(2025, 6, 1));

        Assert.True(advanced.History.Count > record.History.Count);
        Assert.All(advanced.History.Skip(record.History.Count), e => Assert.True(CertificationTriggers.All.Single(t => t.Trigger == e.Trigger).IsTimeDriven));
        Assert.Equal(advanced.History.Count, again.History.Count);
    }
}
