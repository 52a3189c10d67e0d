namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Asset).</summary>
internal sealed record AssetDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public required string Owner { get; init; }

    public string? Site { get; init; }

    public string? Location { get; init; }

    public required CiaDto Classification { get; init; }

    public IReadOnlyList<string> DependsOn { get; set; } = [];

    public string? Description { get; init; }
}
