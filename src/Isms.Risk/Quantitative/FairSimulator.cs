using System.Collections.Immutable;
using System.Security.Cryptography;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative.Engine;
using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Quantitative;

/// <summary>
/// The Open FAIR Monte Carlo engine: simulates the annual loss of each scenario of a <see cref="FairScenarioSet"/> and of the
/// portfolio, compares controls (ALE reduction, ROSI) and ranks inputs by their influence (tornado sensitivity).
/// </summary>
/// <remarks>
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d (analyse the risk) and 6.1.3 (treatment), in money; see docs/quantitative-risk.md.</para>
/// <para>Reproducibility: every random draw comes from a stream keyed by (seed, scenario id, variable, block of
/// 8,192 simulated years); blocks run on all cores and are merged in block order. A seeded result is the same bit for bit
/// whatever the number of threads and whatever the order of the scenarios in the set; each scenario's draws are independent
/// of every other scenario's (no accidental correlation through a shared stream).</para>
/// <para>Memory: per worker, a few arrays of one block; the portfolio's years (iterations doubles); every scenario's years
/// only with <see cref="SimulationOptions.KeepScenarioSamples"/>. With <see cref="SimulationOptions.ScenarioStatistics"/> each
/// scenario's percentiles and exceedance curve are computed a group of scenarios at a time (at most 64 MB of their years at
/// once) and only the statistics are kept: memory is bounded by the iterations plus a fixed amount per scenario.</para>
/// </remarks>
/// <threadsafety>Immutable: one instance may be used by any number of threads at once.</threadsafety>
public sealed class FairSimulator
{
    /// <summary>Creates an engine whose runs use <c>new SimulationOptions()</c> when a call passes no options.</summary>
    public FairSimulator()
        : this(new SimulationOptions())
    {
    }

    /// <summary>Creates an engine whose runs use <paramref name="defaults"/> when a call passes no options
    /// (<c>AddIsms</c> registers one built from <c>IsmsOptions.Simulation</c>).</summary>
    /// <param name="defaults">The options of a run that names none.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public FairSimulator(SimulationOptions defaults)
    {
        Guard.Against.Null(defaults);
        Validate(defaults);
        Defaults = defaults;
    }

    /// <summary>A shared instance with the default options.</summary>
    public static FairSimulator Shared { get; } = new();

    /// <summary>The options of a run that names none.</summary>
    public SimulationOptions Defaults { get; }

    /// <summary>Simulates one scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    public SimulationResult SimulateScenario(FairScenario scenario, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(scenario);
        return Simulate(new FairScenarioSet(scenario), options, cancellationToken);
    }

    /// <summary>Simulates every scenario of a set and the portfolio.</summary>
    /// <param name="set">The scenarios, controls and correlations.</param>
    /// <param name="options">The options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-011</c>: the correlations are not a valid (positive definite) correlation matrix.
    /// <c>ISMS-FAIR-013</c> or <c>ISMS-FAIR-014</c>: the run would break one of the <see cref="SimulationLimits"/> (refused before it
    /// starts, or when a simulated year draws a loss event frequency above the limit).</exception>
    public SimulationResult Simulate(FairScenarioSet set, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(set);
        options ??= Defaults;
        Validate(options);
        var seed = options.Seed ?? NewSeed();
        var controls = options.ApplyControls ? set.Controls : [];
        LimitCheck.Check(set, controls, options.Mode, options.Iterations);
        var canonical = set.Scenarios
            .Select((s, i) => (Scenario: s, Index: i))
            .OrderBy(x => x.Scenario.Id.Value, StringComparer.Ordinal)
            .Select(x => new CompiledScenario(x.Scenario, x.Index, controls, options.Mode))
            .ToArray();
        var cholesky = set.IsCorrelated ? CorrelationFactor(set, canonical) : null;
        var run = new MonteCarloRun(canonical, seed, options.Mode, options.Iterations, cholesky);
        var statistics = options.ScenarioStatistics && !options.KeepScenarioSamples;
        Summary?[]? summaries = null;
        LossDistribution? single = null;
        if (statistics && cholesky is null)
        {
            // Each scenario's sample is summarised as soon as its group is simulated, then its buffer is reused. A lone
            // scenario's years are the portfolio's, bit for bit: its sorted sample is the portfolio's too (sorted once).
            summaries = new Summary?[canonical.Length];
            run.ExecuteGrouped(
                options.MaxDegreeOfParallelism,
                (s, sample) =>
                {
                    var distribution = Distribution(sample, options);
                    summaries[s] = Summary.Of(distribution);
                    if (canonical.Length == 1)
                    {
                        single = distribution;
                    }
                },
                options.Progress,
                cancellationToken);
        }
        else
        {
            // A correlated set keeps every scenario's years: the copula reorders a block of all of them at once.
            run.Execute(options.MaxDegreeOfParallelism, options.KeepScenarioSamples || statistics, options.Progress, cancellationToken);
        }

        var portfolio = single ?? Distribution(run.Portfolio.Values, run.Portfolio.Count, options);

        var results = new ScenarioResult[canonical.Length];
        var tailYears = options.KeepScenarioSamples ? TailYears(run.Portfolio.Samples, portfolio) : null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, canonical.Length, parallel, s =>
        {
            var summary = summaries?[s];
            var (mean, variance, probabilityOfLoss) = summaries is null ? run.Moments(s) : default;
            var sd = Math.Sqrt(variance);
            LossDistribution? distribution = null;
            double? tail = null;
            double[]? samples = null;
            if (summary is null && statistics)
            {
                summary = Summary.Of(Distribution(run.ScenarioSamples![s], options));
            }

            if (summary is not null)
            {
                mean = summary.Mean;
                sd = summary.StandardDeviation;
                probabilityOfLoss = summary.ProbabilityOfLoss;
            }
            else if (run.ScenarioSamples is not null)
            {
                samples = run.ScenarioSamples[s];
                var sum = 0.0;
                foreach (var year in tailYears!)
                {
                    sum += samples[year];
                }

                tail = sum / tailYears.Length;
                distribution = Distribution(samples, options);
                mean = distribution.Mean;
                sd = distribution.StandardDeviation;
                probabilityOfLoss = distribution.ProbabilityOfLoss;
            }

            var share = portfolio.Mean > 0 ? mean / portfolio.Mean : 0;
            var sc = canonical[s];
            var percentiles = summary?.Percentiles ?? distribution?.Percentiles ?? [];
            results[sc.InputIndex] = new ScenarioResult(sc.Scenario, mean, sd, sd / Math.Sqrt(options.Iterations), probabilityOfLoss, share, tail, distribution, samples, percentiles, summary?.ExceedanceCurve ?? distribution?.ExceedanceCurve);
        });

        return new SimulationResult(seed, options.Iterations, options.Mode, options.ApplyControls && !set.Controls.IsEmpty, [.. results], portfolio, run.Portfolio);
    }

    /// <summary>
    /// Compares the portfolio without controls, with each control alone and with all controls, on one seed (common random
    /// numbers): ALE before and after, ALE reduction and return on security investment.
    /// </summary>
    /// <param name="set">The scenarios and their controls.</param>
    /// <param name="options">The options (<see cref="SimulationOptions.ApplyControls"/> is ignored); <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the runs.</param>
    /// <returns>The comparison.</returns>
    public ControlComparison CompareControls(FairScenarioSet set, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(set);
        options ??= Defaults;
        options = options with { Seed = options.Seed ?? NewSeed(), KeepScenarioSamples = false, Progress = null };
        var before = Simulate(set, options with { ApplyControls = false }, cancellationToken);
        var after = Simulate(set, options with { ApplyControls = true }, cancellationToken);
        var outcomes = set.Controls
            .Select(c => new ControlOutcome(c.Id, c.Name, c.AnnualCost, before.Portfolio.Mean, Simulate(set.WithControls([c]), options with { ApplyControls = true }, cancellationToken).Portfolio.Mean))
            .ToImmutableArray();
        var combined = new ControlOutcome("*", "All controls", set.Controls.Sum(c => c.AnnualCost), before.Portfolio.Mean, after.Portfolio.Mean);
        return new ControlComparison(before, after, outcomes, combined);
    }

    /// <summary>
    /// Tornado sensitivity of the inherent risk: for each uncertain input of each scenario, the scenario's mean annual loss
    /// with the input fixed at its 10th and at its 90th percentile (same seed), sorted by swing, largest first.
    /// </summary>
    /// <param name="set">The scenarios (controls are not applied).</param>
    /// <param name="options">The options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the runs.</param>
    /// <returns>The bars, largest swing first.</returns>
    public ImmutableArray<SensitivityBar> Sensitivity(FairScenarioSet set, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(set);
        options ??= Defaults;
        var seed = options.Seed ?? NewSeed();
        options = options with { Seed = seed, KeepScenarioSamples = false, ApplyControls = false, Progress = null };
        var bars = new List<SensitivityBar>();
        foreach (var scenario in set.Scenarios)
        {
            foreach (var estimate in scenario.Estimates)
            {
                if (estimate.Distribution is ConstantDistribution)
                {
                    continue;
                }

                var (p10, p90) = InputQuantiles(estimate, seed, StreamKey.Hash(scenario.Id.Value));
                var low = SimulateScenario(scenario.WithEstimate(estimate.Node, new ConstantDistribution(p10)), options, cancellationToken).Portfolio.Mean;
                var high = SimulateScenario(scenario.WithEstimate(estimate.Node, new ConstantDistribution(p90)), options, cancellationToken).Portfolio.Mean;
                bars.Add(new SensitivityBar(scenario.Id, estimate.Node, p10, p90, low, high));
            }
        }

        return [.. bars.OrderByDescending(b => b.Swing).ThenBy(b => b.ScenarioId.Value, StringComparer.Ordinal).ThenBy(b => b.Node)];
    }

    private static (double P10, double P90) InputQuantiles(FairNodeEstimate estimate, ulong seed, ulong scenarioHash)
    {
        var (low, high) = FairScenario.Domain(estimate.Node);
        var compiled = CompiledDistribution.Compile(estimate.Distribution, low, high);
        var draws = new double[65_536];
        var rng = StreamKey.Open(seed, scenarioHash, StreamKey.Quantiles + (ulong)estimate.Node, 0);
        Sampler.Fill(ref rng, compiled, draws);
        Array.Sort(draws);
        static double At(double[] sorted, double p)
        {
            var h = (sorted.Length - 1) * p;
            var lo = (int)Math.Floor(h);
            return sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));
        }

        return (At(draws, 0.1), At(draws, 0.9));
    }

    /// <summary>A scenario's statistics from its years: sorted into a distribution that is dropped once read (its sorted sample with it).</summary>
    private static LossDistribution Distribution(double[] sample, SimulationOptions options)
    {
        var (zeros, positives) = LossSorter.SortedCopy(sample, options.MaxDegreeOfParallelism);
        return new LossDistribution(zeros, positives, options.Percentiles, options.ExceedanceCurvePoints);
    }

    private static LossDistribution Distribution(ReadOnlySpan<double[]> chunks, int count, SimulationOptions options)
    {
        var (zeros, positives) = LossSorter.SortedCopy(chunks, count, options.MaxDegreeOfParallelism);
        return new LossDistribution(zeros, positives, options.Percentiles, options.ExceedanceCurvePoints);
    }

    /// <summary>What a scenario keeps of its sample with <see cref="SimulationOptions.ScenarioStatistics"/>: a fixed amount of memory.</summary>
    private sealed record Summary(double Mean, double StandardDeviation, double ProbabilityOfLoss, ImmutableArray<PercentileValue> Percentiles, LossExceedanceCurve ExceedanceCurve)
    {
        public static Summary Of(LossDistribution d) => new(d.Mean, d.StandardDeviation, d.ProbabilityOfLoss, d.Percentiles, d.ExceedanceCurve);
    }

    private static int[] TailYears(double[] portfolio, LossDistribution sorted)
    {
        var k = Math.Max(1, (int)Math.Ceiling(sorted.Count * 0.01));
        var threshold = sorted.At(sorted.Count - k);
        var years = new List<int>(k + 16);
        for (var i = 0; i < portfolio.Length; i++)
        {
            if (portfolio[i] >= threshold)
            {
                years.Add(i);
            }
        }

        return [.. years];
    }

    private static double[] CorrelationFactor(FairScenarioSet set, CompiledScenario[] canonical)
    {
        var n = canonical.Length;
        var index = new Dictionary<FairScenarioId, int>();
        for (var i = 0; i < n; i++)
        {
            index[canonical[i].Scenario.Id] = i;
        }

        var matrix = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                matrix[(i * n) + j] = i == j ? 1 : set.DefaultCorrelation;
            }
        }

        foreach (var c in set.Correlations)
        {
            var a = index[c.First];
            var b = index[c.Second];
            matrix[(a * n) + b] = c.Coefficient;
            matrix[(b * n) + a] = c.Coefficient;
        }

        return MonteCarloRun.Cholesky(matrix, n)
            ?? throw new IsmsException(new IsmsError(FairErrorCodes.InvalidCorrelation, "The scenarios' correlations are inconsistent: together they do not form a positive definite correlation matrix (e.g. A with B 0.9, B with C 0.9, A with C -0.9).")
            {
                EntityKind = nameof(FairScenarioSet),
                Member = nameof(FairScenarioSet.Correlations),
            });
    }

    private static void Validate(SimulationOptions options)
    {
        Guard.Against.OutOfRange(options.Iterations, nameof(options.Iterations), 1, 100_000_000);
        Guard.Against.OutOfRange(options.ExceedanceCurvePoints, nameof(options.ExceedanceCurvePoints), 2, 100_000);
        Guard.Against.EnumOutOfRange(options.Mode, nameof(options.Mode));
        if (options.MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options.MaxDegreeOfParallelism), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 (all cores) or at least 1.");
        }

        if (options.Percentiles.IsDefault || options.Percentiles.Any(p => !(p >= 0 && p <= 1)))
        {
            throw new ArgumentOutOfRangeException(nameof(options.Percentiles), "Percentile levels must lie within [0, 1].");
        }
    }

    private static ulong NewSeed() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
}
