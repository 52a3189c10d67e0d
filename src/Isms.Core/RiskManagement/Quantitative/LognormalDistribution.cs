namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// A lognormal estimate: ln X is normal with mean <see cref="Mu"/> and standard deviation <see cref="Sigma"/>. The usual way
/// to state a loss: a 90% interval (<see cref="FromInterval90"/>, low and high as the 5th and 95th percentiles), or any two
/// quantiles (<see cref="FromQuantiles"/>). Mean exp(mu + sigma^2 / 2).
/// </summary>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record LognormalDistribution : Distribution
{
    /// <summary>Creates a lognormal from the parameters of ln X.</summary>
    /// <param name="mu">The mean of ln X; finite.</param>
    /// <param name="sigma">The standard deviation of ln X; not negative (0 gives the constant exp(mu)).</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-001</c> not finite; <c>004</c> sigma negative.</exception>
    public LognormalDistribution(double mu, double sigma)
    {
        Mu = Finite(mu, "Lognormal", "mu");
        Sigma = Finite(sigma, "Lognormal", "sigma");
        if (sigma < 0)
        {
            throw Fault.Of(FairErrorCodes.InvalidParameter, $"Lognormal sigma {F(sigma)} must not be negative.", "Lognormal", member: "sigma", value: F(sigma));
        }
    }

    /// <summary>The mean of ln X.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation of ln X.</summary>
    public double Sigma { get; }

    /// <inheritdoc/>
    public override DistributionKind Kind => DistributionKind.Lognormal;

    /// <inheritdoc/>
    public override double Minimum => 0;

    /// <inheritdoc/>
    public override double Maximum => Sigma == 0 ? Math.Exp(Mu) : double.PositiveInfinity;

    /// <summary>The mean exp(mu + sigma^2 / 2).</summary>
    public override double Mean => Math.Exp(Mu + (Sigma * Sigma / 2));

    /// <summary>The median exp(mu).</summary>
    public double Median => Math.Exp(Mu);

    /// <summary>
    /// Fits a lognormal to a 90% confidence interval: low is the 5th percentile, high the 95th.
    /// mu = (ln low + ln high) / 2, sigma = (ln high - ln low) / (2 x 1.6448536...).
    /// </summary>
    /// <param name="low">The 5th percentile; positive.</param>
    /// <param name="high">The 95th percentile; not below low.</param>
    /// <returns>The fitted distribution.</returns>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-001</c> not finite; <c>002</c> low above high; <c>004</c> low not positive.</exception>
    public static LognormalDistribution FromInterval90(double low, double high) => FromQuantiles(0.05, low, 0.95, high);

    /// <summary>Fits a lognormal through two quantiles: P(X &lt;= lowValue) = lowProbability and P(X &lt;= highValue) = highProbability.</summary>
    /// <param name="lowProbability">The lower probability, in (0, 1).</param>
    /// <param name="lowValue">Its quantile; positive.</param>
    /// <param name="highProbability">The higher probability, in (lowProbability, 1).</param>
    /// <param name="highValue">Its quantile; not below lowValue.</param>
    /// <returns>The fitted distribution.</returns>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-001</c> not finite; <c>002</c> low above high; <c>004</c> a value not positive or probabilities not ordered in (0, 1).</exception>
    public static LognormalDistribution FromQuantiles(double lowProbability, double lowValue, double highProbability, double highValue)
    {
        Finite(lowValue, "Lognormal", "low");
        Finite(highValue, "Lognormal", "high");
        Finite(lowProbability, "Lognormal", "low probability");
        Finite(highProbability, "Lognormal", "high probability");
        Ordered(lowValue, highValue, "Lognormal");
        if (lowValue <= 0)
        {
            throw Fault.Of(FairErrorCodes.InvalidParameter, $"Lognormal low {F(lowValue)} must be positive (a lognormal is above 0).", "Lognormal", member: "low", value: F(lowValue));
        }

        if (!(lowProbability > 0 && lowProbability < highProbability && highProbability < 1))
        {
            throw Fault.Of(FairErrorCodes.InvalidParameter, $"Lognormal quantile probabilities {F(lowProbability)} and {F(highProbability)} must satisfy 0 < low < high < 1.", "Lognormal", member: "low probability", value: F(lowProbability));
        }

        var lnLow = Math.Log(lowValue);
        var lnHigh = Math.Log(highValue);
        double mu, sigma;
        if (Math.Abs(lowProbability + highProbability - 1) < 1e-12)
        {
            // A symmetric interval (a 90% interval is 5% to 95%): mu is the mean of the log bounds.
            var z = Math.Abs(highProbability - 0.95) < 1e-12 ? StandardNormal.Z95 : StandardNormal.Quantile(highProbability);
            mu = (lnLow + lnHigh) / 2;
            sigma = (lnHigh - lnLow) / (2 * z);
        }
        else
        {
            var zLow = StandardNormal.Quantile(lowProbability);
            var zHigh = StandardNormal.Quantile(highProbability);
            sigma = (lnHigh - lnLow) / (zHigh - zLow);
            mu = lnLow - (sigma * zLow);
        }

        return new LognormalDistribution(mu, sigma);
    }

    /// <inheritdoc/>
    public override string Describe() => $"Lognormal(median {F(Median)}, sigma {F(Sigma)})";
}
