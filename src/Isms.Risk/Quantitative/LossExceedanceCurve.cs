using System.Collections.Immutable;

namespace Isms.Risk.Quantitative;

/// <summary>
/// A loss exceedance curve: for losses on a log-spaced grid, the probability that a year's loss exceeds each. All points
/// come from one sorted sample, so the curve is non-increasing and consistent with the percentiles.
/// </summary>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed class LossExceedanceCurve
{
    internal LossExceedanceCurve(ImmutableArray<ExceedancePoint> points)
    {
        Points = points;
    }

    /// <summary>The points, by increasing loss (probabilities non-increasing).</summary>
    public ImmutableArray<ExceedancePoint> Points { get; }
}
