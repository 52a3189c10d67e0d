using NodaTime;

namespace Isms.Evidence;

/// <summary>One all-day entry of the evidence calendar (<see cref="EvidenceCalendar"/>).</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">What it reminds of.</param>
/// <param name="Uid">A stable identifier (the entity and the date), so a calendar application updates the entry instead of duplicating it when the calendar is imported again.</param>
/// <param name="Summary">One line, e.g. <c>Control test CT-01: Leaver sample</c>.</param>
/// <param name="Description">The details: procedure, owner, controls, grace days, dates.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceCalendarEntry(LocalDate Date, EvidenceCalendarEntryKind Kind, string Uid, string Summary, string Description);
