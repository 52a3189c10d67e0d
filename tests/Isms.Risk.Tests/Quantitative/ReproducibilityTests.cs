using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>Seeds reproduce, their absence does not, and correlation through the copula works and stays reproducible.</summary>
public sealed class ReproducibilityTests
{
    private static FairScenarioSet TwoScenarios(double correlation = 0) => new(
        [FairScenario.FromAnnualRate(new("A"), "Alice steals the data", 0.8, 10_000, 1_000_000), FairScenario.FromAnnualRate(new("B"), "Bob loses a laptop", 0.8, 10_000, 1_000_000)],
        correlations: correlation == 0 ? null : [new ScenarioCorrelation(new("A"), new("B"), correlation)]);

    [Fact]
    public void The_same_seed_gives_the_same_result_bit_for_bit()
    {
        var options = new SimulationOptions { Seed = 123, Iterations = 50_000 };
        var a = Sim(TwoScenarios(), options);
        var b = Sim(TwoScenarios(), options);

        Assert.True(a.PortfolioSamples.SequenceEqual(b.PortfolioSamples));
        Assert.Equal(a.Portfolio.Mean, b.Portfolio.Mean);
        Assert.Equal(123UL, a.Seed);
    }

    [Fact]
    public void Without_a_seed_each_run_differs_and_reports_the_seed_it_drew()
    {
        var a = Sim(TwoScenarios(), new SimulationOptions { Iterations = 10_000 });
        var b = Sim(TwoScenarios(), new SimulationOptions { Iterations = 10_000 });
        var replay = Sim(TwoScenarios(), new SimulationOptions { Iterations = 10_000, Seed = a.Seed });

        Assert.NotEqual(a.Seed, b.Seed);
        Assert.False(a.PortfolioSamples.SequenceEqual(b.PortfolioSamples));
        Assert.True(a.PortfolioSamples.SequenceEqual(replay.PortfolioSamples));
    }

    [Fact]
    public void Scenarios_with_the_same_inputs_draw_independent_streams()
    {
        var result = Sim(TwoScenarios(), new SimulationOptions { Seed = 5, Iterations = 50_000, KeepScenarioSamples = true });

        Assert.False(result.Scenarios[0].Samples.SequenceEqual(result.Scenarios[1].Samples));
        Assert.InRange(Correlation(result.Scenarios[0].Samples.ToArray(), result.Scenarios[1].Samples.ToArray()), -0.02, 0.02);
    }

    [Fact]
    public void A_gaussian_copula_correlates_scenarios_without_changing_their_own_distributions()
    {
        var options = new SimulationOptions { Seed = 9, Iterations = 50_000, KeepScenarioSamples = true };
        var independent = Sim(TwoScenarios(), options);
        var correlated = Sim(TwoScenarios(0.9), options);
        var correlatedOneThread = Sim(TwoScenarios(0.9), options with { MaxDegreeOfParallelism = 1 });

        Assert.True(independent.Scenarios[0].Distribution!.SortedSample.SequenceEqual(correlated.Scenarios[0].Distribution!.SortedSample));
        Assert.Equal(independent.Portfolio.Mean, correlated.Portfolio.Mean, 6);
        Assert.True(Rank(correlated.Scenarios[0].Samples.ToArray(), correlated.Scenarios[1].Samples.ToArray()) > 0.5);
        Assert.True(correlated.Portfolio.StandardDeviation > independent.Portfolio.StandardDeviation);
        Assert.True(correlated.PortfolioSamples.SequenceEqual(correlatedOneThread.PortfolioSamples));
    }

    [Fact]
    public void Pairwise_rank_correlations_follow_the_gaussian_copula_and_an_uncorrelated_scenario_keeps_its_own_years()
    {
        // Continuous yearly losses (expected-loss mode, uncertain frequency and magnitude), so a scenario's ranks are its
        // copula normal's ranks: Spearman's rho is (6 / pi) asin(r / 2), 0.5824 for r = 0.6 and 0.2876 for r = 0.3.
        static FairScenario Scenario(string id) => new(new(id), id, [new(FairNode.LossEventFrequency, new UniformDistribution(0.5, 2)), new(FairNode.LossMagnitude, new UniformDistribution(1_000, 9_000))]);
        FairScenario[] scenarios = [Scenario("A"), Scenario("B"), Scenario("C"), Scenario("D")];
        var options = new SimulationOptions { Seed = 5, Iterations = 40_000, Mode = SimulationMode.ExpectedLoss, KeepScenarioSamples = true };

        var plain = Sim(new FairScenarioSet(scenarios), options);
        var correlated = Sim(new FairScenarioSet(scenarios, correlations: [new ScenarioCorrelation(new("A"), new("B"), 0.6), new ScenarioCorrelation(new("B"), new("C"), 0.3)]), options);
        var samples = correlated.Scenarios.Select(s => s.Samples.ToArray()).ToArray();

        Assert.Equal(0.5824, Rank(samples[0], samples[1]), 0.02);
        Assert.Equal(0.2876, Rank(samples[1], samples[2]), 0.02);
        Assert.Equal(0, Rank(samples[0], samples[2]), 0.02); // no correlation given: 0, whatever both share with B
        Assert.Equal(0, Rank(samples[0], samples[3]), 0.02);
        Assert.True(plain.Scenarios[3].Samples.ToArray().SequenceEqual(samples[3]), "D, correlated with nothing, is drawn as without the copula");
        Assert.True(plain.Scenarios[2].Distribution!.SortedSample.SequenceEqual(correlated.Scenarios[2].Distribution!.SortedSample), "C's own distribution is unchanged");
        Assert.False(plain.Scenarios[2].Samples.ToArray().SequenceEqual(samples[2]), "C's years are reordered");
    }

    [Fact]
    public void Pairwise_rank_correlations_take_the_default_correlation_where_no_pair_is_given()
    {
        static FairScenario Scenario(string id) => new(new(id), id, [new(FairNode.LossEventFrequency, new UniformDistribution(0.5, 2)), new(FairNode.LossMagnitude, new UniformDistribution(1_000, 9_000))]);
        var set = new FairScenarioSet([Scenario("A"), Scenario("B"), Scenario("C")], correlations: [new ScenarioCorrelation(new("A"), new("B"), 0.6)], defaultCorrelation: 0.3);

        var result = Sim(set, new SimulationOptions { Seed = 6, Iterations = 40_000, Mode = SimulationMode.ExpectedLoss, KeepScenarioSamples = true });
        var samples = result.Scenarios.Select(s => s.Samples.ToArray()).ToArray();

        Assert.Equal(0.5824, Rank(samples[0], samples[1]), 0.02);
        Assert.Equal(0.2876, Rank(samples[0], samples[2]), 0.02);
        Assert.Equal(0.2876, Rank(samples[1], samples[2]), 0.02);
    }

    [Fact]
    public void Inconsistent_correlations_are_refused_with_ISMS_FAIR_011()
    {
        var set = new FairScenarioSet(
            [FairScenario.FromAnnualRate(new("A"), "A", 1, 1, 10), FairScenario.FromAnnualRate(new("B"), "B", 1, 1, 10), FairScenario.FromAnnualRate(new("C"), "C", 1, 1, 10)],
            correlations: [new ScenarioCorrelation(new("A"), new("B"), 0.9), new ScenarioCorrelation(new("B"), new("C"), 0.9), new ScenarioCorrelation(new("A"), new("C"), -0.9)]);

        var ex = Assert.Throws<Isms.Core.IsmsException>(() => Sim(set, new SimulationOptions { Seed = 1, Iterations = 100 }));
        Assert.Equal(FairErrorCodes.InvalidCorrelation, ex.Code);
    }

    private static double Correlation(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        var cov = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return cov / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }

    private static double Rank(double[] x, double[] y) => Correlation(Ranks(x), Ranks(y));

    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r;
        }

        return ranks;
    }

    private static SimulationResult Sim(FairScenarioSet set, SimulationOptions options) => FairSimulator.Shared.Simulate(set, options, TestContext.Current.CancellationToken);

    private static SimulationResult SimOne(FairScenario scenario, SimulationOptions options) => FairSimulator.Shared.SimulateScenario(scenario, options, TestContext.Current.CancellationToken);
}
