using NodaTime;

namespace Isms.Core.Monitoring;

/// <summary>
/// When something recurs (a control test, a measurement): an RFC 5545 recurrence rule (the RRULE value, e.g.
/// <c>FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15</c>), the first occurrence (DTSTART) as a local date and time, and the
/// IANA time zone the local times are in. Stored as text so that any calendar tool reads it; Isms.Evidence expands it.
/// <para>ISO/IEC 27001:2022 clause 9.1 c (when monitoring and measuring shall be performed).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RecurrenceSchedule
{
    /// <summary>The RFC 5545 RRULE value without the <c>RRULE:</c> prefix, e.g. <c>FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31</c>.</summary>
    /// <exception cref="IsmsException">Not an RRULE value (code <c>ISMS-CORE-008</c>).</exception>
    public required string Rule { get; init => field = RecurrenceRule.Check(value, "RecurrenceSchedule.Rule"); }

    /// <summary>The first occurrence (DTSTART), in <see cref="TimeZone"/>.</summary>
    public required LocalDateTime Start { get; init; }

    /// <summary>The IANA time zone of <see cref="Start"/> and of every occurrence, e.g. <c>Europe/Berlin</c>; <c>Etc/UTC</c> by default.</summary>
    /// <exception cref="IsmsException">Not a time zone NodaTime knows (code <c>ISMS-CORE-009</c>).</exception>
    public string TimeZone { get; init => field = Check.TimeZone(value, "RecurrenceSchedule.TimeZone"); } = "Etc/UTC";

    /// <summary>Days of grace after an occurrence before the activity counts as overdue (0 or more).</summary>
    public int GraceDays { get; init => field = Check.AtLeast(value, 0, "RecurrenceSchedule.GraceDays"); }

    /// <summary>Returns the rule as iCalendar text, e.g. <c>DTSTART;TZID=Europe/Berlin:20260115T090000 RRULE:FREQ=MONTHLY</c>.</summary>
    public override string ToString() =>
        $"DTSTART;TZID={TimeZone}:{Start.ToString("uuuuMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture)} RRULE:{Rule}";
}
