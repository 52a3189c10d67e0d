using System.Globalization;
using NodaTime;

namespace Isms.Core.Monitoring;

/// <summary>
/// The period an evidence item covers, first and last day inclusive (e.g. the quarter an access review looked at).
/// It is not the date the evidence was collected: an auditor judges a control on evidence covering the period audited.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidencePeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day covered.</param>
    /// <param name="end">The last day covered; not before <paramref name="start"/>.</param>
    /// <exception cref="IsmsException"><paramref name="end"/> is before <paramref name="start"/> (code <c>ISMS-CORE-005</c>).</exception>
    public EvidencePeriod(LocalDate start, LocalDate end)
    {
        Check.DateOrder(start, end, "EvidencePeriod.Start", "EvidencePeriod.End");
        Start = start;
        End = end;
    }

    /// <summary>The first day covered.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day covered.</summary>
    public LocalDate End { get; }

    /// <summary>True when <paramref name="date"/> is within the period (both ends included).</summary>
    /// <param name="date">The date.</param>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns e.g. <c>2026-01-01..2026-03-31</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:uuuu-MM-dd}..{End:uuuu-MM-dd}");
}
