namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>scenario-set</c> kind.</summary>
internal sealed record ScenarioSetDto : DocumentDto
{
    public required IReadOnlyList<FairScenarioDto> Scenarios { get; init; }

    public IReadOnlyList<FairControlDto> Controls { get; set; } = [];

    public IReadOnlyList<CorrelationDto> Correlations { get; set; } = [];

    public double DefaultCorrelation { get; init; }
}
