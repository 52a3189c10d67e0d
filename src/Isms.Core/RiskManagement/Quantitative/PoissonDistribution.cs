namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// A count: the number of events in a year when they arrive at a constant <see cref="Rate"/>. As a frequency node it says
/// the count itself is drawn (expected-loss mode) rather than an uncertain rate.
/// </summary>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record PoissonDistribution : Distribution
{
    /// <summary>Creates a Poisson count.</summary>
    /// <param name="rate">The mean number of events per year; finite, not negative.</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-001</c> not finite; <c>005</c> negative rate.</exception>
    public PoissonDistribution(double rate)
    {
        Rate = Finite(rate, "Poisson", "rate");
        if (rate < 0)
        {
            throw Fault.Of(FairErrorCodes.OutsideDomain, $"Poisson rate {F(rate)} must not be negative.", "Poisson", member: "rate", value: F(rate));
        }
    }

    /// <summary>The mean number of events per year.</summary>
    public double Rate { get; }

    /// <inheritdoc/>
    public override DistributionKind Kind => DistributionKind.Poisson;

    /// <inheritdoc/>
    public override double Minimum => 0;

    /// <inheritdoc/>
    public override double Maximum => Rate == 0 ? 0 : double.PositiveInfinity;

    /// <inheritdoc/>
    public override double Mean => Rate;

    /// <inheritdoc/>
    public override string Describe() => $"Poisson({F(Rate)})";
}
