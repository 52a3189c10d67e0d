using System.Buffers;
using System.Runtime.InteropServices;
using Isms.Risk.Quantitative.Engine;

namespace Isms.Risk.Quantitative.Sampling;

/// <summary>
/// Sorts non-negative losses: zeros (often most simulated years) are counted, not sorted; the positive values are sorted
/// by a least-significant-digit radix sort on their IEEE 754 bits (for non-negative doubles the bit pattern orders like
/// the number), 11 bits per pass (six passes at most, their histograms counted in one pass, a pass skipped where every
/// key shares the digit). Same result as Array.Sort, several times faster. A large sample is sorted by several threads
/// (each pass counts and scatters a slice per thread, in slice order, so the sort stays stable and its result is the
/// same whatever the number of threads: a sorted array of values is unique).
/// </summary>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
internal static class LossSorter
{
    private const int DigitBits = 11;
    private const int Radix = 1 << DigitBits;
    private const int Digits = (64 + DigitBits - 1) / DigitBits;

    /// <summary>Below this many positive values one thread sorts (the threads would cost more than they save).</summary>
    private const int ParallelThreshold = 1 << 17;

    private const int MaxWorkers = 8;

    /// <summary>
    /// Sorts <paramref name="values"/>, which must be non-negative, into a copy: the number of zeros and the positive
    /// values in ascending order (the sorted sample is that many zeros followed by them). At most
    /// <paramref name="maxDegreeOfParallelism"/> threads (-1: as many as the machine has, up to 8).
    /// </summary>
    public static (int Zeros, double[] Positives) SortedCopy(ReadOnlySpan<double> values, int maxDegreeOfParallelism = 1)
    {
        double[][] one = [];
        return SortedCopy(values, one, values.Length, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Sorts the values of several chunks (non-negative, together a sample of <paramref name="count"/> values whose
    /// values not in a chunk are zero) into a copy: the number of zeros and the positive values in ascending order.
    /// The result depends only on the values, not on how they are cut into chunks or on the number of threads.
    /// </summary>
    public static (int Zeros, double[] Positives) SortedCopy(ReadOnlySpan<double[]> chunks, int count, int maxDegreeOfParallelism = 1) =>
        SortedCopy([], chunks, count, maxDegreeOfParallelism);

    private static (int Zeros, double[] Positives) SortedCopy(ReadOnlySpan<double> values, ReadOnlySpan<double[]> chunks, int count, int maxDegreeOfParallelism)
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
            var workers = positives < ParallelThreshold ? 1
                : Math.Min(Math.Min(Environment.ProcessorCount, MaxWorkers), maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : MaxWorkers);
            if (workers > 1)
            {
                var sorted = SortInParallel(a, b, positives, workers);
                sorted.AsSpan(0, positives).CopyTo(MemoryMarshal.Cast<double, ulong>(tail));
                return (zeros, result);
            }

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

    /// <summary>
    /// The radix passes over <paramref name="count"/> keys in <paramref name="a"/> with <paramref name="b"/> as the other
    /// buffer, by <paramref name="workers"/> threads: each pass counts the digit in each slice, gives every (digit, slice)
    /// its place (digits in order, slices in order within a digit: stable), then each slice scatters its keys. Returns the
    /// buffer holding the sorted keys.
    /// </summary>
    private static ulong[] SortInParallel(ulong[] a, ulong[] b, int count, int workers)
    {
        var counts = ArrayPool<int>.Shared.Rent(workers * Radix);
        try
        {
            var source = a;
            var target = b;
            for (var d = 0; d < Digits; d++)
            {
                var shift = d * DigitBits;
                var from = source;
                var to = target;
                Parallel.For(0, workers, w =>
                {
                    var slice = counts.AsSpan(w * Radix, Radix);
                    slice.Clear();
                    foreach (var key in Slice(from, w, workers, count))
                    {
                        slice[(int)((key >> shift) & (Radix - 1))]++;
                    }
                });

                // Every key shares this digit: the pass would move nothing.
                var first = (int)((from[0] >> shift) & (Radix - 1));
                var shared = 0;
                for (var w = 0; w < workers; w++)
                {
                    shared += counts[(w * Radix) + first];
                }

                if (shared == count)
                {
                    continue;
                }

                var sum = 0;
                for (var digit = 0; digit < Radix; digit++)
                {
                    for (var w = 0; w < workers; w++)
                    {
                        var c = counts[(w * Radix) + digit];
                        counts[(w * Radix) + digit] = sum;
                        sum += c;
                    }
                }

                Parallel.For(0, workers, w =>
                {
                    var offsets = counts.AsSpan(w * Radix, Radix);
                    foreach (var key in Slice(from, w, workers, count))
                    {
                        to[offsets[(int)((key >> shift) & (Radix - 1))]++] = key;
                    }
                });

                source = to;
                target = from;
            }

            return source;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>The keys of one worker's slice: the <paramref name="worker"/>-th of <paramref name="workers"/> near-equal parts of the first <paramref name="count"/>.</summary>
    private static ReadOnlySpan<ulong> Slice(ulong[] keys, int worker, int workers, int count)
    {
        var start = (int)((long)count * worker / workers);
        var end = (int)((long)count * (worker + 1) / workers);
        return keys.AsSpan(start, end - start);
    }
}
