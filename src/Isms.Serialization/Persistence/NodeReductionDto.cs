namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>scenario-set</c> kind (the fraction by which a control reduces a node).</summary>
internal sealed record NodeReductionDto
{
    public required string Node { get; init; }

    public required DistributionDto Fraction { get; init; }
}
