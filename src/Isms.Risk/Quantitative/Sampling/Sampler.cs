using System.Runtime.CompilerServices;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative.Sampling;

/// <summary>
/// Draws from compiled distributions: PERT as a scaled Beta (ratio of two Gammas, Marsaglia and Tsang 2000), normals by the
/// 256-layer ziggurat (<see cref="Ziggurat"/>), lognormal as exp of a normal, triangular and uniform by inversion, truncated normals by rejection or by
/// inversion, Poisson counts by inversion for rates below 10 and by Hormann's PTRS transformed rejection above.
/// </summary>
/// <threadsafety>Stateless: thread-safe (each caller owns its generator).</threadsafety>
internal static class Sampler
{
    private static readonly double[] LogFactorials = BuildLogFactorials(128);

    /// <summary>Fills <paramref name="destination"/> with independent draws.</summary>
    public static void Fill(ref Xoshiro256StarStar rng, in CompiledDistribution d, Span<double> destination)
    {
        switch (d.Kind)
        {
            case DistributionKind.Constant:
                destination.Fill(d.A);
                break;
            case DistributionKind.Uniform:
                for (var i = 0; i < destination.Length; i++)
                {
                    destination[i] = d.A + (d.B * rng.NextDouble());
                }

                break;
            case DistributionKind.Lognormal:
                for (var i = 0; i < destination.Length; i++)
                {
                    destination[i] = Math.Exp(d.A + (d.B * rng.NextNormal()));
                }

                break;
            case DistributionKind.Pert when d.C >= 1 && d.D >= 1:
                // The node of most FAIR models: the parameters read once, both Gamma draws inlined into the loop. The textbook
                // PERT's Beta shapes are at least 1 (1 + shape x a fraction), so neither Gamma needs the boost for shapes
                // below 1; the same draws, in the same order, as Next.
                // The generator is copied into a local whose address is never taken, so its four words can stay in
                // registers instead of making every draw wait on the previous one's stores.
                var (low, range, ad, ac, bd, bc) = (d.A, d.B, d.E, d.F, d.G, d.H);
                var local = rng;
                for (var i = 0; i < destination.Length; i++)
                {
                    var x = GammaAtLeastOne(ref local, ad, ac);
                    var y = GammaAtLeastOne(ref local, bd, bc);
                    destination[i] = low + (range * (x / (x + y)));
                }

                rng = local;
                break;
            case DistributionKind.Normal when d.Method == 0:
                for (var i = 0; i < destination.Length; i++)
                {
                    destination[i] = d.A + (d.B * rng.NextNormal());
                }

                break;
            default:
                for (var i = 0; i < destination.Length; i++)
                {
                    destination[i] = Next(ref rng, d);
                }

                break;
        }
    }

    /// <summary>One draw.</summary>
    public static double Next(ref Xoshiro256StarStar rng, in CompiledDistribution d)
    {
        switch (d.Kind)
        {
            case DistributionKind.Constant:
                return d.A;
            case DistributionKind.Uniform:
                return d.A + (d.B * rng.NextDouble());
            case DistributionKind.Lognormal:
                return Math.Exp(d.A + (d.B * rng.NextNormal()));
            case DistributionKind.Pert:
                var x = Gamma(ref rng, d.C, d.E, d.F);
                var y = Gamma(ref rng, d.D, d.G, d.H);
                return d.A + (d.B * (x / (x + y)));
            case DistributionKind.Triangular:
                var u = rng.NextDouble();
                return u < d.D
                    ? d.A + Math.Sqrt(u * (d.C - d.A) * (d.B - d.A))
                    : d.C - Math.Sqrt((1 - u) * (d.C - d.A) * (d.C - d.B));
            case DistributionKind.Poisson:
                return Poisson(ref rng, d.A);
            case DistributionKind.Normal:
                return Normal(ref rng, d);
            default:
                throw new InvalidOperationException($"Unknown distribution kind {d.Kind}.");
        }
    }

    /// <summary>A Gamma(shape, 1) draw (Marsaglia and Tsang; for shape below 1, boosted by U^(1/shape)).</summary>
    public static double Gamma(ref Xoshiro256StarStar rng, double shape, double d, double c)
    {
        var result = GammaAtLeastOne(ref rng, d, c);
        return shape < 1 ? result * Math.Pow(rng.NextDouble(), 1 / shape) : result;
    }

    /// <summary>
    /// Marsaglia and Tsang's Gamma(a, 1) draw for a shape a of at least 1, given d = a - 1/3 and c = 1 / sqrt(9d) (a shape
    /// below 1 draws Gamma(shape + 1, 1) here and is then boosted: <see cref="Gamma"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double GammaAtLeastOne(ref Xoshiro256StarStar rng, double d, double c)
    {
        while (true)
        {
            double x, v;
            do
            {
                x = rng.NextNormal();
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = rng.NextDouble();
            var x2 = x * x;
            if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    /// <summary>A Poisson(rate) count: exact for every rate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Poisson(ref Xoshiro256StarStar rng, double rate)
    {
        if (rate <= 0)
        {
            return 0;
        }

        return rate < 10 ? PoissonInversion(ref rng, rate, Math.Exp(-rate)) : PoissonPtrs(ref rng, rate);
    }

    /// <summary>Poisson by sequential inversion of the distribution function, with exp(-rate) given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PoissonInversion(ref Xoshiro256StarStar rng, double rate, double expMinusRate)
    {
        var u = rng.NextDouble();
        var k = 0;
        var p = expMinusRate;
        var cumulative = p;
        while (u > cumulative && k < 1000)
        {
            k++;
            p *= rate / k;
            cumulative += p;
        }

        return k;
    }

    /// <summary>Poisson by PTRS, the transformed rejection with squeeze of Hormann (1993), for rates of 10 and more.</summary>
    public static int PoissonPtrs(ref Xoshiro256StarStar rng, double rate)
    {
        var slam = Math.Sqrt(rate);
        var loglam = Math.Log(rate);
        var b = 0.931 + (2.53 * slam);
        var a = -0.059 + (0.02483 * b);
        var invalpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + rate + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invalpha) - Math.Log((a / (us * us)) + b) <= -rate + (k * loglam) - LogFactorial(k))
            {
                return (int)k;
            }
        }
    }

    /// <summary>ln(k!) from a table below 128, else Stirling's series (error below 1e-15).</summary>
    public static double LogFactorial(double k)
    {
        if (k < LogFactorials.Length)
        {
            return LogFactorials[(int)k];
        }

        var n = k + 1;
        var inv = 1 / n;
        var inv2 = inv * inv;
        return ((n - 0.5) * Math.Log(n)) - n + (0.5 * Math.Log(2 * Math.PI)) + (inv * ((1.0 / 12) - (inv2 * ((1.0 / 360) - (inv2 / 1260)))));
    }

    private static double Normal(ref Xoshiro256StarStar rng, in CompiledDistribution d)
    {
        if (d.Method == 0)
        {
            return d.A + (d.B * rng.NextNormal());
        }

        if (d.Method == 1)
        {
            while (true)
            {
                var x = d.A + (d.B * rng.NextNormal());
                if (x >= d.C && x <= d.D)
                {
                    return x;
                }
            }
        }

        var p = d.E + ((d.F - d.E) * rng.NextDouble());
        p = Math.Clamp(p, 1e-300, 1 - 1e-16);
        return Math.Clamp(d.A + (d.B * StandardNormal.Quantile(p)), d.C, d.D);
    }

    internal static double[] BuildLogFactorials(int count)
    {
        var table = new double[count];
        for (var k = 2; k < count; k++)
        {
            table[k] = table[k - 1] + Math.Log(k);
        }

        return table;
    }
}
