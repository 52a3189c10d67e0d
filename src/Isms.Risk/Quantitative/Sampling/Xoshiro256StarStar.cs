using System.Runtime.CompilerServices;

namespace Isms.Risk.Quantitative.Sampling;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018): a fast 64-bit generator with 256 bits of state, seeded through SplitMix64 from
/// one 64-bit key. Each (seed, scenario, variable, block) gets its own key, hence its own independent stream.
/// </summary>
/// <threadsafety>A mutable value type: one instance per thread.</threadsafety>
internal struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the state with four SplitMix64 outputs from the key (never all zero).</summary>
    public Xoshiro256StarStar(ulong key)
    {
        _s0 = SplitMix64(ref key);
        _s1 = SplitMix64(ref key);
        _s2 = SplitMix64(ref key);
        _s3 = SplitMix64(ref key);
    }

    /// <summary>A generator in a given state (the reference test vectors are stated from a state, not a seed).</summary>
    internal static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3) =>
        new() { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in the open interval (0, 1): 53 random bits, centred in their cell, so never 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>): Lemire's multiply-and-reject ("Fast random integer generation in
    /// an interval", ACM TOMACS 2019), exact (no modulo bias) and almost always one 64-bit draw and one multiplication.
    /// </summary>
    /// <param name="bound">The exclusive upper bound, positive.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextIndex(int bound)
    {
        var s = (ulong)bound;
        var high = Math.BigMul(NextUInt64(), s, out var low);
        if (low < s)
        {
            var threshold = (0 - s) % s;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), s, out low);
            }
        }

        return (int)high;
    }

    /// <summary>A standard normal draw (the 256-layer ziggurat of Marsaglia and Tsang, exact; see <see cref="Ziggurat"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextNormal() => Ziggurat.Normal(ref this);

    /// <summary>A standard exponential draw (the 256-layer ziggurat; see <see cref="Ziggurat"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextExponential() => Ziggurat.Exponential(ref this);

    /// <summary>The SplitMix64 step (Steele, Lea and Flood): advances the state and returns a well-mixed output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix64(state);
    }

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix64(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
