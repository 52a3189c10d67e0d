using NodaTime;

namespace Isms.Evidence;

/// <summary>
/// The latest occurrence of a schedule that is due (its grace period has ended) and the occurrence before it. Work
/// done after the previous occurrence's grace period (or at any time when there is none) counts for <see cref="Due"/>:
/// a quarterly test done on 20 January with ten grace days belongs to the 15 January occurrence, not to the April one.
/// </summary>
/// <param name="Due">The occurrence's date.</param>
/// <param name="Previous">The occurrence before it, if any.</param>
/// <param name="GraceDays">The schedule's grace days.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DueOccurrence(LocalDate Due, LocalDate? Previous, int GraceDays)
{
    /// <summary>The last day whose work still belongs to the previous occurrence; <see langword="null"/> when there is none.</summary>
    public LocalDate? OpensAfter => Previous?.PlusDays(GraceDays);

    /// <summary>True when work done on <paramref name="date"/> counts for <see cref="Due"/>: after <see cref="OpensAfter"/>, on or before <paramref name="asOf"/>.</summary>
    /// <param name="date">When the work was done.</param>
    /// <param name="asOf">The date of the analysis.</param>
    public bool IsSatisfiedBy(LocalDate date, LocalDate asOf) => date <= asOf && (OpensAfter is not { } after || date > after);
}
