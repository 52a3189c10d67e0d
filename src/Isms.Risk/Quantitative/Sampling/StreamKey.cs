namespace Isms.Risk.Quantitative.Sampling;

/// <summary>
/// Derives the key of a random stream from (seed, scenario, variable, block), so a scenario's draws depend on its id,
/// never on its position in the set, on other scenarios, on the thread that runs the block or on the order blocks finish.
/// </summary>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
internal static class StreamKey
{
    /// <summary>Variable code of the yearly event count.</summary>
    public const ulong Events = 100;

    /// <summary>Variable code of the loss drawn per event (Loss Magnitude or Primary Loss).</summary>
    public const ulong EventLoss = 101;

    /// <summary>Variable code of whether an event has secondary effects.</summary>
    public const ulong SecondaryOccurrence = 102;

    /// <summary>Variable code of the secondary loss drawn per secondary event.</summary>
    public const ulong SecondaryLoss = 103;

    /// <summary>Variable code of the copula's normals (with scenario hash 0).</summary>
    public const ulong Copula = 104;

    /// <summary>Variable code of draws used to find an input's quantiles.</summary>
    public const ulong Quantiles = 105;

    /// <summary>A stable 64-bit hash of a string (FNV-1a over UTF-16 code units, then mixed): not randomised per process.</summary>
    public static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Xoshiro256StarStar.Mix64(h);
    }

    /// <summary>The variable code of a node's own draws.</summary>
    public static ulong Node(int node) => (ulong)node + 1;

    /// <summary>The variable code of a control's reduction of a node.</summary>
    public static ulong Reduction(ulong controlHash, int node) => Xoshiro256StarStar.Mix64(controlHash + (ulong)node + 1000);

    /// <summary>The key of one stream.</summary>
    public static ulong Derive(ulong seed, ulong scenario, ulong variable, long block)
    {
        var h = Xoshiro256StarStar.Mix64(seed + 0x9E3779B97F4A7C15UL);
        h = Xoshiro256StarStar.Mix64(h ^ scenario);
        h = Xoshiro256StarStar.Mix64(h ^ (variable * 0xD1B54A32D192ED03UL));
        return Xoshiro256StarStar.Mix64(h ^ ((ulong)block * 0xAEF17502108EF2D9UL));
    }

    /// <summary>A generator on the stream.</summary>
    public static Xoshiro256StarStar Open(ulong seed, ulong scenario, ulong variable, long block) => new(Derive(seed, scenario, variable, block));
}
