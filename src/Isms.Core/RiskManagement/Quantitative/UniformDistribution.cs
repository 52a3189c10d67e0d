namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>A uniform estimate: every value in [low, high] equally likely. Mean (low + high) / 2.</summary>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record UniformDistribution : Distribution
{
    /// <summary>Creates a uniform estimate.</summary>
    /// <param name="low">The minimum.</param>
    /// <param name="high">The maximum.</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-001</c> not finite; <c>002</c> low above high.</exception>
    public UniformDistribution(double low, double high)
    {
        Low = Finite(low, "Uniform", "low");
        High = Finite(high, "Uniform", "high");
        Ordered(low, high, "Uniform");
    }

    /// <summary>The minimum.</summary>
    public double Low { get; }

    /// <summary>The maximum.</summary>
    public double High { get; }

    /// <inheritdoc/>
    public override DistributionKind Kind => DistributionKind.Uniform;

    /// <inheritdoc/>
    public override double Minimum => Low;

    /// <inheritdoc/>
    public override double Maximum => High;

    /// <inheritdoc/>
    public override double Mean => (Low + High) / 2;

    /// <inheritdoc/>
    public override string Describe() => $"Uniform({F(Low)}, {F(High)})";
}
