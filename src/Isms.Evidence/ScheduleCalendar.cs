using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Isms.Core;
using Isms.Core.Monitoring;
using NodaTime;

namespace Isms.Evidence;

/// <summary>
/// Expands a <see cref="RecurrenceSchedule"/> (RFC 5545 RRULE, DTSTART, IANA zone) into the local dates of its
/// occurrences with Ical.Net, and answers the question every monitoring rule asks: which occurrence is the latest one
/// whose grace period has ended, and which came before it.
/// </summary>
/// <threadsafety>Stateless and thread-safe: each call builds its own calendar objects.</threadsafety>
public static class ScheduleCalendar
{
    /// <summary>The local dates (in the schedule's zone) of the occurrences from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="maxOccurrences">The most occurrences to return before refusing.</param>
    /// <exception cref="IsmsException">The rule cannot be expanded (<c>ISMS-EVD-001</c>) or gives more than <paramref name="maxOccurrences"/> (<c>ISMS-EVD-002</c>).</exception>
    public static ImmutableArray<LocalDate> Occurrences(RecurrenceSchedule schedule, LocalDate from, LocalDate to, int maxOccurrences = 100_000)
    {
        Guard.Against.Null(schedule);
        var result = ImmutableArray.CreateBuilder<LocalDate>();
        LocalDate? last = null;
        foreach (var date in Expand(schedule, from, maxOccurrences))
        {
            if (date > to)
            {
                break;
            }

            // Several occurrences on one day (FREQ=HOURLY) are one due date.
            if (date >= from && date != last)
            {
                if (result.Count == maxOccurrences)
                {
                    throw TooMany(schedule, maxOccurrences);
                }

                result.Add(date);
                last = date;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The latest occurrence due on or before <paramref name="asOf"/> counting the grace days (its date plus
    /// <see cref="RecurrenceSchedule.GraceDays"/> is before <paramref name="asOf"/>), with the occurrence before it;
    /// <see langword="null"/> when nothing is due yet.
    /// </summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <param name="maxOccurrences">The most occurrences to walk before refusing.</param>
    /// <exception cref="IsmsException">The rule cannot be expanded (<c>ISMS-EVD-001</c>) or is too dense (<c>ISMS-EVD-002</c>).</exception>
    public static DueOccurrence? LatestDue(RecurrenceSchedule schedule, LocalDate asOf, int maxOccurrences = 100_000)
    {
        Guard.Against.Null(schedule);
        LocalDate? due = null;
        LocalDate? previous = null;
        var walked = 0;
        foreach (var date in Expand(schedule, null, maxOccurrences))
        {
            if (date.PlusDays(schedule.GraceDays) >= asOf)
            {
                break;
            }

            if (date == due)
            {
                continue;
            }

            if (++walked > maxOccurrences)
            {
                throw TooMany(schedule, maxOccurrences);
            }

            previous = due;
            due = date;
        }

        return due is { } d ? new DueOccurrence(d, previous, schedule.GraceDays) : null;
    }

    /// <summary>The next occurrence on or after <paramref name="from"/>, or <see langword="null"/> when the rule has ended.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The first day to look at.</param>
    /// <exception cref="IsmsException">The rule cannot be expanded (<c>ISMS-EVD-001</c>).</exception>
    public static LocalDate? Next(RecurrenceSchedule schedule, LocalDate from)
    {
        Guard.Against.Null(schedule);
        foreach (var date in Expand(schedule, from, 1))
        {
            if (date >= from)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The occurrences' local dates from DTSTART (or from <paramref name="from"/>), lazily, in order.</summary>
    private static IEnumerable<LocalDate> Expand(RecurrenceSchedule schedule, LocalDate? from, int maxOccurrences)
    {
        IEnumerator<Occurrence> occurrences;
        try
        {
            var start = schedule.Start;
            var calendarEvent = new CalendarEvent
            {
                DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second, schedule.TimeZone),
            };
            calendarEvent.RecurrenceRule = new RecurrencePattern(schedule.Rule);
            var first = from is { } f && f > start.Date
                ? new CalDateTime(f.Year, f.Month, f.Day, 0, 0, 0, schedule.TimeZone)
                : null;
            occurrences = calendarEvent.GetOccurrences(first, null).GetEnumerator();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or NotSupportedException or OverflowException)
        {
            throw NotExpandable(schedule, ex);
        }

        using (occurrences)
        {
            while (true)
            {
                LocalDate date;
                try
                {
                    if (!occurrences.MoveNext())
                    {
                        yield break;
                    }

                    var at = occurrences.Current.Period.StartTime;
                    date = new LocalDate(at.Year, at.Month, at.Day);
                }
                catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or NotSupportedException or OverflowException or Ical.Net.Evaluation.EvaluationLimitExceededException)
                {
                    throw NotExpandable(schedule, ex);
                }

                yield return date;
            }
        }
    }

    private static IsmsException NotExpandable(RecurrenceSchedule schedule, Exception ex) => new(
        new IsmsError(EvidenceErrorCodes.ScheduleNotExpandable, string.Create(CultureInfo.InvariantCulture, $"The recurrence rule '{schedule.Rule}' (from {schedule.Start:uuuu-MM-dd'T'HH:mm:ss} in {schedule.TimeZone}) cannot be expanded into dates: {ex.GetType().Name}."))
        {
            EntityKind = nameof(RecurrenceSchedule),
            Member = nameof(RecurrenceSchedule.Rule),
            Value = schedule.Rule,
        },
        ex);

    private static IsmsException TooMany(RecurrenceSchedule schedule, int max) => new(
        new IsmsError(EvidenceErrorCodes.TooManyOccurrences, string.Create(CultureInfo.InvariantCulture, $"The recurrence rule '{schedule.Rule}' gives more than {max} occurrences in the period asked about; monitoring schedules are daily at most in practice."))
        {
            EntityKind = nameof(RecurrenceSchedule),
            Member = nameof(RecurrenceSchedule.Rule),
            Value = schedule.Rule,
        });
}
