namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Cia).</summary>
internal sealed record CiaDto
{
    public required string Confidentiality { get; init; }

    public required string Integrity { get; init; }

    public required string Availability { get; init; }
}
