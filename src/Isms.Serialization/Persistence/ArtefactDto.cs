namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (ArtefactReference).</summary>
internal sealed record ArtefactDto
{
    public required string Location { get; init; }

    public required string Sha256 { get; init; }

    public string? MediaType { get; init; }
}
