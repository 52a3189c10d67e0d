namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>A triangular estimate: minimum, most likely, maximum. Mean (low + mode + high) / 3.</summary>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record TriangularDistribution : Distribution
{
    /// <summary>Creates a triangular estimate.</summary>
    /// <param name="low">The minimum.</param>
    /// <param name="mode">The most likely value, within [low, high].</param>
    /// <param name="high">The maximum.</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-001</c> not finite; <c>002</c> low above high; <c>003</c> mode outside.</exception>
    public TriangularDistribution(double low, double mode, double high)
    {
        Low = Finite(low, "Triangular", "low");
        Mode = Finite(mode, "Triangular", "mode");
        High = Finite(high, "Triangular", "high");
        Ordered(low, high, "Triangular");
        if (mode < low || mode > high)
        {
            throw Fault.Of(FairErrorCodes.ModeOutsideRange, $"Triangular mode {F(mode)} is outside [{F(low)}, {F(high)}].", "Triangular", member: "mode", value: F(mode));
        }
    }

    /// <summary>The minimum.</summary>
    public double Low { get; }

    /// <summary>The most likely value.</summary>
    public double Mode { get; }

    /// <summary>The maximum.</summary>
    public double High { get; }

    /// <inheritdoc/>
    public override DistributionKind Kind => DistributionKind.Triangular;

    /// <inheritdoc/>
    public override double Minimum => Low;

    /// <inheritdoc/>
    public override double Maximum => High;

    /// <inheritdoc/>
    public override double Mean => (Low + Mode + High) / 3;

    /// <inheritdoc/>
    public override string Describe() => $"Triangular({F(Low)}, {F(Mode)}, {F(High)})";
}
