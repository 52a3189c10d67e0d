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
}
