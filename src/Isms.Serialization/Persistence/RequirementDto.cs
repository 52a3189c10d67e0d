namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Requirement).</summary>
internal sealed record RequirementDto
{
    public required string Id { get; init; }

    public required string Party { get; init; }

    public required string Description { get; init; }

    public required string Kind { get; init; }

    public string? Reference { get; init; }

    public bool AddressedByIsms { get; init; }
}
