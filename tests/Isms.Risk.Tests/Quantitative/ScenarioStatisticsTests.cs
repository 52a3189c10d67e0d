using FsCheck.Xunit;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// Per-scenario statistics without keeping every scenario's years (<see cref="SimulationOptions.ScenarioStatistics"/>):
/// the same bits as keeping them, whatever the number of threads and however many groups the scenarios are cut into.
/// </summary>
public sealed class ScenarioStatisticsTests
{
    [Property(Arbitrary = [typeof(FairArbitraries)], MaxTest = 15)]
    public bool Statistics_without_samples_are_the_same_bits_as_with_them_at_any_thread_count(FairScenarioSet set, ulong seed, bool annual)
    {
        var options = new SimulationOptions { Seed = seed, Iterations = 20_000, Mode = annual ? SimulationMode.AnnualLoss : SimulationMode.ExpectedLoss };
        var kept = Sim(set, options with { KeepScenarioSamples = true, MaxDegreeOfParallelism = 1 });
        var one = Sim(set, options with { ScenarioStatistics = true, MaxDegreeOfParallelism = 1 });
        var many = Sim(set, options with { ScenarioStatistics = true, MaxDegreeOfParallelism = 8 });

        return SameAsKept(kept, one) && SameAsKept(kept, many);
    }

    [Fact]
    public void Scenarios_cut_into_several_groups_give_the_same_bits_as_one_pass()
    {
        // 120 scenarios x 100,000 years: more than one group's worth of years (8,388,608 doubles), so three groups.
        var scenarios = Enumerable.Range(0, 120)
            .Select(i => FairScenario.FromAnnualRate(new FairScenarioId($"R-{i:000}"), $"Scenario {i}", 0.05 + (0.01 * i), 1_000 + i, 100_000 + (1_000 * i)))
            .ToArray();
        var set = new FairScenarioSet(scenarios);
        var options = new SimulationOptions { Seed = 77, Iterations = 100_000 };

        var kept = Sim(set, options with { KeepScenarioSamples = true });
        var grouped = Sim(set, options with { ScenarioStatistics = true, MaxDegreeOfParallelism = 3 });
        var plain = Sim(set, options);

        Assert.True(SameAsKept(kept, grouped));
        Assert.True(plain.PortfolioSamples.SequenceEqual(grouped.PortfolioSamples));
        Assert.Equal(plain.Portfolio.Mean, grouped.Portfolio.Mean);
        Assert.All(grouped.Scenarios, s => Assert.True(s.Distribution is null && s.Samples.IsEmpty && s.TailContribution is null));
    }

    [Fact]
    public void A_correlated_set_reports_the_same_statistics_as_with_samples()
    {
        var set = new FairScenarioSet(
            [FairScenario.FromAnnualRate(new("A"), "Alice", 0.8, 10_000, 1_000_000), FairScenario.FromAnnualRate(new("B"), "Bob", 0.5, 1_000, 100_000)],
            correlations: [new ScenarioCorrelation(new("A"), new("B"), 0.7)]);
        var options = new SimulationOptions { Seed = 4, Iterations = 30_000 };

        var kept = Sim(set, options with { KeepScenarioSamples = true });
        var statistics = Sim(set, options with { ScenarioStatistics = true });

        Assert.True(SameAsKept(kept, statistics));
        Assert.All(statistics.Scenarios, s => Assert.Null(s.Distribution));
    }

    [Theory]
    [InlineData(SimulationMode.ExpectedLoss, 1)]
    [InlineData(SimulationMode.ExpectedLoss, 4)]
    [InlineData(SimulationMode.AnnualLoss, 2)]
    public void A_single_scenario_sorted_once_gives_the_portfolio_and_scenario_statistics_of_a_run_that_keeps_its_years(SimulationMode mode, int threads)
    {
        // One scenario's years are the portfolio's: the run sorts them once for both (pyfair's single-model case).
        var pert = new FairScenario(
            new FairScenarioId("S"),
            "Sample",
            [
                new(FairNode.ThreatEventFrequency, new PertDistribution(0.5, 1, 4)),
                new(FairNode.Vulnerability, new PertDistribution(0.1, 0.25, 0.5)),
                new(FairNode.LossMagnitude, new PertDistribution(150_000, 500_000, 2_500_000)),
            ]);
        var options = new SimulationOptions { Seed = 42, Iterations = 50_000, Mode = mode, MaxDegreeOfParallelism = threads };

        var kept = Sim(new FairScenarioSet(pert), options with { KeepScenarioSamples = true });
        var once = Sim(new FairScenarioSet(pert), options with { ScenarioStatistics = true });

        Assert.True(SameAsKept(kept, once));
        Assert.True(kept.Portfolio.SortedSample.SequenceEqual(once.Portfolio.SortedSample));
        Assert.True(kept.Portfolio.Percentiles.SequenceEqual(once.Portfolio.Percentiles));
        Assert.True(kept.Portfolio.ExceedanceCurve.Points.SequenceEqual(once.Portfolio.ExceedanceCurve.Points));
        Assert.Equal(once.Portfolio.Mean, once.Scenarios[0].Mean);
        Assert.True(once.Portfolio.Percentiles.SequenceEqual(once.Scenarios[0].Percentiles));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(-1)]
    public void A_large_sample_sorted_by_several_threads_is_the_years_in_ascending_order(int threads)
    {
        // 300,000 years, most of them losses: enough for the sort to split its passes between threads (uneven slices at 3).
        var set = new FairScenarioSet(
            [
                FairScenario.FromAnnualRate(new("A"), "Alice", 3, 1_000, 1_000_000),
                FairScenario.FromAnnualRate(new("B"), "Bob", 0.2, 10, 50_000),
            ]);
        var result = Sim(set, new SimulationOptions { Seed = 9, Iterations = 300_000, KeepScenarioSamples = true, MaxDegreeOfParallelism = threads });

        var expected = result.PortfolioSamples.ToArray();
        Array.Sort(expected);
        Assert.True(expected.AsSpan().SequenceEqual(result.Portfolio.SortedSample));
        Assert.True(result.Portfolio.ProbabilityOfLoss > 0.9);
        var scenario = result.Scenarios[0].Samples.ToArray();
        Array.Sort(scenario);
        Assert.True(scenario.AsSpan().SequenceEqual(result.Scenarios[0].Distribution!.SortedSample));
    }

    [Fact]
    public void Without_either_option_scenarios_report_moments_only()
    {
        var result = Sim(new FairScenarioSet(FairScenario.FromAnnualRate(new("A"), "Alice", 0.8, 10_000, 1_000_000)), new SimulationOptions { Seed = 1, Iterations = 1_000 });

        Assert.True(result.Scenarios[0].Percentiles.IsEmpty);
        Assert.Null(result.Scenarios[0].ExceedanceCurve);
    }

    private static bool SameAsKept(SimulationResult kept, SimulationResult other) =>
        kept.PortfolioSamples.SequenceEqual(other.PortfolioSamples)
        && kept.Portfolio.Mean.Equals(other.Portfolio.Mean)
        && kept.Scenarios.Zip(other.Scenarios).All(p =>
            p.First.Mean.Equals(p.Second.Mean)
            && p.First.StandardDeviation.Equals(p.Second.StandardDeviation)
            && p.First.StandardError.Equals(p.Second.StandardError)
            && p.First.ProbabilityOfLoss.Equals(p.Second.ProbabilityOfLoss)
            && p.First.MeanContribution.Equals(p.Second.MeanContribution)
            && p.First.Percentiles.SequenceEqual(p.Second.Percentiles)
            && p.First.Distribution!.Percentiles.SequenceEqual(p.Second.Percentiles)
            && p.First.ExceedanceCurve!.Points.SequenceEqual(p.Second.ExceedanceCurve!.Points));

    private static SimulationResult Sim(FairScenarioSet set, SimulationOptions options) => FairSimulator.Shared.Simulate(set, options, TestContext.Current.CancellationToken);
}
