namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (FairScenario).</summary>
internal sealed record FairScenarioDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<FairEstimateDto> Estimates { get; init; }
}
