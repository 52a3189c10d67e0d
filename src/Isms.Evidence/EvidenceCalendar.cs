using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Isms.Core;
using NodaTime;

namespace Isms.Evidence;

/// <summary>
/// The evidence calendar for people who live in their calendar application: the upcoming occurrences of control tests
/// and monitoring activities (from the same schedule expansion the readiness rules use), the last valid day of each
/// accepted evidence item, and the certification body's next audit, as all-day entries or as an RFC 5545 iCalendar.
/// A schedule that cannot be expanded is left out (readiness reports it as <c>RDY-EVD-007</c>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class EvidenceCalendar
{
    /// <summary>The product identifier written in the calendar's PRODID.</summary>
    public const string ProductId = "-//Isms.Core//Isms.Evidence//EN";

    /// <summary>The entries from <paramref name="from"/> to <paramref name="to"/> (both included), by date, then kind, then identifier.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="from">The first day, usually today.</param>
    /// <param name="to">The last day; <see langword="null"/> for one year after <paramref name="from"/> or the next audit, whichever is later.</param>
    /// <param name="options">The next audit and the expansion limit; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ImmutableArray<EvidenceCalendarEntry> Entries(InformationSecurityManagementSystem isms, LocalDate from, LocalDate? to = null, EvidenceOptions? options = null)
    {
        Guard.Against.Null(isms);
        options ??= EvidenceOptions.Default;
        var last = to ?? LocalDate.Max(from.PlusYears(1), options.NextAudit?.Date ?? from);
        if (last < from)
        {
            throw new ArgumentException($"The calendar's last day {Day(last)} is before its first day {Day(from)}.", nameof(to));
        }

        var entries = new List<EvidenceCalendarEntry>();
        foreach (var test in isms.ControlTests)
        {
            var controls = string.Join(", ", test.Controls.Select(c => c.Value).Concat(test.AppliedControls.Select(a => a.Value)));
            foreach (var date in Occurrences(test.Schedule, from, last, options))
            {
                entries.Add(new EvidenceCalendarEntry(
                    date,
                    EvidenceCalendarEntryKind.ControlTest,
                    $"control-test-{test.Id}-{Compact(date)}",
                    $"Control test {test.Id}: {test.Title}",
                    Lines(
                        test.Procedure,
                        controls.Length == 0 ? null : "Controls: " + controls,
                        test.SampleSize is { } n ? string.Create(CultureInfo.InvariantCulture, $"Sample size: {n}") : null,
                        test.Owner is { } owner ? "Owner: " + owner : null,
                        $"Due {Day(date)}, done by {Day(date.PlusDays(test.Schedule.GraceDays))} at the latest ({test.Schedule.Rule})")));
            }
        }

        foreach (var activity in isms.MonitoringActivities)
        {
            foreach (var date in Occurrences(activity.Schedule, from, last, options))
            {
                entries.Add(new EvidenceCalendarEntry(
                    date,
                    EvidenceCalendarEntryKind.Measurement,
                    $"measurement-{activity.Id}-{Compact(date)}",
                    $"Measure {activity.Id}: {activity.Subject}",
                    Lines(
                        activity.Method,
                        activity.Objectives.IsEmpty ? null : "Objectives: " + string.Join(", ", activity.Objectives),
                        activity.MeasuredBy is { } by ? "Measured by: " + by : null,
                        activity.EvaluatedBy is { } evaluator ? "Evaluated by: " + evaluator : null,
                        $"Due {Day(date)} ({activity.Schedule.Rule})")));
            }
        }

        foreach (var item in isms.Evidence)
        {
            if (item.IsAccepted && item.ValidUntil is { } until && until >= from && until <= last)
            {
                var supports = string.Join(", ", item.Controls.Select(c => c.Value).Concat(item.AppliedControls.Select(a => a.Value)));
                entries.Add(new EvidenceCalendarEntry(
                    until,
                    EvidenceCalendarEntryKind.EvidenceExpiry,
                    $"evidence-expiry-{item.Id}-{Compact(until)}",
                    $"Evidence {item.Id} expires: {item.Title}",
                    Lines(
                        $"Last valid day {Day(until)}; it covers {item.Period}.",
                        supports.Length == 0 ? null : "Supports: " + supports,
                        options.NextAudit is { } audit && until < audit.Date ? $"Renew it before the {audit.Description}." : null,
                        "Artefact: " + item.Artefact.Location)));
            }
        }

        if (options.NextAudit is { } next && next.Date >= from && next.Date <= last)
        {
            entries.Add(new EvidenceCalendarEntry(
                next.Date,
                EvidenceCalendarEntryKind.Audit,
                $"audit-{next.Kind}-{Compact(next.Date)}",
                char.ToUpperInvariant(next.Description[0]) + next.Description[1..],
                "The last day the certification body's audit may be held: evidence must cover the period audited and stay valid until then."));
        }

        return [.. entries.OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Uid, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The entries of <see cref="Entries"/> as an RFC 5545 iCalendar (VCALENDAR with one all-day VEVENT per entry,
    /// DTSTAMP the start of <paramref name="from"/> in UTC so the same input gives the same text).
    /// </summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="from">The first day, usually today.</param>
    /// <param name="to">The last day; <see langword="null"/> for one year after <paramref name="from"/> or the next audit, whichever is later.</param>
    /// <param name="options">The next audit and the expansion limit; <see langword="null"/> for the defaults.</param>
    /// <returns>The calendar's text, lines ending in CRLF.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static string ToICalendar(InformationSecurityManagementSystem isms, LocalDate from, LocalDate? to = null, EvidenceOptions? options = null)
    {
        var entries = Entries(isms, from, to, options);
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", $"ISMS evidence: {isms.Profile.LegalName}");
        var stamp = new CalDateTime(from.Year, from.Month, from.Day, 0, 0, 0, "UTC");
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid + "@isms-core",
                DtStamp = stamp,
                DtStart = new CalDateTime(entry.Date.Year, entry.Date.Month, entry.Date.Day),
                DtEnd = new CalDateTime(entry.Date.PlusDays(1).Year, entry.Date.PlusDays(1).Month, entry.Date.PlusDays(1).Day),
                Summary = entry.Summary,
                Description = entry.Description,
                Categories = [CategoryOf(entry.Kind)],
                Transparency = TransparencyType.Transparent,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static IEnumerable<LocalDate> Occurrences(Isms.Core.Monitoring.RecurrenceSchedule schedule, LocalDate from, LocalDate to, EvidenceOptions options)
    {
        try
        {
            return ScheduleCalendar.Occurrences(schedule, from, to, options.MaxOccurrences);
        }
        catch (IsmsException)
        {
            return [];
        }
    }

    private static string CategoryOf(EvidenceCalendarEntryKind kind) => kind switch
    {
        EvidenceCalendarEntryKind.ControlTest => "Control test",
        EvidenceCalendarEntryKind.Measurement => "Measurement",
        EvidenceCalendarEntryKind.EvidenceExpiry => "Evidence expiry",
        _ => "Audit",
    };

    private static string Lines(params string?[] lines) => string.Join("\n", lines.Where(l => l is not null));

    private static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Compact(LocalDate date) => date.ToString("uuuuMMdd", CultureInfo.InvariantCulture);
}
