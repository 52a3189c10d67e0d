namespace Isms.Serialization.Persistence;

/// <summary>One level of a scale.</summary>
internal sealed record ScaleLevelDto
{
    /// <summary>The level's name.</summary>
    public required string Name { get; init; }

    /// <summary>A short form.</summary>
    public required string Abbreviation { get; init; }

    /// <summary>The level's numeric value.</summary>
    public required double Value { get; init; }

    /// <summary>What the level means.</summary>
    public required string Description { get; init; }

    /// <summary>The colour shown for the level.</summary>
    public required string Colour { get; init; }

    /// <summary>The semi-quantitative range the level stands for; omitted when none.</summary>
    public RangeDto? Range { get; init; }
}
