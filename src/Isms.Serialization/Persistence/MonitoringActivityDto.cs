namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (MonitoringActivity), since schemaVersion 2.</summary>
internal sealed record MonitoringActivityDto
{
    public required string Id { get; init; }

    public required string Subject { get; init; }

    public required string Method { get; init; }

    public required ScheduleDto Schedule { get; init; }

    public string? MeasuredBy { get; init; }

    public string? EvaluatedBy { get; init; }

    public IReadOnlyList<string> Objectives { get; set; } = [];

    public IReadOnlyList<string> AppliedControls { get; set; } = [];
}
