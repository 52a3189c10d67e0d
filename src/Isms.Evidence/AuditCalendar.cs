using Ardalis.GuardClauses;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using NodaTime;

namespace Isms.Evidence;

/// <summary>
/// Ties evidence to the certification body's audit dates: the next Stage 2, surveillance or recertification audit of a
/// certification record, from the lifecycle's own deadlines (so the dates are the ones every other part of the library
/// computes, with the certification body's policy).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class AuditCalendar
{
    /// <summary>The next audit of <paramref name="record"/> as of <paramref name="asOf"/>, or <see langword="null"/> when none is due (no certificate yet and no Stage 1, or withdrawn).</summary>
    /// <param name="lifecycle">The lifecycle with the certification body's policy.</param>
    /// <param name="record">The certification record.</param>
    /// <param name="asOf">The instant of the analysis.</param>
    public static UpcomingAudit? NextAudit(CertificationLifecycle lifecycle, CertificationRecord record, Instant asOf)
    {
        Guard.Against.Null(lifecycle);
        Guard.Against.Null(record);
        return NextAudit(lifecycle.Deadlines(record, asOf));
    }

    /// <summary>The earliest audit among <paramref name="deadlines"/> (an overdue one first: it is still to be held).</summary>
    /// <param name="deadlines">A record's deadlines.</param>
    public static UpcomingAudit? NextAudit(IEnumerable<Deadline> deadlines)
    {
        Guard.Against.Null(deadlines);
        UpcomingAudit? next = null;
        foreach (var deadline in deadlines)
        {
            if (deadline.Kind is DeadlineKind.Stage2Window or DeadlineKind.Surveillance or DeadlineKind.RecertificationAudit
                && (next is null || deadline.DueDate < next.Date))
            {
                next = new UpcomingAudit(deadline.Kind, deadline.DueDate);
            }
        }

        return next;
    }
}
