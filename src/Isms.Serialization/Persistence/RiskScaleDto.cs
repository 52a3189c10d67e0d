namespace Isms.Serialization.Persistence;

/// <summary>An ordinal scale of a <c>risk-methodology</c> document.</summary>
internal sealed record RiskScaleDto
{
    /// <summary>The scale's name.</summary>
    public required string Name { get; init; }

    /// <summary>The levels, lowest first.</summary>
    public required IReadOnlyList<ScaleLevelDto> Levels { get; init; }
}
