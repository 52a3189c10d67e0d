using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Evidence).</summary>
internal sealed record EvidenceDto
{
    public required string Description { get; init; }

    public string? Location { get; init; }

    public string? Document { get; init; }

    public LocalDate? CollectedOn { get; init; }
}
