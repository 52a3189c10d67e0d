using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Benchmarks;

/// <summary>
/// The Open FAIR Monte Carlo engine against a straightforward single-threaded implementation with System.Random
/// (Knuth's Poisson, Box-Muller normals, Array.Sort, an exceedance curve counted point by point): 1 scenario x 1,000,000
/// simulated years, and 100 scenarios x 100,000 years with a portfolio curve. Throughput = scenarios x years / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class MonteCarloBenchmarks
{
    private FairScenarioSet _set = null!;
    private (double Rate, double Mu, double Sigma)[] _plain = [];

    /// <summary>The number of scenarios: 1 (with 1,000,000 years) or 100 (with 100,000 years).</summary>
    [Params(1, 100)]
    public int Scenarios { get; set; }

    private int Years => Scenarios == 1 ? 1_000_000 : 100_000;

    [GlobalSetup]
    public void Setup()
    {
        var scenarios = Enumerable.Range(0, Scenarios)
            .Select(i => FairScenario.FromAnnualRate(new FairScenarioId($"R-{i:000}"), $"Scenario {i}", 0.1 + (0.004 * i), 10_000 + (1_000 * i), 1_000_000 + (10_000 * i)))
            .ToArray();
        _set = new FairScenarioSet(scenarios);
        _plain = [.. scenarios.Select(s =>
        {
            var lm = (LognormalDistribution)s.GetEstimate(FairNode.LossMagnitude)!;
            return (((ConstantDistribution)s.GetEstimate(FairNode.LossEventFrequency)!).Value, lm.Mu, lm.Sigma);
        })];
    }

    /// <summary>A straightforward implementation: one System.Random, one thread, one loop.</summary>
    [Benchmark(Baseline = true)]
    public double SystemRandomSingleThread()
    {
        var random = new Random(42);
        var portfolio = new double[Years];
        var means = new double[_plain.Length];
        for (var s = 0; s < _plain.Length; s++)
        {
            var (rate, mu, sigma) = _plain[s];
            var limit = Math.Exp(-rate);
            var sum = 0.0;
            for (var y = 0; y < Years; y++)
            {
                // Knuth: multiply uniforms until the product falls below exp(-rate).
                var events = -1;
                var product = 1.0;
                do
                {
                    events++;
                    product *= random.NextDouble();
                }
                while (product > limit);

                var loss = 0.0;
                for (var e = 0; e < events; e++)
                {
                    var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                    loss += Math.Exp(mu + (sigma * z));
                }

                portfolio[y] += loss;
                sum += loss;
            }

            means[s] = sum / Years;
        }

        Array.Sort(portfolio);
        var p99 = portfolio[(int)(0.99 * (Years - 1))];
        var max = portfolio[^1];
        var curve = new double[50];
        for (var k = 0; k < curve.Length; k++)
        {
            var threshold = max * k / curve.Length;
            var above = 0;
            foreach (var year in portfolio)
            {
                if (year > threshold)
                {
                    above++;
                }
            }

            curve[k] = (double)above / Years;
        }

        return p99 + curve[1] + means[0];
    }

    /// <summary>The engine: all cores, seeded streams per block, radix-sorted portfolio, exceedance curve from one sample.</summary>
    [Benchmark]
    public double FairSimulatorAllCores()
    {
        var result = FairSimulator.Shared.Simulate(_set, new SimulationOptions { Iterations = Years, Seed = 42 });
        return result.Portfolio.Percentile(0.99) + result.Portfolio.ExceedanceCurve.Points[1].Probability + result.Scenarios[0].Mean;
    }

    /// <summary>The engine on one thread: the per-core throughput.</summary>
    [Benchmark]
    public double FairSimulatorOneThread()
    {
        var result = FairSimulator.Shared.Simulate(_set, new SimulationOptions { Iterations = Years, Seed = 42, MaxDegreeOfParallelism = 1 });
        return result.Portfolio.Percentile(0.99) + result.Portfolio.ExceedanceCurve.Points[1].Probability + result.Scenarios[0].Mean;
    }

    /// <summary>The short job (1 launch, 3 warm-ups, 3 iterations), in process: no separate build on a busy machine.</summary>
    internal sealed class ShortInProcessConfig : ManualConfig
    {
        public ShortInProcessConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}

/// <summary>
/// Per-scenario percentiles and exceedance curves, as <c>isms simulate</c> reports them: keeping every scenario's years and
/// sorting them at the end (<c>KeepScenarioSamples</c>, what the host did before; baseline) against summarising each
/// scenario's years a group at a time (<c>ScenarioStatistics</c>). 10,000 simulated years; CSV-kind scenarios.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MonteCarloBenchmarks.ShortInProcessConfig))]
public class ScenarioStatisticsBenchmarks
{
    private FairScenarioSet _set = null!;

    /// <summary>The number of scenarios.</summary>
    [Params(200, 2_000)]
    public int Scenarios { get; set; }

    [GlobalSetup]
    public void Setup() => _set = new FairScenarioSet(Enumerable.Range(0, Scenarios)
        .Select(i => FairScenario.FromAnnualRate(new FairScenarioId($"R-{i:00000}"), $"Scenario {i}", 0.01 + (0.99 * (i % 97) / 97.0), 1_000 * (1 + (i % 5)), 100_000 * (1 + (i % 7))))
        .ToArray());

    /// <summary>Every scenario's years kept (iterations x scenarios doubles), sorted at the end.</summary>
    [Benchmark(Baseline = true)]
    public double KeepScenarioSamples() => Sum(FairSimulator.Shared.Simulate(_set, new SimulationOptions { Iterations = 10_000, Seed = 42, KeepScenarioSamples = true }));

    /// <summary>Each scenario's years summarised as its group completes; only the statistics kept.</summary>
    [Benchmark]
    public double ScenarioStatistics() => Sum(FairSimulator.Shared.Simulate(_set, new SimulationOptions { Iterations = 10_000, Seed = 42, ScenarioStatistics = true }));

    private static double Sum(SimulationResult result) => result.Portfolio.Mean + result.Scenarios.Sum(s => s.Percentiles[^1].Loss);
}
