using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative.Sampling;

/// <summary>A distribution reduced to the numbers its sampler needs, precomputed once per run.</summary>
/// <threadsafety>Immutable value type: thread-safe.</threadsafety>
internal readonly struct CompiledDistribution
{
    public readonly DistributionKind Kind;
    public readonly double A;
    public readonly double B;
    public readonly double C;
    public readonly double D;
    public readonly double E;
    public readonly double F;
    public readonly double G;
    public readonly double H;
    public readonly int Method;

    private CompiledDistribution(DistributionKind kind, double a, double b = 0, double c = 0, double d = 0, double e = 0, double f = 0, double g = 0, double h = 0, int method = 0)
    {
        Kind = kind;
        A = a;
        B = b;
        C = c;
        D = d;
        E = e;
        F = f;
        G = g;
        H = h;
        Method = method;
    }

    /// <summary>True when every draw is the same number (<see cref="A"/>).</summary>
    public bool IsConstant => Kind == DistributionKind.Constant;

    /// <summary>A constant.</summary>
    public static CompiledDistribution Constant(double value) => new(DistributionKind.Constant, value);

    /// <summary>Compiles a distribution; a normal is truncated to the domain [low, high] as well as its own bounds.</summary>
    /// <param name="distribution">The distribution.</param>
    /// <param name="low">The domain's lower bound.</param>
    /// <param name="high">The domain's upper bound.</param>
    /// <param name="poissonAsRate">True to read a Poisson as its rate (annual-loss mode draws the count from the rate anyway).</param>
    public static CompiledDistribution Compile(Distribution distribution, double low = double.NegativeInfinity, double high = double.PositiveInfinity, bool poissonAsRate = false)
    {
        switch (distribution)
        {
            case ConstantDistribution c:
                return Constant(c.Value);
            case PertDistribution p when p.High == p.Low:
                return Constant(p.Low);
            case PertDistribution p:
                var (ad, ac) = GammaConstants(p.Alpha);
                var (bd, bc) = GammaConstants(p.Beta);
                return new(DistributionKind.Pert, p.Low, p.High - p.Low, p.Alpha, p.Beta, ad, ac, bd, bc);
            case LognormalDistribution l when l.Sigma == 0:
                return Constant(Math.Exp(l.Mu));
            case LognormalDistribution l:
                return new(DistributionKind.Lognormal, l.Mu, l.Sigma);
            case TriangularDistribution t when t.High == t.Low:
                return Constant(t.Low);
            case TriangularDistribution t:
                return new(DistributionKind.Triangular, t.Low, t.Mode, t.High, (t.Mode - t.Low) / (t.High - t.Low));
            case UniformDistribution u:
                return u.High == u.Low ? Constant(u.Low) : new(DistributionKind.Uniform, u.Low, u.High - u.Low);
            case PoissonDistribution p:
                return poissonAsRate || p.Rate == 0 ? Constant(p.Rate) : new(DistributionKind.Poisson, p.Rate);
            case NormalDistribution n:
                var lo = Math.Max(low, n.TruncateBelow);
                var hi = Math.Min(high, n.TruncateAbove);
                if (double.IsNegativeInfinity(lo) && double.IsPositiveInfinity(hi))
                {
                    return new(DistributionKind.Normal, n.Location, n.StandardDeviation, lo, hi, method: 0);
                }

                var cdfLo = StandardNormal.Cdf((lo - n.Location) / n.StandardDeviation);
                var cdfHi = StandardNormal.Cdf((hi - n.Location) / n.StandardDeviation);

                // Rejection while at least a quarter of the normal lies within the bounds; else the inverse distribution function.
                return new(DistributionKind.Normal, n.Location, n.StandardDeviation, lo, hi, cdfLo, cdfHi, method: cdfHi - cdfLo >= 0.25 ? 1 : 2);
            default:
                throw new ArgumentException($"Unknown distribution {distribution.GetType().Name}.", nameof(distribution));
        }
    }

    private static (double D, double C) GammaConstants(double shape)
    {
        var a = shape < 1 ? shape + 1 : shape;
        var d = a - (1.0 / 3);
        return (d, 1 / Math.Sqrt(9 * d));
    }
}
