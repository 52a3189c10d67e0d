using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of Transfer.</summary>
internal sealed record TransferRequestDto
{
    public required LocalDate ReviewedOn { get; init; }

    public required string Reviewer { get; init; }

    public required string NewCertificationBody { get; init; }

    public required string NewCertificateNumber { get; init; }
}
