using System.Globalization;

namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// An estimate of an uncertain quantity as a probability distribution: the data of a calibrated estimate, not a sampler
/// (sampling lives in Isms.Risk). The families are closed: <see cref="PertDistribution"/>, <see cref="LognormalDistribution"/>,
/// <see cref="TriangularDistribution"/>, <see cref="UniformDistribution"/>, <see cref="NormalDistribution"/>,
/// <see cref="ConstantDistribution"/> and <see cref="PoissonDistribution"/>.
/// </summary>
/// <remarks>
/// Constructors validate their own parameters and throw <see cref="IsmsException"/> (<c>ISMS-FAIR-001</c> to <c>004</c>);
/// whether the distribution suits a node (a probability within [0, 1], a rate not negative) is checked by
/// <see cref="FairScenario"/>, which names the scenario and the node.
/// </remarks>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public abstract record Distribution
{
    private protected Distribution()
    {
    }

    /// <summary>The family, for engines to switch on.</summary>
    public abstract DistributionKind Kind { get; }

    /// <summary>The smallest value the distribution can take (may be negative infinity).</summary>
    public abstract double Minimum { get; }

    /// <summary>The largest value the distribution can take (may be positive infinity).</summary>
    public abstract double Maximum { get; }

    /// <summary>The mean (expected value), in closed form.</summary>
    public abstract double Mean { get; }

    /// <summary>A short description for messages and reports, e.g. <c>PERT(1, 2, 5)</c>.</summary>
    /// <returns>The description.</returns>
    public abstract string Describe();

    /// <summary>Formats a number for messages, culture-invariant.</summary>
    private protected static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Throws <c>ISMS-FAIR-001</c> when the value is NaN or infinite.</summary>
    private protected static double Finite(double value, string family, string parameter) =>
        double.IsFinite(value)
            ? value
            : throw Fault.Of(FairErrorCodes.NonFinite, $"{family} {parameter} must be a finite number, not {F(value)}.", family, member: parameter, value: F(value));

    /// <summary>Throws <c>ISMS-FAIR-002</c> when low is above high.</summary>
    private protected static void Ordered(double low, double high, string family)
    {
        if (low > high)
        {
            throw Fault.Of(FairErrorCodes.LowAboveHigh, $"{family} low {F(low)} is above high {F(high)}.", family, member: "low", value: F(low));
        }
    }
}
