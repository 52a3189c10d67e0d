namespace Isms.Serialization.Persistence;

/// <summary>The <c>control-catalog</c> document, schema version 2.</summary>
internal sealed record ControlCatalogDto : DocumentDto
{
    /// <summary>The catalog's stable id.</summary>
    public required string Id { get; init; }

    /// <summary>The catalog's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where the data came from.</summary>
    public required string Source { get; init; }

    /// <summary>The controls, in catalog order.</summary>
    public required IReadOnlyList<CatalogControlDto> Controls { get; init; }
}
