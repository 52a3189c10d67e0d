using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (EvidenceItem), since schemaVersion 2.</summary>
internal sealed record EvidenceItemDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required ArtefactDto Artefact { get; init; }

    public required Instant CollectedAt { get; init; }

    public required EvidencePeriodDto Period { get; init; }

    public LocalDate? ValidUntil { get; init; }

    public required EvidenceCollectorDto CollectedBy { get; init; }

    public IReadOnlyList<string> Controls { get; set; } = [];

    public IReadOnlyList<string> AppliedControls { get; set; } = [];

    public IReadOnlyList<string> Requirements { get; set; } = [];

    public IReadOnlyList<string> Objectives { get; set; } = [];

    public EvidenceAcceptanceDto? Acceptance { get; init; }
}
