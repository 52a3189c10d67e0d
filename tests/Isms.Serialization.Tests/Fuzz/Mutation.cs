using System.Text;

namespace Isms.Serialization.Tests.Fuzz;

/// <summary>
/// One way to damage an input, as an attacker or a careless user would: it returns the damaged bytes, or null when
/// it does not apply to this input (e.g. a JSON tree mutation on text that no longer parses).
/// </summary>
/// <param name="Name">A short name, shown in the trail of a failing case.</param>
/// <param name="Apply">The mutation; deterministic for a given <see cref="Random"/>.</param>
public sealed record Mutation(string Name, Func<byte[], Random, byte[]?> Apply);

/// <summary>
/// The mutation engine shared by every reader's fuzz test: starting from valid inputs, it applies a few mutations in a
/// row (format-aware ones from <see cref="JsonMutations"/> or <see cref="DelimitedMutations"/>, raw ones from
/// <see cref="ByteMutations"/>), and records what it did so that a failure can be reproduced and read. A document kind
/// gets its fuzz test by giving its valid seeds, its format's mutations and its reader to <see cref="FuzzHarness"/>.
/// </summary>
public static class Mutator
{
    /// <summary>Mutates <paramref name="seed"/> <paramref name="rounds"/> times; byte-level damage about one round in four.</summary>
    /// <param name="seed">A valid input.</param>
    /// <param name="rounds">How many mutations to apply, at least 1.</param>
    /// <param name="random">The source of choices (seeded: the case is reproducible).</param>
    /// <param name="aware">The format-aware mutations.</param>
    /// <returns>The damaged input and the names of the mutations applied, in order.</returns>
    public static (byte[] Input, string Trail) Mutate(byte[] seed, int rounds, Random random, IReadOnlyList<Mutation> aware)
    {
        var input = seed;
        var trail = new List<string>();
        for (var round = 0; round < rounds; round++)
        {
            var pool = aware.Count == 0 || random.Next(4) == 0 ? ByteMutations.All : aware;
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var mutation = pool[random.Next(pool.Count)];
                if (mutation.Apply(input, random) is { } damaged)
                {
                    input = damaged;
                    trail.Add(mutation.Name);
                    break;
                }

                pool = attempt >= 3 ? ByteMutations.All : pool;
            }
        }

        return (input, string.Join(" > ", trail));
    }

    /// <summary>The input as a reader of a failure report sees it: printable ASCII kept, everything else escaped, cut at 2,000 characters.</summary>
    public static string Show(byte[] input)
    {
        var text = new StringBuilder();
        foreach (var b in input.AsSpan(0, Math.Min(input.Length, 2000)))
        {
            text.Append(b is >= 0x20 and < 0x7f and not (byte)'\\' ? (char)b : $"\\x{b:x2}");
        }

        return input.Length > 2000 ? text + "..." : text.ToString();
    }
}
