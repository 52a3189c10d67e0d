using Isms.Core;
using Isms.Core.Monitoring;
using NodaTime;

namespace Isms.Evidence.Tests;

/// <summary>RFC 5545 schedules expanded on explicit dates: month ends, leap days, year ends, time zones and DST.</summary>
public sealed class ScheduleCalendarTests
{
    private static RecurrenceSchedule S(string rule, LocalDateTime start, string zone = "Etc/UTC", int grace = 0) =>
        new() { Rule = rule, Start = start, TimeZone = zone, GraceDays = grace };

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_monthly_rule_on_the_31st_skips_the_months_that_have_none()
    {
        var dates = ScheduleCalendar.Occurrences(S("FREQ=MONTHLY;BYMONTHDAY=31", new LocalDateTime(2026, 1, 31, 9, 0)), D(2026, 1, 1), D(2026, 12, 31));
        Assert.Equal([D(2026, 1, 31), D(2026, 3, 31), D(2026, 5, 31), D(2026, 7, 31), D(2026, 8, 31), D(2026, 10, 31), D(2026, 12, 31)], dates);
    }

    [Fact]
    public void The_last_day_of_february_is_the_29th_in_leap_years()
    {
        var dates = ScheduleCalendar.Occurrences(S("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", new LocalDateTime(2023, 2, 28, 0, 0)), D(2023, 1, 1), D(2029, 1, 1));
        Assert.Equal([D(2023, 2, 28), D(2024, 2, 29), D(2025, 2, 28), D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29)], dates);
    }

    [Fact]
    public void A_leap_day_start_recurs_only_on_leap_days()
    {
        var dates = ScheduleCalendar.Occurrences(S("FREQ=YEARLY", new LocalDateTime(2024, 2, 29, 12, 0)), D(2024, 1, 1), D(2032, 12, 31));
        Assert.Equal([D(2024, 2, 29), D(2028, 2, 29), D(2032, 2, 29)], dates);
    }

    [Fact]
    public void A_daily_rule_crosses_the_year_end_and_a_spring_forward_gap_without_losing_a_day()
    {
        var yearEnd = ScheduleCalendar.Occurrences(S("FREQ=DAILY;COUNT=3", new LocalDateTime(2026, 12, 31, 23, 30), "Pacific/Auckland"), D(2026, 1, 1), D(2027, 12, 31));
        Assert.Equal([D(2026, 12, 31), D(2027, 1, 1), D(2027, 1, 2)], yearEnd);

        // 02:30 does not exist in Berlin on 29 March 2026 (clocks jump from 02:00 to 03:00): the day still has its occurrence.
        var dst = ScheduleCalendar.Occurrences(S("FREQ=DAILY", new LocalDateTime(2026, 3, 28, 2, 30), "Europe/Berlin"), D(2026, 3, 28), D(2026, 3, 30));
        Assert.Equal([D(2026, 3, 28), D(2026, 3, 29), D(2026, 3, 30)], dst);
    }

    [Fact]
    public void Dates_are_local_to_the_schedules_zone_not_utc()
    {
        // 23:30 in Auckland on 15 January is 10:30 UTC the same day; 00:30 on the 16th in Auckland is still the 15th in UTC.
        var auckland = ScheduleCalendar.Occurrences(S("FREQ=MONTHLY;COUNT=2", new LocalDateTime(2026, 1, 16, 0, 30), "Pacific/Auckland"), D(2026, 1, 1), D(2026, 12, 31));
        Assert.Equal([D(2026, 1, 16), D(2026, 2, 16)], auckland);
        var honolulu = ScheduleCalendar.Occurrences(S("FREQ=WEEKLY;BYDAY=MO;COUNT=2", new LocalDateTime(2026, 1, 5, 23, 0), "Pacific/Honolulu"), D(2026, 1, 1), D(2026, 12, 31));
        Assert.Equal([D(2026, 1, 5), D(2026, 1, 12)], honolulu);
    }

    [Fact]
    public void The_latest_due_occurrence_counts_the_grace_days()
    {
        var quarterly = S("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", new LocalDateTime(2026, 1, 15, 9, 0), "Europe/Berlin", grace: 10);

        Assert.Null(ScheduleCalendar.LatestDue(quarterly, D(2026, 1, 25)));
        Assert.Equal(new DueOccurrence(D(2026, 1, 15), null, 10), ScheduleCalendar.LatestDue(quarterly, D(2026, 1, 26)));
        Assert.Equal(new DueOccurrence(D(2026, 1, 15), null, 10), ScheduleCalendar.LatestDue(quarterly, D(2026, 4, 25)));
        Assert.Equal(new DueOccurrence(D(2026, 4, 15), D(2026, 1, 15), 10), ScheduleCalendar.LatestDue(quarterly, D(2026, 4, 26)));
        Assert.Equal(new DueOccurrence(D(2026, 10, 15), D(2026, 7, 15), 10), ScheduleCalendar.LatestDue(quarterly, D(2027, 1, 1)));
        Assert.Equal(D(2027, 1, 15), ScheduleCalendar.Next(quarterly, D(2026, 10, 16)));
    }

    [Fact]
    public void Work_counts_for_a_due_occurrence_when_done_after_the_previous_ones_grace_period()
    {
        var due = new DueOccurrence(D(2026, 4, 15), D(2026, 1, 15), 10);
        Assert.Equal(D(2026, 1, 25), due.OpensAfter);
        Assert.False(due.IsSatisfiedBy(D(2026, 1, 25), D(2026, 5, 1)));
        Assert.True(due.IsSatisfiedBy(D(2026, 1, 26), D(2026, 5, 1)));
        Assert.True(new DueOccurrence(D(2026, 1, 15), null, 10).IsSatisfiedBy(D(2020, 1, 1), D(2026, 5, 1)));
        Assert.True(due.IsSatisfiedBy(D(2026, 4, 30), D(2026, 5, 1)));
        Assert.False(due.IsSatisfiedBy(D(2026, 5, 2), D(2026, 5, 1)));
    }

    [Fact]
    public void A_rule_the_library_cannot_expand_is_a_coded_error_naming_the_rule()
    {
        var ex = Assert.Throws<IsmsException>(() => ScheduleCalendar.LatestDue(S("FREQ=WEEKLY;BYDAY=XX", new LocalDateTime(2026, 1, 1, 0, 0)), D(2026, 6, 1)));
        Assert.Equal((EvidenceErrorCodes.ScheduleNotExpandable, "FREQ=WEEKLY;BYDAY=XX"), (ex.Code, ex.Error.Value));
    }

    [Fact]
    public void A_rule_denser_than_the_limit_is_refused_instead_of_walked_for_ever()
    {
        var ex = Assert.Throws<IsmsException>(() => ScheduleCalendar.LatestDue(S("FREQ=HOURLY", new LocalDateTime(2020, 1, 1, 0, 0)), D(2026, 1, 1), maxOccurrences: 500));
        Assert.Equal(EvidenceErrorCodes.TooManyOccurrences, ex.Code);
    }
}
