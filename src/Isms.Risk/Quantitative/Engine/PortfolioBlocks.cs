namespace Isms.Risk.Quantitative.Engine;

/// <summary>
/// The portfolio's simulated years, held block by block as compactly as each block allows: a block where most years are
/// zero keeps only its non-zero years (index and value); a dense block keeps its values. The full array of years in
/// simulation order (iterations doubles) is written out only when asked for (<see cref="Samples"/>), so a run whose
/// caller reads only statistics never touches iterations x 8 bytes of fresh memory (on a virtual machine the page
/// faults of such an array cost more than simulating a million sparse years).
/// </summary>
/// <threadsafety>Each block is captured by one worker into its own slot; <see cref="Samples"/> is thread-safe.</threadsafety>
internal sealed class PortfolioBlocks
{
    private readonly int _iterations;
    private readonly int _blockSize;
    private readonly double[][] _values;
    private readonly int[]?[] _years;
    private double[]? _samples;

    public PortfolioBlocks(int iterations, int blockSize)
    {
        _iterations = iterations;
        _blockSize = blockSize;
        var blocks = (int)((iterations + (long)blockSize - 1) / blockSize);
        _values = new double[blocks][];
        _years = new int[blocks][];
    }

    /// <summary>The portfolio as one dense array of years (already in simulation order): stored as it is, one chunk.</summary>
    public static PortfolioBlocks FromDense(double[] years, int blockSize)
    {
        var portfolio = new PortfolioBlocks(years.Length, blockSize, dense: years);
        return portfolio;
    }

    private PortfolioBlocks(int iterations, int blockSize, double[] dense)
    {
        _iterations = iterations;
        _blockSize = blockSize;
        _values = [dense];
        _years = [null];
        _samples = dense;
    }

    /// <summary>The number of simulated years.</summary>
    public int Count => _iterations;

    /// <summary>Each block's stored values (the non-zero years of a sparse block, every year of a dense one); one chunk of every year when built from a dense array.</summary>
    public ReadOnlySpan<double[]> Values => _values;

    /// <summary>
    /// Keeps one block's years: sparse (the years whose bits are not +0.0) when that takes less memory, else dense.
    /// <paramref name="scratchValues"/> and <paramref name="scratchYears"/> are at least as long as the block.
    /// </summary>
    public void Capture(int block, ReadOnlySpan<double> years, Span<double> scratchValues, Span<int> scratchYears)
    {
        // Branch-free compaction (the non-zero years fall at random, a branch would often be mispredicted): every year is
        // written at the next free place, which only advances past a non-zero year, so it never overtakes the year read.
        var values = scratchValues[..years.Length];
        var indices = scratchYears[..years.Length];
        var k = 0;
        for (var i = 0; i < years.Length; i++)
        {
            var x = years[i];
            values[k] = x;
            indices[k] = i;
            k += BitConverter.DoubleToUInt64Bits(x) != 0 ? 1 : 0;
        }

        // Sparse costs 12 bytes a stored year, dense 8 bytes a year.
        if ((long)k * 12 >= (long)years.Length * 8)
        {
            _values[block] = years.ToArray();
            return;
        }

        _values[block] = values[..k].ToArray();
        _years[block] = indices[..k].ToArray();
    }

    /// <summary>
    /// Keeps one block's years when only <paramref name="touched"/> (with repeats) can be non-zero: reads those years alone,
    /// and clears them, leaving <paramref name="years"/> all zero. Stores the same values as <see cref="Capture"/>.
    /// </summary>
    public void CaptureTouched(int block, Span<double> years, ReadOnlySpan<int> touched, Span<double> scratchValues, Span<int> scratchYears)
    {
        if ((long)touched.Length * 12 >= (long)years.Length * 8)
        {
            // Possibly dense: the whole block is read.
            Capture(block, years, scratchValues, scratchYears);
            years.Clear();
            return;
        }

        var k = 0;
        foreach (var year in touched)
        {
            var x = years[year];
            if (BitConverter.DoubleToUInt64Bits(x) != 0)
            {
                scratchValues[k] = x;
                scratchYears[k++] = year;
                years[year] = 0;
            }
        }

        _values[block] = scratchValues[..k].ToArray();
        _years[block] = scratchYears[..k].ToArray();
    }

    /// <summary>The years in simulation order, written out on first use (the same bits as a dense array filled block by block).</summary>
    public double[] Samples
    {
        get
        {
            if (_samples is null)
            {
                var samples = GC.AllocateUninitializedArray<double>(_iterations);
                for (var b = 0; b < _values.Length; b++)
                {
                    var start = b * _blockSize;
                    var length = Math.Min(_blockSize, _iterations - start);
                    var target = samples.AsSpan(start, length);
                    var indices = _years[b];
                    if (indices is null)
                    {
                        _values[b].CopyTo(target);
                        continue;
                    }

                    target.Clear();
                    var values = _values[b];
                    for (var k = 0; k < indices.Length; k++)
                    {
                        target[indices[k]] = values[k];
                    }
                }

                Interlocked.CompareExchange(ref _samples, samples, null);
            }

            return _samples;
        }
    }
}
