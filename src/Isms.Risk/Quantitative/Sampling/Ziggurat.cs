using System.Runtime.CompilerServices;

namespace Isms.Risk.Quantitative.Sampling;

/// <summary>
/// Standard normal and standard exponential draws by the ziggurat method of Marsaglia and Tsang ("The Ziggurat Method for
/// Generating Random Variables", Journal of Statistical Software 5(8), 2000), with 256 layers and exact tails. One 64-bit
/// draw gives the layer (its low 8 bits) and a 53-bit uniform (its high 53 bits): disjoint bits, so the value is
/// independent of the layer (the flaw Doornik 2005 found in the 32-bit original, which reused the same bits).
/// About 99% of normal draws cost one 64-bit draw, a table read, a multiplication and a comparison; the rest fall back to
/// an exact rejection test under the curve, and the base layer to Marsaglia's exact tail algorithm (1964).
/// </summary>
/// <threadsafety>Stateless after its tables are built (once, by the type initialiser): thread-safe.</threadsafety>
internal static class Ziggurat
{
    /// <summary>Where the normal ziggurat's base layer meets its tail (256 layers).</summary>
    public const double NormalR = 3.6541528853610088;

    /// <summary>
    /// The area of each normal layer under exp(-x^2 / 2): r f(r) + the tail's area sqrt(pi / 2) erfc(r / sqrt 2),
    /// computed to double precision for r = <see cref="NormalR"/> (the recursion then closes at the top to 3e-15).
    /// </summary>
    private const double NormalV = 0.004928673233974658;

    /// <summary>Where the exponential ziggurat's base layer meets its tail (256 layers).</summary>
    public const double ExponentialR = 7.69711747013104972;

    private const double Uniform53 = 1.0 / 9007199254740992.0;
    private const double Symmetric53 = 1.0 / 4503599627370496.0;

    private static readonly double[] NormalX = BuildNormalX();
    private static readonly double[] NormalF = [.. NormalX.Select(x => Math.Exp(-0.5 * x * x))];
    private static readonly double[] ExponentialX = BuildExponentialX();
    private static readonly double[] ExponentialF = [.. ExponentialX.Select(x => Math.Exp(-x))];

    /// <summary>A standard normal draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Normal(ref Xoshiro256StarStar rng)
    {
        var bits = rng.NextUInt64();
        var i = (int)(bits & 0xFF);

        // A uniform in the open interval (-1, 1), symmetric about 0: 53 bits centred in their cells.
        var u = (((bits >> 11) + 0.5) * Symmetric53) - 1;
        var x = u * NormalX[i];
        if (Math.Abs(x) < NormalX[i + 1])
        {
            return x;
        }

        // The rare slow path works on a copy of the generator, so that a caller's generator whose address is never taken
        // can stay in registers once this method is inlined (the draws are the same either way).
        var spill = rng;
        var slow = NormalSlow(ref spill, i, u, x);
        rng = spill;
        return slow;
    }

    /// <summary>A standard exponential draw (rate 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exponential(ref Xoshiro256StarStar rng)
    {
        var bits = rng.NextUInt64();
        var i = (int)(bits & 0xFF);
        var x = ((bits >> 11) + 0.5) * Uniform53 * ExponentialX[i];
        return x < ExponentialX[i + 1] ? x : ExponentialSlow(ref rng, i, x);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NormalSlow(ref Xoshiro256StarStar rng, int i, double u, double x)
    {
        while (true)
        {
            if (i == 0)
            {
                // Marsaglia's tail beyond r: x = -ln(U1) / r, y = -ln(U2), accept when 2y > x^2; the sign is u's.
                double a, b;
                do
                {
                    a = -Math.Log(rng.NextDouble()) / NormalR;
                    b = -Math.Log(rng.NextDouble());
                }
                while (b + b < a * a);

                return u < 0 ? -(NormalR + a) : NormalR + a;
            }

            // Within layer i, the point (x, y) with y uniform between the layer's bottom and top lies under the curve?
            if (NormalF[i] + ((NormalF[i + 1] - NormalF[i]) * rng.NextDouble()) < Math.Exp(-0.5 * x * x))
            {
                return x;
            }

            var bits = rng.NextUInt64();
            i = (int)(bits & 0xFF);
            u = (((bits >> 11) + 0.5) * Symmetric53) - 1;
            x = u * NormalX[i];
            if (Math.Abs(x) < NormalX[i + 1])
            {
                return x;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ExponentialSlow(ref Xoshiro256StarStar rng, int i, double x)
    {
        while (true)
        {
            if (i == 0)
            {
                // The exponential is memoryless: beyond r it is r plus a fresh exponential.
                return ExponentialR - Math.Log(rng.NextDouble());
            }

            if (ExponentialF[i] + ((ExponentialF[i + 1] - ExponentialF[i]) * rng.NextDouble()) < Math.Exp(-x))
            {
                return x;
            }

            var bits = rng.NextUInt64();
            i = (int)(bits & 0xFF);
            x = ((bits >> 11) + 0.5) * Uniform53 * ExponentialX[i];
            if (x < ExponentialX[i + 1])
            {
                return x;
            }
        }
    }

    /// <summary>
    /// The layers' right edges, from the base (x[0] = v / f(r), the base layer's width including its tail) through
    /// x[1] = r up to x[256] = 0: x[i + 1] = f^-1(v / x[i] + f(x[i])), each layer holding area v.
    /// </summary>
    internal static double[] BuildNormalX()
    {
        var x = new double[257];
        var fr = Math.Exp(-0.5 * NormalR * NormalR);
        x[0] = NormalV / fr;
        x[1] = NormalR;
        for (var i = 2; i < 256; i++)
        {
            x[i] = Math.Sqrt(-2 * Math.Log((NormalV / x[i - 1]) + Math.Exp(-0.5 * x[i - 1] * x[i - 1])));
        }

        x[256] = 0;
        return x;
    }

    internal static double[] BuildExponentialX()
    {
        var fr = Math.Exp(-ExponentialR);
        var v = (ExponentialR * fr) + fr;
        var x = new double[257];
        x[0] = v / fr;
        x[1] = ExponentialR;
        for (var i = 2; i < 256; i++)
        {
            x[i] = -Math.Log((v / x[i - 1]) + Math.Exp(-x[i - 1]));
        }

        x[256] = 0;
        return x;
    }
}
