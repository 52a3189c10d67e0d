using System.Runtime.InteropServices;

namespace Isms.Risk.Quantitative.Sampling;

/// <summary>
/// Sorts non-negative losses: zeros (often most simulated years) are counted, not sorted; the positive values are sorted
/// by a least-significant-digit radix sort on their IEEE 754 bits (for non-negative doubles the bit pattern orders like
/// the number), 16 bits per pass, passes where every key shares the digit skipped. Same result as Array.Sort, several times faster.
/// </summary>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
internal static class LossSorter
{
    /// <summary>Sorts <paramref name="values"/> in place; values must be non-negative (negative zero is written as zero).</summary>
    public static void Sort(Span<double> values)
    {
        var positives = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (v > 0)
            {
                values[positives++] = v;
            }
        }

        var zeros = values.Length - positives;
        if (positives > 0 && zeros > 0)
        {
            values[..positives].CopyTo(values[zeros..]);
        }

        values[..zeros].Clear();
        var tail = values[zeros..];
        if (tail.Length < 512)
        {
            tail.Sort();
            return;
        }

        RadixSort(MemoryMarshal.Cast<double, ulong>(tail));
    }

    private static void RadixSort(Span<ulong> keys)
    {
        var buffer = new ulong[keys.Length];
        var counts = new int[65536];
        Span<ulong> source = keys;
        Span<ulong> target = buffer;
        for (var shift = 0; shift < 64; shift += 16)
        {
            Array.Clear(counts);
            foreach (var k in source)
            {
                counts[(int)((k >> shift) & 0xFFFF)]++;
            }

            if (counts[(int)((source[0] >> shift) & 0xFFFF)] == source.Length)
            {
                continue;
            }

            var sum = 0;
            for (var i = 0; i < counts.Length; i++)
            {
                var c = counts[i];
                counts[i] = sum;
                sum += c;
            }

            foreach (var k in source)
            {
                target[counts[(int)((k >> shift) & 0xFFFF)]++] = k;
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (!source.Overlaps(keys))
        {
            source.CopyTo(keys);
        }
    }
}
