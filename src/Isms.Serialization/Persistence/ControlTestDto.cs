namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (ControlTest), since schemaVersion 2.</summary>
internal sealed record ControlTestDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Procedure { get; init; }

    public required ScheduleDto Schedule { get; init; }

    public int? SampleSize { get; init; }

    public string? Owner { get; init; }

    public IReadOnlyList<string> Controls { get; set; } = [];

    public IReadOnlyList<string> AppliedControls { get; set; } = [];

    public IReadOnlyList<ControlTestResultDto> Results { get; set; } = [];
}
