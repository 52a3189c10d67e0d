namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>scenario-set</c> kind (a control's effect on FAIR nodes).</summary>
internal sealed record FairControlDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required double AnnualCost { get; init; }

    public required IReadOnlyList<NodeReductionDto> Reductions { get; init; }

    public IReadOnlyList<string> Scenarios { get; set; } = [];

    public IReadOnlyList<string> AnnexAControls { get; set; } = [];
}
