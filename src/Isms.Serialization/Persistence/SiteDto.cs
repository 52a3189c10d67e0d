namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Site).</summary>
internal sealed record SiteDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Address { get; init; }

    public IReadOnlyList<string> Processes { get; set; } = [];

    public int? Persons { get; init; }

    public bool IsCentralFunction { get; init; }
}
