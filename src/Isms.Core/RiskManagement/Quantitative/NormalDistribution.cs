namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// A normal estimate (mean and standard deviation), optionally truncated to [<see cref="TruncateBelow"/>, <see cref="TruncateAbove"/>].
/// Engines also truncate it to its node's domain (a rate or loss at 0, a probability to [0, 1]).
/// </summary>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record NormalDistribution : Distribution
{
    /// <summary>Creates a normal estimate.</summary>
    /// <param name="mean">The mean of the untruncated normal; finite.</param>
    /// <param name="standardDeviation">The standard deviation; positive.</param>
    /// <param name="truncateBelow">The lowest value allowed, or negative infinity.</param>
    /// <param name="truncateAbove">The highest value allowed, or positive infinity.</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-001</c> not finite; <c>002</c> bounds reversed; <c>004</c> deviation not positive or the bounds hold almost no probability.</exception>
    public NormalDistribution(double mean, double standardDeviation, double truncateBelow = double.NegativeInfinity, double truncateAbove = double.PositiveInfinity)
    {
        Location = Finite(mean, "Normal", "mean");
        StandardDeviation = Finite(standardDeviation, "Normal", "standard deviation");
        if (double.IsNaN(truncateBelow) || double.IsNaN(truncateAbove) || truncateBelow == double.PositiveInfinity || truncateAbove == double.NegativeInfinity)
        {
            throw Fault.Of(FairErrorCodes.NonFinite, $"Normal truncation bounds [{F(truncateBelow)}, {F(truncateAbove)}] are not numbers.", "Normal", member: "truncation", value: $"[{F(truncateBelow)}, {F(truncateAbove)}]");
        }

        if (standardDeviation <= 0)
        {
            throw Fault.Of(FairErrorCodes.InvalidParameter, $"Normal standard deviation {F(standardDeviation)} must be positive.", "Normal", member: "standard deviation", value: F(standardDeviation));
        }

        if (truncateBelow >= truncateAbove)
        {
            throw Fault.Of(FairErrorCodes.LowAboveHigh, $"Normal truncation low {F(truncateBelow)} is not below high {F(truncateAbove)}.", "Normal", member: "truncation", value: F(truncateBelow));
        }

        TruncateBelow = truncateBelow;
        TruncateAbove = truncateAbove;
        if (Mass(truncateBelow, truncateAbove) < 1e-6)
        {
            throw Fault.Of(FairErrorCodes.InvalidParameter, $"Normal({F(mean)}, {F(standardDeviation)}) has almost no probability within [{F(truncateBelow)}, {F(truncateAbove)}].", "Normal", member: "truncation", value: $"[{F(truncateBelow)}, {F(truncateAbove)}]");
        }
    }

    /// <summary>The mean of the untruncated normal.</summary>
    public double Location { get; }

    /// <summary>The standard deviation of the untruncated normal.</summary>
    public double StandardDeviation { get; }

    /// <summary>The lowest value allowed (negative infinity when not truncated below).</summary>
    public double TruncateBelow { get; }

    /// <summary>The highest value allowed (positive infinity when not truncated above).</summary>
    public double TruncateAbove { get; }

    /// <inheritdoc/>
    public override DistributionKind Kind => DistributionKind.Normal;

    /// <inheritdoc/>
    public override double Minimum => TruncateBelow;

    /// <inheritdoc/>
    public override double Maximum => TruncateAbove;

    /// <summary>The mean of the truncated normal: mu + sigma (phi(a) - phi(b)) / (Phi(b) - Phi(a)).</summary>
    public override double Mean => MeanWithin(TruncateBelow, TruncateAbove);

    /// <summary>The mean of this normal further truncated to [low, high] (used for a node's domain).</summary>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound.</param>
    /// <returns>The truncated mean.</returns>
    public double MeanWithin(double low, double high)
    {
        var a = (Math.Max(low, TruncateBelow) - Location) / StandardDeviation;
        var b = (Math.Min(high, TruncateAbove) - Location) / StandardDeviation;
        if (double.IsNegativeInfinity(a) && double.IsPositiveInfinity(b))
        {
            return Location;
        }

        var pa = double.IsNegativeInfinity(a) ? 0 : StandardNormal.Density(a);
        var pb = double.IsPositiveInfinity(b) ? 0 : StandardNormal.Density(b);
        var z = StandardNormal.Cdf(b) - StandardNormal.Cdf(a);
        return Location + (StandardDeviation * (pa - pb) / z);
    }

    /// <summary>The probability the untruncated normal gives to [low, high].</summary>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound.</param>
    /// <returns>The probability.</returns>
    public double Mass(double low, double high) =>
        StandardNormal.Cdf((high - Location) / StandardDeviation) - StandardNormal.Cdf((low - Location) / StandardDeviation);

    /// <inheritdoc/>
    public override string Describe() =>
        double.IsInfinity(TruncateBelow) && double.IsInfinity(TruncateAbove)
            ? $"Normal({F(Location)}, sd {F(StandardDeviation)})"
            : $"Normal({F(Location)}, sd {F(StandardDeviation)}, within [{F(TruncateBelow)}, {F(TruncateAbove)}])";
}
