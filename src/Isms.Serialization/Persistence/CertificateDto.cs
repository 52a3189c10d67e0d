using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>The current certificate of a certification record (derived).</summary>
internal sealed record CertificateDto
{
    public required string Number { get; init; }

    public required string CertificationBody { get; init; }

    public required string Scope { get; init; }

    public required string Edition { get; init; }

    public required LocalDate IssueDate { get; init; }

    public required LocalDate ExpiryDate { get; init; }

    public required LocalDate CycleStart { get; init; }
}
