using NodaTime;

namespace Isms.Core.Performance;

/// <summary>
/// A monitoring or measurement result: what was measured, when, by whom, the value against the target, and the
/// objective or applied control it concerns.
/// <para>ISO/IEC 27001:2022 clause 9.1 (what, methods, when, who, analysis and evaluation; documented evidence).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MeasurementResult : IEntity<MeasurementId>
{
    /// <summary>The result's id.</summary>
    public required MeasurementId Id { get; init => field = Check.Id(value, "MeasurementResult.Id"); }

    /// <summary>What was measured, e.g. <c>Phishing simulation click rate</c>.</summary>
    public required string Metric { get; init => field = Check.Text(value, "MeasurementResult.Metric"); }

    /// <summary>When it was measured.</summary>
    public required LocalDate MeasuredOn { get; init; }

    /// <summary>The measured value.</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit, e.g. <c>%</c> or <c>days</c>.</summary>
    public string? Unit { get; init => field = Check.OptionalText(value, "MeasurementResult.Unit"); }

    /// <summary>The target the value is evaluated against, in words (e.g. <c>≤ 5 %</c>).</summary>
    public string? Target { get; init => field = Check.OptionalText(value, "MeasurementResult.Target"); }

    /// <summary>Whether the result meets its target; <see langword="null"/> when not evaluated.</summary>
    public bool? MeetsTarget { get; init; }

    /// <summary>Who measured.</summary>
    public PersonId? MeasuredBy { get; init => field = Check.OptionalId(value, "MeasurementResult.MeasuredBy"); }

    /// <summary>The objective it measures.</summary>
    public ObjectiveId? Objective { get; init => field = Check.OptionalId(value, "MeasurementResult.Objective"); }

    /// <summary>The monitoring activity (clause 9.1) it is a result of.</summary>
    public MonitoringActivityId? Activity { get; init => field = Check.OptionalId(value, "MeasurementResult.Activity"); }

    /// <summary>Who evaluated the result (9.1 f), when evaluated.</summary>
    public PersonId? EvaluatedBy { get; init => field = Check.OptionalId(value, "MeasurementResult.EvaluatedBy"); }

    /// <summary>The applied control whose effectiveness it measures.</summary>
    public AppliedControlId? Control { get; init => field = Check.OptionalId(value, "MeasurementResult.Control"); }
}
