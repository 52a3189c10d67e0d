using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (RecurrenceSchedule): RFC 5545 RRULE, DTSTART and IANA zone.</summary>
internal sealed record ScheduleDto
{
    public required string Rule { get; init; }

    public required LocalDateTime Start { get; init; }

    public required string TimeZone { get; init; }

    public int GraceDays { get; init; }
}
