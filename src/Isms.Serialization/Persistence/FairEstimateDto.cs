namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (FairEstimate).</summary>
internal sealed record FairEstimateDto
{
    public required string Node { get; init; }

    public required DistributionDto Distribution { get; init; }
}
