namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>scenario-set</c> kind (a correlation between two scenarios).</summary>
internal sealed record CorrelationDto
{
    public required string First { get; init; }

    public required string Second { get; init; }

    public required double Coefficient { get; init; }
}
