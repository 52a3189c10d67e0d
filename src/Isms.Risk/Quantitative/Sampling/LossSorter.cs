using System.Buffers;
using System.Runtime.InteropServices;
using Isms.Risk.Quantitative.Engine;

namespace Isms.Risk.Quantitative.Sampling;

/// <summary>
/// Sorts non-negative losses: zeros (often most simulated years) are counted, not sorted; the positive values are sorted
/// by a least-significant-digit radix sort on their IEEE 754 bits (for non-negative doubles the bit pattern orders like
/// the number), 11 bits per pass (six passes at most, their histograms counted in one pass, a pass skipped where every
/// key shares the digit). Same result as Array.Sort, several times faster.
/// </summary>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
internal static class LossSorter
{
    private const int DigitBits = 11;
    private const int Radix = 1 << DigitBits;
    private const int Digits = (64 + DigitBits - 1) / DigitBits;

    /// <summary>
    /// Sorts <paramref name="values"/>, which must be non-negative, into a copy: the number of zeros and the positive
    /// values in ascending order (the sorted sample is that many zeros followed by them).
    /// </summary>
    public static (int Zeros, double[] Positives) SortedCopy(ReadOnlySpan<double> values)
    {
        double[][] one = [];
        return SortedCopy(values, one, values.Length);
    }

    /// <summary>
    /// Sorts the values of several chunks (non-negative, together a sample of <paramref name="count"/> values whose
    /// values not in a chunk are zero) into a copy: the number of zeros and the positive values in ascending order.
    /// The result depends only on the values, not on how they are cut into chunks.
    /// </summary>
    public static (int Zeros, double[] Positives) SortedCopy(ReadOnlySpan<double[]> chunks, int count) => SortedCopy([], chunks, count);

    private static (int Zeros, double[] Positives) SortedCopy(ReadOnlySpan<double> values, ReadOnlySpan<double[]> chunks, int count)
    {
        var positives = BlockMath.CountPositives(values);
        foreach (var chunk in chunks)
        {
            positives += BlockMath.CountPositives(chunk);
        }

        var zeros = count - positives;
        var result = GC.AllocateUninitializedArray<double>(positives);
        var tail = result.AsSpan();
        if (positives < 256)
        {
            var k = 0;
            foreach (var v in values)
            {
                if (v > 0)
                {
                    tail[k++] = v;
                }
            }

            foreach (var chunk in chunks)
            {
                foreach (var v in chunk)
                {
                    if (v > 0)
                    {
                        tail[k++] = v;
                    }
                }
            }

            tail.Sort();
            return (zeros, result);
        }

        var a = ArrayPool<ulong>.Shared.Rent(positives + 1);
        var b = ArrayPool<ulong>.Shared.Rent(positives);
        var counts = ArrayPool<int>.Shared.Rent(Digits * Radix);
        try
        {
            var histogram = counts.AsSpan(0, Digits * Radix);
            histogram.Clear();
            // Branch-free compaction (most years are zero, at random, so a branch would often be mispredicted): every value
            // is written at the next free place, which only advances past a positive; one spare place after the last.
            var compact = a.AsSpan(0, positives + 1);
            var k = 0;
            foreach (var v in values)
            {
                compact[k] = BitConverter.DoubleToUInt64Bits(v);
                k += v > 0 ? 1 : 0;
            }

            foreach (var chunk in chunks)
            {
                foreach (var v in chunk)
                {
                    compact[k] = BitConverter.DoubleToUInt64Bits(v);
                    k += v > 0 ? 1 : 0;
                }
            }

            var keys = compact[..positives];

            foreach (var bits in keys)
            {
                for (var d = 0; d < Digits; d++)
                {
                    histogram[(d * Radix) + (int)((bits >> (d * DigitBits)) & (Radix - 1))]++;
                }
            }

            Span<ulong> source = keys;
            Span<ulong> target = b.AsSpan(0, positives);
            for (var d = 0; d < Digits; d++)
            {
                var shift = d * DigitBits;
                var offsets = histogram.Slice(d * Radix, Radix);
                if (offsets[(int)((source[0] >> shift) & (Radix - 1))] == positives)
                {
                    continue;
                }

                var sum = 0;
                for (var i = 0; i < Radix; i++)
                {
                    var c = offsets[i];
                    offsets[i] = sum;
                    sum += c;
                }

                foreach (var key in source)
                {
                    target[offsets[(int)((key >> shift) & (Radix - 1))]++] = key;
                }

                var swap = source;
                source = target;
                target = swap;
            }

            source.CopyTo(MemoryMarshal.Cast<double, ulong>(tail));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<ulong>.Shared.Return(b);
            ArrayPool<ulong>.Shared.Return(a);
        }

        return (zeros, result);
    }
}
