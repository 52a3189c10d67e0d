using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.Readiness;

/// <summary>
/// The result of a readiness analysis: the findings ordered by section, severity and code, and a summary per clause
/// (4 to 10) and for Annex A.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReadinessReport
{
    internal ReadinessReport(LocalDate asOf, IEnumerable<ReadinessFinding> findings)
    {
        AsOf = asOf;
        Findings = [.. findings.OrderBy(f => f.Section).ThenBy(f => f.Severity).ThenBy(f => f.Code, StringComparer.Ordinal)];
        Sections = [.. ReadinessSections.All.Select(s =>
        {
            var inSection = Findings.Where(f => f.Section == s).ToList();
            return new ReadinessSectionSummary(
                s,
                inSection.Count(f => f.Severity == ReadinessSeverity.Blocking),
                inSection.Count(f => f.Severity == ReadinessSeverity.Major),
                inSection.Count(f => f.Severity == ReadinessSeverity.Minor),
                inSection.Count(f => f.Severity == ReadinessSeverity.Info));
        })];
    }

    /// <summary>The date of the analysis.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The findings, ordered by section, severity and code.</summary>
    public ImmutableArray<ReadinessFinding> Findings { get; }

    /// <summary>One summary per clause 4 to 10 and for Annex A, in that order.</summary>
    public ImmutableArray<ReadinessSectionSummary> Sections { get; }

    /// <summary>True when at least one finding is blocking.</summary>
    public bool HasBlocking => Findings.Any(f => f.Severity == ReadinessSeverity.Blocking);

    /// <summary>The overall status: the worst status of any section.</summary>
    public ReadinessStatus Status => Sections.Select(s => s.Status).DefaultIfEmpty(ReadinessStatus.Ready).Max();

    /// <summary>The number of findings of a severity.</summary>
    /// <param name="severity">The severity.</param>
    public int Count(ReadinessSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>The findings of one section.</summary>
    /// <param name="section">The section.</param>
    public IEnumerable<ReadinessFinding> In(ReadinessSection section) => Findings.Where(f => f.Section == section);

    /// <summary>The summary of one section.</summary>
    /// <param name="section">The section.</param>
    public ReadinessSectionSummary SummaryOf(ReadinessSection section) => Sections.First(s => s.Section == section);
}
