namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (AppliedControl).</summary>
internal sealed record AppliedControlDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Owner { get; init; }

    public required string Status { get; init; }

    public double? Effectiveness { get; init; }

    public int LikelihoodReduction { get; init; }

    public int ConsequenceReduction { get; init; }

    public IReadOnlyList<EvidenceDto> Evidence { get; set; } = [];

    public required IReadOnlyList<string> Implements { get; init; }
}
