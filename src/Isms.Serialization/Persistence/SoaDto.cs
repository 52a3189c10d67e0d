namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Soa).</summary>
internal sealed record SoaDto
{
    public string? Catalog { get; init; }

    public ControlCatalogDto? EmbeddedCatalog { get; init; }

    public required IReadOnlyList<SoaDecisionDto> Decisions { get; init; }

    public SoaVersionDto? Version { get; init; }
}
