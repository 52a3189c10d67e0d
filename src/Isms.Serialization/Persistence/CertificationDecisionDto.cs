using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of Grant / Refuse.</summary>
internal sealed record CertificationDecisionDto
{
    public required LocalDate DecidedOn { get; init; }

    public required string DecidedBy { get; init; }

    public string? CertificateNumber { get; init; }

    public string? Reason { get; init; }
}
