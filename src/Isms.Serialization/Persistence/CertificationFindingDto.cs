namespace Isms.Serialization.Persistence;

/// <summary>A finding of a certification audit.</summary>
internal sealed record CertificationFindingDto
{
    public required string Id { get; init; }

    public required string Grade { get; init; }

    public required string Clause { get; init; }

    public required string Description { get; init; }
}
