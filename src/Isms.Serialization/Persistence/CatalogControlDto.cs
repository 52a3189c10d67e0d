namespace Isms.Serialization.Persistence;

/// <summary>One control of a <c>control-catalog</c> document.</summary>
internal sealed record CatalogControlDto
{
    /// <summary>The control id as the catalog spells it.</summary>
    public required string Id { get; init; }

    /// <summary>The theme, clause or category.</summary>
    public required string Theme { get; init; }

    /// <summary>The control's title.</summary>
    public required string Title { get; init; }

    /// <summary>An optional finer grouping (e.g. the 2013 edition's control objective); omitted when absent.</summary>
    public string? Group { get; init; }

    /// <summary>The ISO/IEC 27002:2022 attributes; omitted when the catalog has none.</summary>
    public ControlAttributesDto? Attributes { get; init; }

    /// <summary>True for controls new in the 2022 edition; omitted when false.</summary>
    public bool? NewIn2022 { get; init; }
}
