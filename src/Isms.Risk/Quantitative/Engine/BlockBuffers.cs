using System.Buffers;

namespace Isms.Risk.Quantitative.Engine;

/// <summary>
/// The scratch arrays of one worker: rented once per worker from the shared array pools, reused for every block it runs,
/// and returned when the worker is done (so runs after the first touch no fresh memory). Rented arrays may be longer than
/// asked and are not cleared: every use writes before it reads, and chunk sizes never change what is drawn.
/// </summary>
internal sealed class BlockBuffers
{
    public const int EventChunk = 1024;

    public BlockBuffers(int blockSize, int scenarios, bool correlated)
    {
        Frequency = ArrayPool<double>.Shared.Rent(blockSize);
        Portfolio = ArrayPool<double>.Shared.Rent(blockSize);
        CaptureValues = ArrayPool<double>.Shared.Rent(blockSize);
        CaptureYears = ArrayPool<int>.Shared.Rent(blockSize);
        Touched = ArrayPool<int>.Shared.Rent(blockSize);
        Array.Clear(Portfolio);
        PortfolioIsClear = true;
        Magnitude = ArrayPool<double>.Shared.Rent(blockSize);
        Work1 = ArrayPool<double>.Shared.Rent(blockSize);
        Work2 = ArrayPool<double>.Shared.Rent(blockSize);
        Factor = ArrayPool<double>.Shared.Rent(blockSize);
        Secondary = ArrayPool<double>.Shared.Rent(blockSize);
        SecondaryFactor = ArrayPool<double>.Shared.Rent(blockSize);
        SecondaryTotal = ArrayPool<double>.Shared.Rent(blockSize);
        Loss = ArrayPool<double>.Shared.Rent(correlated ? blockSize * scenarios : blockSize);
        Array.Clear(Loss);
        LossIsClear = true;
        EventLosses = ArrayPool<double>.Shared.Rent(EventChunk);
        EventYears = ArrayPool<int>.Shared.Rent(blockSize);
        DistinctLosses = ArrayPool<double>.Shared.Rent(blockSize);
        SecondaryLosses = ArrayPool<double>.Shared.Rent(EventChunk);
        if (correlated)
        {
            Normals = ArrayPool<double>.Shared.Rent(blockSize * scenarios);
            Independent = ArrayPool<double>.Shared.Rent(scenarios);
            Keys = ArrayPool<double>.Shared.Rent(blockSize);
            Order = ArrayPool<int>.Shared.Rent(blockSize);
        }
    }

    /// <summary>True when every element of <see cref="Loss"/> is zero (after a sparse scenario, or before the first).</summary>
    public bool LossIsClear { get; set; }

    /// <summary>True when every element of <see cref="Portfolio"/> is zero (after an all-sparse block, or before the first).</summary>
    public bool PortfolioIsClear { get; set; }

    /// <summary>How many years of <see cref="Touched"/> the block's sparse scenarios have written so far.</summary>
    public int TouchedCount { get; set; }

    /// <summary>Room for <paramref name="count"/> more touched years after the <see cref="TouchedCount"/> already written.</summary>
    public Span<int> Touch(int count)
    {
        if (Touched.Length < TouchedCount + count)
        {
            var grown = ArrayPool<int>.Shared.Rent(TouchedCount + count);
            Touched.AsSpan(0, TouchedCount).CopyTo(grown);
            ArrayPool<int>.Shared.Return(Touched);
            Touched = grown;
        }

        return Touched.AsSpan(TouchedCount, count);
    }

    /// <summary>The years the block's sparse scenarios have written (with repeats across scenarios).</summary>
    public ReadOnlySpan<int> EventYearsTouched() => Touched.AsSpan(0, TouchedCount);

    /// <summary>The loss event frequency above the limit that the last scenario simulated drew (0 when none).</summary>
    public double ExcessRate { get; set; }

    /// <summary>True when scenarios may be simulated sparse (not correlated, no per-scenario samples kept).</summary>
    public bool SparseAllowed { get; set; }

    /// <summary>The event years of a block, at least <paramref name="count"/> long (grown from the pool when needed).</summary>
    public Span<int> Years(int count)
    {
        if (EventYears.Length < count)
        {
            ArrayPool<int>.Shared.Return(EventYears);
            EventYears = ArrayPool<int>.Shared.Rent(count);
        }

        return EventYears.AsSpan(0, count);
    }

    /// <summary>A scratch array for the distinct losses of a block, at least <paramref name="count"/> long.</summary>
    public Span<double> Distinct(int count)
    {
        if (DistinctLosses.Length < count)
        {
            ArrayPool<double>.Shared.Return(DistinctLosses);
            DistinctLosses = ArrayPool<double>.Shared.Rent(count);
        }

        return DistinctLosses.AsSpan(0, count);
    }

    /// <summary>Returns every array to its pool; the buffers must not be used afterwards.</summary>
    public void Return()
    {
        foreach (var array in new[] { Frequency, Portfolio, CaptureValues, Magnitude, Work1, Work2, Factor, Secondary, SecondaryFactor, SecondaryTotal, Loss, EventLosses, SecondaryLosses, DistinctLosses, Normals, Independent, Keys })
        {
            if (array is not null)
            {
                ArrayPool<double>.Shared.Return(array);
            }
        }

        ArrayPool<int>.Shared.Return(EventYears);
        ArrayPool<int>.Shared.Return(CaptureYears);
        ArrayPool<int>.Shared.Return(Touched);
        if (Order is not null)
        {
            ArrayPool<int>.Shared.Return(Order);
        }
    }

    public double[] Frequency { get; }

    /// <summary>The portfolio's years of the block being run (captured into the run's portfolio afterwards).</summary>
    public double[] Portfolio { get; }

    /// <summary>The years written by the block's sparse scenarios (see <see cref="Touch"/>).</summary>
    public int[] Touched { get; private set; }

    /// <summary>Scratch for capturing the block's non-zero portfolio years: their values.</summary>
    public double[] CaptureValues { get; }

    /// <summary>Scratch for capturing the block's non-zero portfolio years: their indices within the block.</summary>
    public int[] CaptureYears { get; }

    public double[] Magnitude { get; }

    public double[] Work1 { get; }

    public double[] Work2 { get; }

    public double[] Factor { get; }

    public double[] Secondary { get; }

    public double[] SecondaryFactor { get; }

    public double[] SecondaryTotal { get; }

    public double[] Loss { get; }

    public double[] EventLosses { get; }

    public int[] EventYears { get; private set; }

    public double[] DistinctLosses { get; private set; }

    public double[] SecondaryLosses { get; }

    public double[]? Normals { get; }

    public double[]? Independent { get; }

    public double[]? Keys { get; }

    public int[]? Order { get; }
}
