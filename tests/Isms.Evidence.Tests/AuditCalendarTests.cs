using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using Isms.Certification.Tests;
using NodaTime;

namespace Isms.Evidence.Tests;

/// <summary>The next audit comes from a real certification record driven through the lifecycle on explicit dates.</summary>
public sealed class AuditCalendarTests
{
    [Fact]
    public void After_stage_1_the_next_audit_is_the_end_of_the_stage_2_window()
    {
        var lifecycle = Samples.Engine();
        var start = new LocalDate(2026, 1, 5);
        var record = CertificationRecord.Open(Samples.Application(), start.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new Isms.Certification.Lifecycle.ApplicationReview(start, Samples.P("Rita Reviewer")), start);
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage1, Samples.Stage1(start.PlusDays(30)), start.PlusDays(30));

        var next = AuditCalendar.NextAudit(lifecycle, record, Samples.At(2026, 2, 10));

        Assert.NotNull(next);
        Assert.Equal(DeadlineKind.Stage2Window, next.Kind);
        Assert.Equal(lifecycle.Deadlines(record, Samples.At(2026, 2, 10)).Single(d => d.Kind == DeadlineKind.Stage2Window).DueDate, next.Date);
    }

    [Fact]
    public void With_a_certificate_the_next_audit_is_the_surveillance_and_an_open_application_has_none()
    {
        var lifecycle = Samples.Engine();
        var start = new LocalDate(2026, 1, 5);
        var record = Samples.ToAwaitingDecision(lifecycle, start);
        record = lifecycle.Fire(record, CertificationTriggers.Grant, Samples.Decision(start.PlusDays(75)), start.PlusDays(75));

        var next = AuditCalendar.NextAudit(lifecycle, record, Samples.At(2026, 4, 1));
        Assert.Equal(DeadlineKind.Surveillance, next!.Kind);
        Assert.True(next.Date <= start.PlusDays(75).PlusMonths(12));

        var open = CertificationRecord.Open(Samples.Application(), Samples.At(2026, 1, 5));
        Assert.Null(AuditCalendar.NextAudit(lifecycle, open, Samples.At(2026, 1, 6)));
    }

    [Fact]
    public void The_earliest_audit_deadline_wins_and_other_deadlines_are_ignored()
    {
        var d = new LocalDate(2027, 3, 1);
        var deadlines = new[]
        {
            new Deadline(DeadlineKind.Expiry, d.PlusDays(-100), DeadlineStatus.Upcoming, RuleSource.Standard, "expiry", null),
            new Deadline(DeadlineKind.RecertificationAudit, d.PlusDays(10), DeadlineStatus.Upcoming, RuleSource.CertificationBodyPolicy, "recert", null),
            new Deadline(DeadlineKind.Surveillance, d, DeadlineStatus.Upcoming, RuleSource.Standard, "surv", null),
        };
        Assert.Equal(new UpcomingAudit(DeadlineKind.Surveillance, d), AuditCalendar.NextAudit(deadlines));
    }
}
