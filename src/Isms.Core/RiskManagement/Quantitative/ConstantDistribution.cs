namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>A quantity known exactly (e.g. a rate taken from an incident history, a fine fixed by contract).</summary>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record ConstantDistribution : Distribution
{
    /// <summary>Creates a constant.</summary>
    /// <param name="value">The value; finite.</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-001</c>: the value is not finite.</exception>
    public ConstantDistribution(double value)
    {
        Value = Finite(value, "Constant", "value");
    }

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override DistributionKind Kind => DistributionKind.Constant;

    /// <inheritdoc/>
    public override double Minimum => Value;

    /// <inheritdoc/>
    public override double Maximum => Value;

    /// <inheritdoc/>
    public override double Mean => Value;

    /// <inheritdoc/>
    public override string Describe() => $"Constant({F(Value)})";
}
