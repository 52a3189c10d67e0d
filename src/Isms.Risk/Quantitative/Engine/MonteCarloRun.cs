using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Quantitative.Engine;

/// <summary>
/// One run of the Monte Carlo engine. The simulated years are cut into fixed blocks of <see cref="BlockSize"/>; each block
/// is simulated by one worker with streams keyed by (seed, scenario id, variable, block), so what a block computes does
/// not depend on the thread that runs it. Blocks write disjoint slices of the output and their partial moments are merged
/// in block order afterwards: the result is the same bit for bit with 1 thread or 64.
/// </summary>
internal sealed class MonteCarloRun
{
    /// <summary>Simulated years per block.</summary>
    public const int BlockSize = 8192;

    /// <summary>Above this many expected events per block, a constant rate is simulated year by year (the count must fit an int).</summary>
    private const double MaxEventsPerBlock = 1 << 30;

    /// <summary>The most doubles of scenario samples <see cref="ExecuteGrouped"/> holds at once (64 MB).</summary>
    public const long GroupBudget = 1 << 23;

    /// <summary>A constant-rate block is simulated sparse while it has at most this many events per year on average.</summary>
    private const int SparseEventsPerYear = 4;

    private readonly CompiledScenario[] _scenarios;
    private readonly ulong _seed;
    private readonly SimulationMode _mode;
    private readonly int _iterations;
    private readonly double[]? _cholesky;
    private readonly bool[]? _independent;
    private readonly Lock _failureGate = new();
    private int _failedBlock = int.MaxValue;
    private (int Scenario, double Rate) _failure;

    public MonteCarloRun(CompiledScenario[] canonicalScenarios, ulong seed, SimulationMode mode, int iterations, double[]? cholesky)
    {
        _scenarios = canonicalScenarios;
        _seed = seed;
        _mode = mode;
        _iterations = iterations;
        _cholesky = cholesky;
        if (cholesky is not null)
        {
            var n = canonicalScenarios.Length;
            _independent = new bool[n];
            for (var s = 0; s < n; s++)
            {
                var independent = true;
                for (var t = 0; t < n; t++)
                {
                    if (t != s && (cholesky[(s * n) + t] != 0 || cholesky[(t * n) + s] != 0))
                    {
                        independent = false;
                    }
                }

                _independent[s] = independent;
            }
        }
    }

    public int Blocks => (int)((_iterations + (long)BlockSize - 1) / BlockSize);

    /// <summary>The portfolio's years, block by block (the full array only when asked for).</summary>
    public PortfolioBlocks Portfolio { get; private set; } = null!;

    public BlockPartial[] Partials { get; private set; } = [];

    public double[][]? ScenarioSamples { get; private set; }

    public void Execute(int maxDegreeOfParallelism, bool keepScenarioSamples, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var n = _scenarios.Length;
        var blocks = Blocks;
        Portfolio = new PortfolioBlocks(_iterations, BlockSize);
        Partials = new BlockPartial[blocks * n];
        if (keepScenarioSamples)
        {
            ScenarioSamples = new double[n][];
            for (var s = 0; s < n; s++)
            {
                ScenarioSamples[s] = GC.AllocateUninitializedArray<double>(_iterations);
            }
        }

        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(
            0,
            blocks,
            options,
            () => new BlockBuffers(BlockSize, n, _cholesky is not null),
            (block, _, buffers) =>
            {
                RunBlock(block, buffers);
                if (progress is not null)
                {
                    progress.Report((double)Interlocked.Increment(ref done) / blocks);
                }

                return buffers;
            },
            buffers => buffers.Return());

        if (_failedBlock != int.MaxValue)
        {
            throw LimitCheck.DrawnRate(_scenarios[_failure.Scenario].Scenario, _failure.Rate);
        }
    }

    /// <summary>
    /// Records that a block drew a loss event frequency above the limit. The run reports the failure of the first such
    /// block (and its first such scenario in canonical order), whatever the number of threads; later blocks are skipped.
    /// </summary>
    private void Fail(int block, int scenario, double rate)
    {
        lock (_failureGate)
        {
            if (block < _failedBlock || (block == _failedBlock && scenario < _failure.Scenario))
            {
                _failedBlock = block;
                _failure = (scenario, rate);
            }
        }
    }

    /// <summary>
    /// Runs every scenario's years a group of scenarios at a time, handing each scenario's complete sample (its years in
    /// simulation order) to <paramref name="summarise"/> as soon as its group is simulated; the sample's buffer is then reused
    /// by the next group. Memory: the portfolio's years plus at most <see cref="GroupBudget"/> doubles of samples, whatever
    /// the number of scenarios. Not for correlated sets (the copula needs every scenario of a block at once).
    /// </summary>
    /// <remarks>
    /// The portfolio is one array of years to which each group's samples are added, scenario by scenario in canonical order:
    /// each year's sum is the same sequence of additions as in <see cref="Execute"/>, so the same bits. A scenario's sample
    /// is the same too (the same streams per block, simulated dense). Work items are (scenario, block) pairs, so a group
    /// keeps every core busy even with a single block of years.
    /// </remarks>
    public void ExecuteGrouped(int maxDegreeOfParallelism, Action<int, double[]> summarise, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var n = _scenarios.Length;
        var blocks = Blocks;
        var groupSize = (int)Math.Clamp(GroupBudget / _iterations, 1, n);
        var samples = new double[groupSize][];
        for (var g = 0; g < samples.Length; g++)
        {
            samples[g] = GC.AllocateUninitializedArray<double>(_iterations);
        }

        // A single scenario's years are the portfolio's (0 + x is x for every non-negative loss): no second array, no sum.
        var dense = n == 1 ? samples[0] : new double[_iterations];

        var done = 0L;
        var total = (long)n * blocks;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        for (var first = 0; first < n; first += groupSize)
        {
            var group = Math.Min(groupSize, n - first);
            var start = first;
            Parallel.For(
                0,
                group * blocks,
                options,
                () => new BlockBuffers(BlockSize, 1, correlated: false),
                (item, _, buffers) =>
                {
                    var s = start + (item / blocks);
                    var block = item % blocks;
                    if (Volatile.Read(ref _failedBlock) < block)
                    {
                        return buffers;
                    }

                    var offset = block * BlockSize;
                    var loss = samples[s - start].AsSpan(offset, Math.Min(BlockSize, _iterations - offset));
                    buffers.SparseAllowed = false;
                    buffers.LossIsClear = false;
                    SimulateScenario(_scenarios[s], block, loss, buffers);
                    if (buffers.ExcessRate > 0)
                    {
                        Fail(block, s, buffers.ExcessRate);
                        buffers.ExcessRate = 0;
                    }

                    if (progress is not null)
                    {
                        progress.Report((double)Interlocked.Increment(ref done) / total);
                    }

                    return buffers;
                },
                buffers => buffers.Return());

            if (_failedBlock != int.MaxValue)
            {
                throw LimitCheck.DrawnRate(_scenarios[_failure.Scenario].Scenario, _failure.Rate);
            }

            Parallel.For(0, n == 1 ? 0 : blocks, options, block =>
            {
                var offset = block * BlockSize;
                var length = Math.Min(BlockSize, _iterations - offset);
                var target = dense.AsSpan(offset, length);
                for (var g = 0; g < group; g++)
                {
                    BlockMath.Add(samples[g].AsSpan(offset, length), target);
                }
            });

            Parallel.For(0, group, options, g => summarise(start + g, samples[g]));
        }

        Portfolio = PortfolioBlocks.FromDense(dense, BlockSize);
    }

    private void RunBlock(int block, BlockBuffers buffers)
    {
        if (Volatile.Read(ref _failedBlock) < block)
        {
            return;
        }

        var n = _scenarios.Length;
        var start = block * BlockSize;
        var length = Math.Min(BlockSize, _iterations - start);
        var portfolio = buffers.Portfolio.AsSpan(0, length);
        var correlated = _cholesky is not null;

        // Sparse scenarios (a constant rate, losses only where events fell) touch only their event years: the loss
        // buffer is kept clear between them and the portfolio is cleared once per block, then added to.
        // When every scenario of the block is sparse, the portfolio's non-zero years are among the years they touched:
        // only those are read (and cleared, so the buffer stays clear for the next block) instead of the whole block.
        buffers.SparseAllowed = !correlated && ScenarioSamples is null;
        if (!buffers.PortfolioIsClear)
        {
            portfolio.Clear();
        }

        buffers.PortfolioIsClear = false;
        buffers.TouchedCount = 0;
        var allSparse = true;
        for (var s = 0; s < n; s++)
        {
            var loss = correlated ? buffers.Loss.AsSpan(s * BlockSize, length) : buffers.Loss.AsSpan(0, length);
            var events = SimulateScenario(_scenarios[s], block, loss, buffers);
            if (buffers.ExcessRate > 0)
            {
                Fail(block, s, buffers.ExcessRate);
                buffers.ExcessRate = 0;
                buffers.PortfolioIsClear = false;
                buffers.LossIsClear = false;
                return;
            }

            if (events >= 0)
            {
                FinishSparse(s, block, loss, portfolio, buffers, events);
            }
            else
            {
                allSparse = false;
                if (!correlated)
                {
                    Finish(s, block, loss, portfolio, start);
                    buffers.LossIsClear = false;
                }
            }
        }

        if (correlated)
        {
            Correlate(block, length, buffers);
            for (var s = 0; s < n; s++)
            {
                Finish(s, block, buffers.Loss.AsSpan(s * BlockSize, length), portfolio, start);
            }
        }

        if (allSparse)
        {
            Portfolio.CaptureTouched(block, portfolio, buffers.EventYearsTouched(), buffers.CaptureValues, buffers.CaptureYears);
            buffers.PortfolioIsClear = true;
        }
        else
        {
            Portfolio.Capture(block, portfolio, buffers.CaptureValues, buffers.CaptureYears);
        }
    }

    /// <summary>
    /// Moments and portfolio of a sparse scenario from its event years alone: each distinct year with a loss is read once
    /// (then cleared, which marks it read and leaves the buffer clear for the next scenario); the other years are zeros.
    /// </summary>
    private void FinishSparse(int s, int block, Span<double> loss, Span<double> portfolio, BlockBuffers buffers, int events)
    {
        var years = buffers.EventYears.AsSpan(0, events);
        // At most one entry per year of the block (a year is cleared once read), however many events fell in it.
        var distinct = Math.Min(events, loss.Length);
        var values = buffers.Distinct(distinct);
        var touched = buffers.Touch(distinct);
        var k = 0;
        foreach (var year in years)
        {
            var x = loss[year];
            if (x != 0)
            {
                touched[k] = year;
                values[k++] = x;
                portfolio[year] += x;
                loss[year] = 0;
            }
        }

        buffers.TouchedCount += k;

        var sum = 0.0;
        var positives = 0;
        for (var i = 0; i < k; i++)
        {
            sum += values[i];
            positives += values[i] > 0 ? 1 : 0;
        }

        var mean = sum / loss.Length;
        var m2 = (loss.Length - k) * mean * mean;
        for (var i = 0; i < k; i++)
        {
            var d = values[i] - mean;
            m2 += d * d;
        }

        Partials[(block * _scenarios.Length) + s] = new BlockPartial(loss.Length, mean, m2, positives);
        buffers.LossIsClear = true;
    }

    private void Finish(int s, int block, Span<double> loss, Span<double> portfolio, int start)
    {
        var (sum, positives) = BlockMath.SumPositivesAndAdd(loss, portfolio);
        var mean = sum / loss.Length;
        Partials[(block * _scenarios.Length) + s] = new BlockPartial(loss.Length, mean, BlockMath.SumOfSquaredDeviations(loss, mean), positives);
        if (ScenarioSamples is not null)
        {
            loss.CopyTo(ScenarioSamples[s].AsSpan(start, loss.Length));
        }
    }

    /// <summary>
    /// Gaussian copula by rank reordering (Iman and Conover): correlated normals z = L e are drawn for the block, and each
    /// scenario's simulated years are rearranged so their ranks follow z's. Each scenario keeps exactly its own sample.
    /// </summary>
    private void Correlate(int block, int length, BlockBuffers buffers)
    {
        var n = _scenarios.Length;
        var l = _cholesky!;
        var normals = buffers.Normals!;
        var e = buffers.Independent!;
        var rng = StreamKey.Open(_seed, 0, StreamKey.Copula, block);
        for (var i = 0; i < length; i++)
        {
            for (var t = 0; t < n; t++)
            {
                e[t] = rng.NextNormal();
            }

            for (var s = 0; s < n; s++)
            {
                var z = 0.0;
                var row = s * n;
                for (var t = 0; t <= s; t++)
                {
                    z += l[row + t] * e[t];
                }

                normals[(s * BlockSize) + i] = z;
            }
        }

        var keys = buffers.Keys.AsSpan(0, length);
        var order = buffers.Order.AsSpan(0, length);
        var sorted = buffers.Work1.AsSpan(0, length);
        for (var s = 0; s < n; s++)
        {
            if (_independent![s])
            {
                continue;
            }

            normals.AsSpan(s * BlockSize, length).CopyTo(keys);
            for (var i = 0; i < length; i++)
            {
                order[i] = i;
            }

            keys.Sort(order);
            var loss = buffers.Loss.AsSpan(s * BlockSize, length);
            loss.CopyTo(sorted);
            sorted.Sort();
            for (var k = 0; k < length; k++)
            {
                loss[order[k]] = sorted[k];
            }
        }
    }

    /// <summary>Simulates one scenario over one block into <paramref name="loss"/>.</summary>
    /// <returns>The number of events when the scenario was simulated sparse (see <see cref="FinishSparse"/>), else -1.</returns>
    private int SimulateScenario(CompiledScenario sc, int block, Span<double> loss, BlockBuffers buffers)
    {
        var length = loss.Length;
        var lef = buffers.Frequency.AsSpan(0, length);
        var work1 = buffers.Work1.AsSpan(0, length);
        var work2 = buffers.Work2.AsSpan(0, length);
        if (_mode == SimulationMode.AnnualLoss && sc.ConstantRate && sc.Rate * length < MaxEventsPerBlock)
        {
            // The rate is the same every year: no per-year frequency array is needed.
            return AnnualLoss(sc, block, [], loss, buffers);
        }

        Frequency(sc, block, lef, work1, work2);
        if (_mode == SimulationMode.ExpectedLoss)
        {
            var magnitude = buffers.Magnitude.AsSpan(0, length);
            if (sc.Has(FairNode.LossMagnitude))
            {
                FillNode(sc, FairNode.LossMagnitude, block, magnitude);
            }
            else
            {
                FillNode(sc, FairNode.PrimaryLoss, block, magnitude);
                Reduce(sc, sc.PrimaryReductions, block, magnitude, work1);
                if (sc.HasSecondary)
                {
                    var secondary = buffers.Secondary.AsSpan(0, length);
                    FillNode(sc, FairNode.SecondaryLossEventFrequency, block, secondary);
                    Reduce(sc, sc.SecondaryFrequencyReductions, block, secondary, work1);
                    FillNode(sc, FairNode.SecondaryLossEventMagnitude, block, work2);
                    Reduce(sc, sc.SecondaryMagnitudeReductions, block, work2, work1);
                    for (var i = 0; i < length; i++)
                    {
                        magnitude[i] += secondary[i] * work2[i];
                    }
                }
            }

            Reduce(sc, sc.LossMagnitudeReductions, block, magnitude, work1);
            for (var i = 0; i < length; i++)
            {
                loss[i] = lef[i] * magnitude[i];
            }

            return -1;
        }

        return AnnualLoss(sc, block, lef, loss, buffers);
    }

    private int AnnualLoss(CompiledScenario sc, int block, Span<double> lef, Span<double> loss, BlockBuffers buffers)
    {
        var length = loss.Length;
        var work1 = buffers.Work1.AsSpan(0, length);
        var lmFactor = buffers.Factor.AsSpan(0, length);
        var hasLmFactor = Factor(sc, sc.LossMagnitudeReductions, block, lmFactor, work1);
        var direct = sc.Has(FairNode.LossMagnitude);
        var plFactor = buffers.Magnitude.AsSpan(0, length);
        var hasPlFactor = !direct && Factor(sc, sc.PrimaryReductions, block, plFactor, work1);
        var secondary = sc.HasSecondary;
        var slef = buffers.Secondary.AsSpan(0, length);
        var slemFactor = buffers.SecondaryFactor.AsSpan(0, length);
        var hasSlemFactor = false;
        var secondaryOccurrence = default(Xoshiro256StarStar);
        var secondaryDraws = default(DrawBuffer);
        if (secondary)
        {
            FillNode(sc, FairNode.SecondaryLossEventFrequency, block, slef);
            Reduce(sc, sc.SecondaryFrequencyReductions, block, slef, work1);
            hasSlemFactor = Factor(sc, sc.SecondaryMagnitudeReductions, block, slemFactor, work1);
            secondaryOccurrence = StreamKey.Open(_seed, sc.Hash, StreamKey.SecondaryOccurrence, block);
            secondaryDraws = new DrawBuffer(StreamKey.Open(_seed, sc.Hash, StreamKey.SecondaryLoss, block), sc[FairNode.SecondaryLossEventMagnitude], buffers.SecondaryLosses);
        }

        var events = StreamKey.Open(_seed, sc.Hash, StreamKey.Events, block);
        var eventDistribution = direct ? sc[FairNode.LossMagnitude] : sc[FairNode.PrimaryLoss];
        var eventLosses = new Xoshiro256StarStar(StreamKey.Derive(_seed, sc.Hash, StreamKey.EventLoss, block));
        if (lef.IsEmpty)
        {
            // A constant rate: the block's years are a Poisson process. Its number of events is Poisson(rate x years) and
            // each event falls in a uniformly chosen year, so each year's count is Poisson(rate), independent of the
            // others: the same distribution as one count per year, with work proportional to the events, not the years.
            var rate = sc.Rate;
            var total = rate > 0 ? Sampler.Poisson(ref events, rate * length) : 0;

            // Sparse only while the block's event years are few (they are all kept, for FinishSparse): memory stays
            // bounded by the block whatever the rate.
            var sparse = buffers.SparseAllowed && !hasPlFactor && !hasLmFactor && !secondary && total <= SparseEventsPerYear * length;
            if (!sparse || !buffers.LossIsClear)
            {
                loss.Clear();
            }

            if (sparse)
            {
                ScatterEvents(length, ref events, ref eventLosses, eventDistribution, loss, buffers.Years(total), buffers.EventLosses);
                return total;
            }

            // A chunk of events at a time (the same draws in the same order as all at once): each chunk's secondary
            // effects follow it, in the order the events were drawn, from their own streams.
            var secondaryTotal = buffers.SecondaryTotal.AsSpan(0, length);
            if (secondary)
            {
                secondaryTotal.Clear();
            }

            var chunk = buffers.Years(BlockBuffers.EventChunk)[..BlockBuffers.EventChunk];
            for (var done = 0; done < total; done += chunk.Length)
            {
                var years = chunk[..Math.Min(chunk.Length, total - done)];
                ScatterEvents(length, ref events, ref eventLosses, eventDistribution, loss, years, buffers.EventLosses);
                if (secondary)
                {
                    foreach (var year in years)
                    {
                        if (secondaryOccurrence.NextDouble() < slef[year])
                        {
                            secondaryTotal[year] += secondaryDraws.Next();
                        }
                    }
                }
            }

            if (secondary)
            {

                for (var y = 0; y < length; y++)
                {
                    var year = loss[y];
                    if (hasPlFactor)
                    {
                        year *= plFactor[y];
                    }

                    year += hasSlemFactor ? secondaryTotal[y] * slemFactor[y] : secondaryTotal[y];
                    loss[y] = hasLmFactor ? year * lmFactor[y] : year;
                }
            }
            else if (hasPlFactor || hasLmFactor)
            {
                for (var y = 0; y < length; y++)
                {
                    var year = loss[y];
                    if (hasPlFactor)
                    {
                        year *= plFactor[y];
                    }

                    loss[y] = hasLmFactor ? year * lmFactor[y] : year;
                }
            }

            return -1;
        }

        var highest = 0.0;
        foreach (var rate in lef)
        {
            highest = Math.Max(highest, rate);
        }

        if (highest > SimulationLimits.MaxLossEventsPerYear)
        {
            buffers.ExcessRate = highest;
            return -1;
        }

        var eventDraws = new DrawBuffer(eventLosses, eventDistribution, buffers.EventLosses);
        var lastRate = double.NaN;
        var expMinusRate = 0.0;
        for (var i = 0; i < length; i++)
        {
            var rate = lef[i];
            int count;
            if (rate <= 0)
            {
                count = 0;
            }
            else if (rate < 1)
            {
                // Exponential spacings: the number of arrivals of a unit-rate Poisson process before time `rate`. One
                // ziggurat draw per year and one per event, no logarithm or exponential when the rate changes every year.
                count = 0;
                var t = events.NextExponential();
                while (t < rate)
                {
                    count++;
                    t += events.NextExponential();
                }
            }
            else if (rate < 10)
            {
                if (rate != lastRate)
                {
                    lastRate = rate;
                    expMinusRate = Math.Exp(-rate);
                }

                count = Sampler.PoissonInversion(ref events, rate, expMinusRate);
            }
            else
            {
                count = Sampler.PoissonPtrs(ref events, rate);
            }

            if (count == 0)
            {
                loss[i] = 0;
                continue;
            }

            var year = 0.0;
            for (var k = 0; k < count; k++)
            {
                year += eventDraws.Next();
            }

            if (hasPlFactor)
            {
                year *= plFactor[i];
            }

            if (secondary)
            {
                var p = slef[i];
                var secondaryLoss = 0.0;
                for (var k = 0; k < count; k++)
                {
                    if (secondaryOccurrence.NextDouble() < p)
                    {
                        secondaryLoss += secondaryDraws.Next();
                    }
                }

                year += hasSlemFactor ? secondaryLoss * slemFactor[i] : secondaryLoss;
            }

            loss[i] = hasLmFactor ? year * lmFactor[i] : year;
        }

        return -1;
    }

    /// <summary>
    /// Adds the events to <paramref name="loss"/>, a chunk at a time: the chunk's years (uniform indices from the events
    /// stream, kept in <paramref name="years"/>), then its losses (from the loss stream), then the additions. The same
    /// draws in the same order as one event at a time, in tight loops the processor can overlap.
    /// </summary>
    private static void ScatterEvents(int length, ref Xoshiro256StarStar yearStream, ref Xoshiro256StarStar lossStream, in CompiledDistribution distribution, Span<double> loss, Span<int> years, double[] chunk)
    {
        var losses = chunk.AsSpan();
        var constant = distribution.IsConstant;
        for (var done = 0; done < years.Length;)
        {
            var m = Math.Min(losses.Length, years.Length - done);
            var chunkYears = years.Slice(done, m);
            for (var j = 0; j < chunkYears.Length; j++)
            {
                chunkYears[j] = yearStream.NextIndex(length);
            }

            var chunkLosses = losses[..m];
            if (constant)
            {
                chunkLosses.Fill(distribution.A);
            }
            else
            {
                Sampler.Fill(ref lossStream, distribution, chunkLosses);
            }

            for (var j = 0; j < chunkYears.Length; j++)
            {
                loss[chunkYears[j]] += chunkLosses[j];
            }

            done += m;
        }
    }

    private void Frequency(CompiledScenario sc, int block, Span<double> lef, Span<double> work1, Span<double> work2)
    {
        if (sc.Has(FairNode.LossEventFrequency))
        {
            FillNode(sc, FairNode.LossEventFrequency, block, lef);
        }
        else
        {
            if (sc.Has(FairNode.ThreatEventFrequency))
            {
                FillNode(sc, FairNode.ThreatEventFrequency, block, lef);
            }
            else
            {
                FillNode(sc, FairNode.ContactFrequency, block, lef);
                FillNode(sc, FairNode.ProbabilityOfAction, block, work1);
                Multiply(lef, work1);
            }

            if (sc.Has(FairNode.Vulnerability))
            {
                FillNode(sc, FairNode.Vulnerability, block, work1);
                Multiply(lef, work1);
            }
            else
            {
                // Vulnerability = P(TCap > RS): each simulated year draws both; the threat succeeds when it is stronger.
                FillNode(sc, FairNode.ThreatCapability, block, work1);
                FillNode(sc, FairNode.ResistanceStrength, block, work2);
                for (var i = 0; i < lef.Length; i++)
                {
                    if (!(work1[i] > work2[i]))
                    {
                        lef[i] = 0;
                    }
                }
            }
        }

        Reduce(sc, sc.FrequencyReductions, block, lef, work1);
    }

    private void FillNode(CompiledScenario sc, FairNode node, int block, Span<double> destination)
    {
        ref readonly var d = ref sc[node];
        if (d.IsConstant)
        {
            destination.Fill(d.A);
            return;
        }

        var rng = StreamKey.Open(_seed, sc.Hash, StreamKey.Node((int)node), block);
        Sampler.Fill(ref rng, d, destination);
    }

    /// <summary>Multiplies <paramref name="target"/> by (1 - fraction) for each reduction.</summary>
    private void Reduce(CompiledScenario sc, CompiledReduction[] reductions, int block, Span<double> target, Span<double> work)
    {
        foreach (var reduction in reductions)
        {
            if (reduction.Fraction.IsConstant)
            {
                var keep = 1 - reduction.Fraction.A;
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] *= keep;
                }

                continue;
            }

            var rng = StreamKey.Open(_seed, sc.Hash, reduction.Variable, block);
            Sampler.Fill(ref rng, reduction.Fraction, work);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] *= 1 - work[i];
            }
        }
    }

    /// <summary>Writes the product of (1 - fraction) over the reductions; false (nothing written) when there are none.</summary>
    private bool Factor(CompiledScenario sc, CompiledReduction[] reductions, int block, Span<double> factor, Span<double> work)
    {
        if (reductions.Length == 0)
        {
            return false;
        }

        factor.Fill(1);
        Reduce(sc, reductions, block, factor, work);
        return true;
    }

    private static void Multiply(Span<double> target, ReadOnlySpan<double> factor)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] *= factor[i];
        }
    }

    /// <summary>The lower Cholesky factor of a correlation matrix (row-major), or null when it is not positive definite.</summary>
    public static double[]? Cholesky(double[] matrix, int n)
    {
        var l = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[(i * n) + k] * l[(j * n) + k];
                }

                if (i == j)
                {
                    if (sum <= 1e-12)
                    {
                        return null;
                    }

                    l[(i * n) + i] = Math.Sqrt(sum);
                }
                else
                {
                    l[(i * n) + j] = sum / l[(j * n) + j];
                }
            }
        }

        return l;
    }

    /// <summary>Merges one scenario's block partials in block order.</summary>
    public (double Mean, double Variance, double ProbabilityOfLoss) Moments(int scenario)
    {
        var n = _scenarios.Length;
        long count = 0;
        var mean = 0.0;
        var m2 = 0.0;
        long positives = 0;
        for (var b = 0; b < Blocks; b++)
        {
            var p = Partials[(b * n) + scenario];
            var total = count + p.Count;
            var delta = p.Mean - mean;
            mean += delta * p.Count / total;
            m2 += p.M2 + (delta * delta * count * p.Count / total);
            count = total;
            positives += p.Positives;
        }

        return (mean, count > 1 ? m2 / (count - 1) : 0, (double)positives / count);
    }
}
