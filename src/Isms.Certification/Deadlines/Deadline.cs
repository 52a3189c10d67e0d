using Isms.Certification.Lifecycle;
using NodaTime;

namespace Isms.Certification.Deadlines;

/// <summary>A deadline of a certification record as of a day: what, by when, where it stands, what follows if missed.</summary>
/// <param name="Kind">What the deadline is.</param>
/// <param name="DueDate">The last day on which it is met.</param>
/// <param name="Status">Upcoming, due or overdue on the day asked about.</param>
/// <param name="Source">Whether the rule is the standard's or the certification body's.</param>
/// <param name="Description">The rule in words.</param>
/// <param name="Consequence">The time-driven trigger that fires the day after the due date, or null when missing it only shows as overdue.</param>
/// <threadsafety>This type is an immutable value type; instances are safe to share between threads.</threadsafety>
public readonly record struct Deadline(
    DeadlineKind Kind,
    LocalDate DueDate,
    DeadlineStatus Status,
    RuleSource Source,
    string Description,
    CertificationTrigger? Consequence);
