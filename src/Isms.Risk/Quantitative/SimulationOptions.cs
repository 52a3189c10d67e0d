using System.Collections.Immutable;

namespace Isms.Risk.Quantitative;

/// <summary>How to run a Monte Carlo simulation. Every property has a documented default; the engine validates them.</summary>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record SimulationOptions
{
    /// <summary>The default percentile levels: P5, P10, P25, P50, P75, P90, P95, P99 and P99.9.</summary>
    public static readonly ImmutableArray<double> DefaultPercentiles = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99, 0.999];

    /// <summary>The number of simulated years (default 100,000; at least 1, at most 100,000,000).</summary>
    public int Iterations { get; init; } = 100_000;

    /// <summary>
    /// The seed (default none). With a seed, results are identical bit for bit on every run, whatever the number of threads and
    /// the order of the scenarios; without one, each run draws a fresh seed, reported in <see cref="SimulationResult.Seed"/>.
    /// </summary>
    public ulong? Seed { get; init; }

    /// <summary>Annual-loss simulation (default) or expected-loss mode.</summary>
    public SimulationMode Mode { get; init; } = SimulationMode.AnnualLoss;

    /// <summary>The most threads to use (default -1: all cores). Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// True to keep every scenario's simulated years (memory: iterations x scenarios doubles) and report per-scenario
    /// percentiles, exceedance curves and tail contributions. False (default): per-scenario mean, standard deviation and
    /// standard error only; the portfolio's distribution is always kept (memory proportional to iterations).
    /// </summary>
    public bool KeepScenarioSamples { get; init; }

    /// <summary>
    /// True to report each scenario's percentiles and loss exceedance curve (<see cref="ScenarioResult.Percentiles"/>,
    /// <see cref="ScenarioResult.ExceedanceCurve"/>) without keeping its simulated years: scenarios are simulated a group at a
    /// time and each one's years are summarised as soon as they are complete, so memory stays bounded by the iterations plus a
    /// fixed amount per scenario (a correlated set still holds every scenario's years during the run). Default false; implied
    /// by <see cref="KeepScenarioSamples"/>. The statistics are the same bits as <see cref="KeepScenarioSamples"/> gives.
    /// </summary>
    public bool ScenarioStatistics { get; init; }

    /// <summary>True (default) to apply the set's controls; false for the inherent (untreated) risk.</summary>
    public bool ApplyControls { get; init; } = true;

    /// <summary>The percentile levels reported (default <see cref="DefaultPercentiles"/>), each within [0, 1].</summary>
    public ImmutableArray<double> Percentiles { get; init; } = DefaultPercentiles;

    /// <summary>The number of points of the loss exceedance curves' log-spaced grid (default 50, at least 2).</summary>
    public int ExceedanceCurvePoints { get; init; } = 50;

    /// <summary>Receives the fraction of blocks done (0 to 1), from worker threads; null (default) for none.</summary>
    [CompareByReference]
    public IProgress<double>? Progress { get; init; }
}
