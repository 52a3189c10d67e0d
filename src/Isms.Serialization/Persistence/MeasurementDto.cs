using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Measurement).</summary>
internal sealed record MeasurementDto
{
    public required string Id { get; init; }

    public required string Metric { get; init; }

    public required LocalDate MeasuredOn { get; init; }

    public required decimal Value { get; init; }

    public string? Unit { get; init; }

    public string? Target { get; init; }

    public bool? MeetsTarget { get; init; }

    public string? MeasuredBy { get; init; }

    public string? Objective { get; init; }

    public string? Control { get; init; }

    public string? Activity { get; init; }

    public string? EvaluatedBy { get; init; }
}
