namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (SoaDecision).</summary>
internal sealed record SoaDecisionDto
{
    public required string Control { get; init; }

    public required bool Applicable { get; init; }

    public IReadOnlyList<string> Reasons { get; set; } = [];

    public IReadOnlyList<string> Risks { get; set; } = [];

    public IReadOnlyList<string> Requirements { get; set; } = [];

    public string? ExclusionReason { get; init; }

    public string? ExclusionNarrative { get; init; }

    public required string Status { get; init; }

    public IReadOnlyList<string> AppliedControls { get; set; } = [];

    public IReadOnlyList<EvidenceDto> Evidence { get; set; } = [];
}
