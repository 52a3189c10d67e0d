using NodaTime;

namespace Isms.Evidence;

/// <summary>
/// How the evidence rules and the coverage judge: the certification body's next audit (evidence must stay valid until
/// then) and, without one, how far ahead "expiring" looks.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceOptions
{
    /// <summary>The defaults: no audit date, expiring within 30 days.</summary>
    public static EvidenceOptions Default { get; } = new();

    /// <summary>The next audit (<see cref="AuditCalendar.NextAudit(Isms.Certification.Lifecycle.CertificationLifecycle, Isms.Certification.Lifecycle.CertificationRecord, Instant)"/>); <see langword="null"/> when no certification record is given.</summary>
    public UpcomingAudit? NextAudit { get; init; }

    /// <summary>Without <see cref="NextAudit"/>: evidence whose validity ends within this period counts as expiring. 30 days by default.</summary>
    public Period ExpiryWarning { get; init => field = value ?? throw new ArgumentNullException(nameof(ExpiryWarning)); } = Period.FromDays(30);

    /// <summary>The most occurrences one schedule is expanded into per question (a guard against <c>FREQ=SECONDLY</c> over decades). 100,000 by default.</summary>
    public int MaxOccurrences { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxOccurrences), value, "at least 1"); } = 100_000;

    /// <summary>The last day evidence must stay valid to count as current rather than expiring, as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date of the analysis.</param>
    public LocalDate Horizon(LocalDate asOf) => NextAudit is { } audit && audit.Date >= asOf ? audit.Date : asOf.Plus(ExpiryWarning);
}
