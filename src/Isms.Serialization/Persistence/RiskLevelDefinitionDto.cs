namespace Isms.Serialization.Persistence;

/// <summary>One risk level of the matrix.</summary>
internal sealed record RiskLevelDefinitionDto
{
    /// <summary>The level's name.</summary>
    public required string Name { get; init; }

    /// <summary>A short form.</summary>
    public required string Abbreviation { get; init; }

    /// <summary>The colour shown for the level.</summary>
    public required string Colour { get; init; }

    /// <summary>What the level means.</summary>
    public required string Description { get; init; }

    /// <summary>The level's semi-quantitative value; omitted when none.</summary>
    public double? Value { get; init; }

    /// <summary>The semi-quantitative range the level stands for; omitted when none.</summary>
    public RangeDto? Range { get; init; }
}
