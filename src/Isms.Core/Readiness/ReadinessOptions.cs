using NodaTime;

namespace Isms.Core.Readiness;

/// <summary>
/// The intervals the readiness analysis applies (defaults: what certification bodies commonly expect). A
/// <see cref="ReadinessAnalyzer"/> holds its options (<see cref="ReadinessAnalyzer.WithOptions"/>); <c>AddIsms</c>
/// builds the registered analyzer with <c>IsmsOptions.Readiness</c>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReadinessOptions
{
    /// <summary>The defaults.</summary>
    public static ReadinessOptions Default { get; } = new();

    /// <summary>A completed internal audit is expected within this period before the analysis date (9.2). Default 12 months.</summary>
    public Period AuditInterval { get; init; } = Period.FromMonths(12);

    /// <summary>A management review is expected within this period (9.3). Default 12 months.</summary>
    public Period ManagementReviewInterval { get; init; } = Period.FromMonths(12);

    /// <summary>Risks are expected to be reassessed within this period (8.2). Default 12 months.</summary>
    public Period RiskReassessmentInterval { get; init; } = Period.FromMonths(12);

    /// <summary>Awareness activities are expected within this period per person (7.3). Default 12 months.</summary>
    public Period AwarenessInterval { get; init; } = Period.FromMonths(12);

    /// <summary>Monitoring and measurement results are expected within this period (9.1). Default 12 months.</summary>
    public Period MeasurementInterval { get; init; } = Period.FromMonths(12);
}
