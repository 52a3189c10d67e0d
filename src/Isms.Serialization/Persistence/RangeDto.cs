namespace Isms.Serialization.Persistence;

/// <summary>A semi-quantitative range of a scale level or risk level (inclusive bounds).</summary>
internal sealed record RangeDto
{
    /// <summary>The lower bound.</summary>
    public required double Low { get; init; }

    /// <summary>The upper bound.</summary>
    public required double High { get; init; }
}
