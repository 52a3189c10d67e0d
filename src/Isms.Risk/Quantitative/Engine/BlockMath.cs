using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Isms.Risk.Quantitative.Engine;

/// <summary>
/// The per-block passes over simulated years, vectorised with a fixed width of four doubles (<see cref="Vector256{T}"/>,
/// emulated where the hardware lacks it), so the order of additions, hence every bit of the result, is the same on every
/// machine and for every number of threads.
/// </summary>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
internal static class BlockMath
{
    /// <summary>How many values are positive.</summary>
    public static int CountPositives(ReadOnlySpan<double> values)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var n = values.Length;
        var counts = Vector256<long>.Zero;
        var i = 0;
        for (; i <= n - 4; i += 4)
        {
            counts -= Vector256.GreaterThan(Vector256.LoadUnsafe(ref start, (nuint)i), Vector256<double>.Zero).AsInt64();
        }

        var positives = counts.GetElement(0) + counts.GetElement(1) + counts.GetElement(2) + counts.GetElement(3);
        for (; i < n; i++)
        {
            positives += Unsafe.Add(ref start, i) > 0 ? 1 : 0;
        }

        return (int)positives;
    }

    /// <summary>
    /// The sum of the values (four interleaved partial sums, then the tail), how many are positive, and target += values in one pass: the
    /// same sum, count and totals, one read of the values.
    /// </summary>
    public static (double Sum, int Positives) SumPositivesAndAdd(ReadOnlySpan<double> values, Span<double> target)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        ref var t = ref MemoryMarshal.GetReference(target);
        var n = values.Length;
        var sums = Vector256<double>.Zero;
        var counts = Vector256<long>.Zero;
        var i = 0;
        for (; i <= n - 4; i += 4)
        {
            var v = Vector256.LoadUnsafe(ref start, (nuint)i);
            sums += v;
            counts -= Vector256.GreaterThan(v, Vector256<double>.Zero).AsInt64();
            (Vector256.LoadUnsafe(ref t, (nuint)i) + v).StoreUnsafe(ref t, (nuint)i);
        }

        var sum = Horizontal(sums);
        var positives = counts.GetElement(0) + counts.GetElement(1) + counts.GetElement(2) + counts.GetElement(3);
        for (; i < n; i++)
        {
            var v = Unsafe.Add(ref start, i);
            sum += v;
            if (v > 0)
            {
                positives++;
            }

            Unsafe.Add(ref t, i) += v;
        }

        return (sum, (int)positives);
    }

    /// <summary>target += values, element by element (each sum the same as one addition at a time).</summary>
    public static void Add(ReadOnlySpan<double> values, Span<double> target)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        ref var t = ref MemoryMarshal.GetReference(target);
        var n = values.Length;
        var i = 0;
        for (; i <= n - 4; i += 4)
        {
            (Vector256.LoadUnsafe(ref t, (nuint)i) + Vector256.LoadUnsafe(ref start, (nuint)i)).StoreUnsafe(ref t, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref t, i) += Unsafe.Add(ref start, i);
        }
    }

    /// <summary>The sum of (value - mean)^2.</summary>
    public static double SumOfSquaredDeviations(ReadOnlySpan<double> values, double mean)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var n = values.Length;
        var m = Vector256.Create(mean);
        var acc = Vector256<double>.Zero;
        var i = 0;
        for (; i <= n - 4; i += 4)
        {
            var d = Vector256.LoadUnsafe(ref start, (nuint)i) - m;
            acc += d * d;
        }

        var sum = Horizontal(acc);
        for (; i < n; i++)
        {
            var d = Unsafe.Add(ref start, i) - mean;
            sum += d * d;
        }

        return sum;
    }

    private static double Horizontal(Vector256<double> v) => (v.GetElement(0) + v.GetElement(1)) + (v.GetElement(2) + v.GetElement(3));
}
