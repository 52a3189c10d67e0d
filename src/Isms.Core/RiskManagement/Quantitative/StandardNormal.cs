namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// The standard normal distribution's density, distribution function and quantile function, used to fit distributions
/// to quantiles (e.g. a 90% interval: z = 1.6448536...) and by the engine to truncate normals.
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class StandardNormal
{
    /// <summary>The 95th percentile of the standard normal: a 90% interval spans 2 x 1.6448536269514722 standard deviations.</summary>
    public const double Z95 = 1.6448536269514722;

    private const double InvSqrt2Pi = 0.3989422804014327;

    /// <summary>The density phi(x).</summary>
    /// <param name="x">The point.</param>
    /// <returns>exp(-x^2 / 2) / sqrt(2 pi).</returns>
    public static double Density(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    /// <summary>The distribution function Phi(x) = P(Z &lt;= x), accurate to about 1e-7 relative (Numerical Recipes' erfc).</summary>
    /// <param name="x">The point.</param>
    /// <returns>The probability.</returns>
    public static double Cdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    /// <summary>
    /// The quantile function Phi^-1(p): Acklam's rational approximation (relative error below 1.15e-9).
    /// </summary>
    /// <param name="p">The probability, strictly between 0 and 1.</param>
    /// <returns>z such that Phi(z) = p.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in (0, 1).</exception>
    public static double Quantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability strictly between 0 and 1 is required.");
        }

        const double pLow = 0.02425;
        double x;
        if (p < pLow)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
        }
        else if (p <= 1 - pLow)
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
        }
        else
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -(((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
        }

        return x;
    }

    /// <summary>The complementary error function (fractional error below 1.2e-7, Numerical Recipes' Chebyshev fit).</summary>
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
