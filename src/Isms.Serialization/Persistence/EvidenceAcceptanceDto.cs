using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (EvidenceAcceptance).</summary>
internal sealed record EvidenceAcceptanceDto
{
    public required string AcceptedBy { get; init; }

    public required LocalDate AcceptedOn { get; init; }

    public string? Comment { get; init; }
}
