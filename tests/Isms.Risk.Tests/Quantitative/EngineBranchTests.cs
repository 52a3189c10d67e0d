using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;
using Isms.Risk.Quantitative.Engine;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// Each of the engine's ways of drawing a year against the closed-form mean of the model it draws: a constant or an
/// uncertain frequency below 1, below 10 and above (each drawn its own way in annual-loss mode), primary and secondary
/// loss with and without controls (a constant reduction scales the draw, an uncertain one multiplies each year by its
/// own factor), in both modes. The mean of a FAIR model is E[LEF] x (E[PL] + E[SLEF] x E[SLEM]) with each input scaled
/// by its mean remaining fraction, since the inputs are drawn independently.
/// </summary>
public sealed class EngineBranchTests
{
    private static readonly FairScenarioId Id = new("S");

    private static void Near(double expected, LossDistribution portfolio, string what) =>
        Assert.True(
            Math.Abs(expected - portfolio.Mean) <= 4.5 * portfolio.StandardError,
            $"{what}: expected {expected}, got {portfolio.Mean} (standard error {portfolio.StandardError})");

    private static LossDistribution Run(FairScenarioSet set, SimulationMode mode, ulong seed = 7) =>
        FairSimulator.Shared.Simulate(set, new SimulationOptions { Iterations = 20_000, Seed = seed, Mode = mode }).Portfolio;

    public static TheoryData<string, Distribution, double> Frequencies() => new()
    {
        { "constant below 1", new ConstantDistribution(0.4), 0.4 },
        { "constant below 10", new ConstantDistribution(5), 5 },
        { "constant above 10", new ConstantDistribution(25), 25 },
        { "uncertain below 1", new UniformDistribution(0.2, 0.6), 0.4 },
        { "uncertain below 10", new UniformDistribution(2, 8), 5 },
        { "uncertain above 10", new UniformDistribution(12, 20), 16 },
        { "Poisson rate", new PoissonDistribution(3), 3 },
    };

    [Theory]
    [MemberData(nameof(Frequencies))]
    public void Every_frequency_gives_its_mean_times_the_mean_loss_in_both_modes(string what, Distribution lef, double meanLef)
    {
        var set = new FairScenarioSet(new FairScenario(Id, what, [new(FairNode.LossEventFrequency, lef), new(FairNode.LossMagnitude, new UniformDistribution(1_000, 3_000))]));

        Near(meanLef * 2_000, Run(set, SimulationMode.AnnualLoss), what + ", annual");
        Near(meanLef * 2_000, Run(set, SimulationMode.ExpectedLoss), what + ", expected");
    }

    private static FairScenario PrimaryAndSecondary(Distribution lef) => new(Id, "Primary and secondary",
    [
        new(FairNode.LossEventFrequency, lef),
        new(FairNode.PrimaryLoss, new TriangularDistribution(1_000, 2_000, 6_000)),
        new(FairNode.SecondaryLossEventFrequency, new ConstantDistribution(0.25)),
        new(FairNode.SecondaryLossEventMagnitude, new UniformDistribution(10_000, 30_000)),
    ]);

    public static TheoryData<string, Distribution, double> PrimaryAndSecondaryFrequencies() => new()
    {
        { "constant", new ConstantDistribution(3), 3 },
        { "constant below 1", new ConstantDistribution(0.5), 0.5 },
        { "uncertain", new UniformDistribution(1, 5), 3 },
    };

    [Theory]
    [MemberData(nameof(PrimaryAndSecondaryFrequencies))]
    public void Secondary_loss_adds_its_frequency_times_its_magnitude_to_every_event(string what, Distribution lef, double meanLef)
    {
        var set = new FairScenarioSet(PrimaryAndSecondary(lef));
        var expected = meanLef * (3_000 + (0.25 * 20_000));

        Near(expected, Run(set, SimulationMode.AnnualLoss), what + ", annual");
        Near(expected, Run(set, SimulationMode.ExpectedLoss), what + ", expected");
    }

    [Theory]
    [MemberData(nameof(PrimaryAndSecondaryFrequencies))]
    public void Controls_on_primary_and_secondary_loss_scale_each_by_its_mean_remaining_fraction(string what, Distribution lef, double meanLef)
    {
        var controls = new FairControlEffect("C", "Controls", 1_000,
        [
            new NodeReduction(FairNode.PrimaryLoss, new UniformDistribution(0.2, 0.4)),
            new NodeReduction(FairNode.SecondaryLossEventFrequency, new ConstantDistribution(0.4)),
            new NodeReduction(FairNode.SecondaryLossEventMagnitude, new PertDistribution(0.3, 0.5, 0.7)),
        ]);
        var set = new FairScenarioSet([PrimaryAndSecondary(lef)], [controls]);
        var expected = meanLef * ((3_000 * 0.7) + (0.25 * 0.6 * 20_000 * 0.5));

        Near(expected, Run(set, SimulationMode.AnnualLoss), what + ", annual");
        Near(expected, Run(set, SimulationMode.ExpectedLoss), what + ", expected");
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(0.5)]
    public void A_loss_magnitude_control_scales_the_loss_by_its_mean_remaining_fraction(double rate)
    {
        var scenario = new FairScenario(Id, "Magnitude", [new(FairNode.LossEventFrequency, new ConstantDistribution(rate)), new(FairNode.LossMagnitude, new UniformDistribution(1_000, 3_000))]);
        var uncertain = new FairControlEffect("U", "Uncertain", 1_000, [new NodeReduction(FairNode.LossMagnitude, new PertDistribution(0.6, 0.8, 0.95))]);
        var constant = new FairControlEffect("K", "Constant", 1_000, [new NodeReduction(FairNode.LossMagnitude, new ConstantDistribution(0.25))]);
        var remaining = 1 - ((0.6 + (4 * 0.8) + 0.95) / 6);

        foreach (var mode in new[] { SimulationMode.AnnualLoss, SimulationMode.ExpectedLoss })
        {
            Near(rate * 2_000 * remaining, Run(new FairScenarioSet([scenario], [uncertain]), mode), $"uncertain, {mode}");
            Near(rate * 2_000 * 0.75, Run(new FairScenarioSet([scenario], [constant]), mode), $"constant, {mode}");
            Near(rate * 2_000 * 0.75 * remaining, Run(new FairScenarioSet([scenario], [uncertain, constant]), mode), $"both, {mode}");
        }
    }

    [Theory]
    [InlineData(4.0)]
    [InlineData(0.6)]
    public void A_frequency_control_scales_a_constant_frequency_by_its_mean_remaining_fraction(double rate)
    {
        var scenario = new FairScenario(Id, "Frequency", [new(FairNode.LossEventFrequency, new ConstantDistribution(rate)), new(FairNode.LossMagnitude, new UniformDistribution(1_000, 3_000))]);
        var constant = new FairControlEffect("K", "Constant", 1_000, [new NodeReduction(FairNode.LossEventFrequency, new ConstantDistribution(0.25))]);
        var uncertain = new FairControlEffect("U", "Uncertain", 1_000, [new NodeReduction(FairNode.LossEventFrequency, new UniformDistribution(0.4, 0.6))]);

        foreach (var mode in new[] { SimulationMode.AnnualLoss, SimulationMode.ExpectedLoss })
        {
            Near(rate * 0.75 * 2_000, Run(new FairScenarioSet([scenario], [constant]), mode), $"constant, {mode}");
            Near(rate * 0.5 * 2_000, Run(new FairScenarioSet([scenario], [uncertain]), mode), $"uncertain, {mode}");
        }
    }

    /// <summary>Records reports on the reporting thread (Progress&lt;T&gt; would post them to a synchronisation context).</summary>
    private sealed class Recorder : IProgress<double>
    {
        public List<double> Reports { get; } = [];

        public void Report(double value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
        }
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(true, 3)]
    public void Progress_rises_to_1_once_per_block_and_scenario_whichever_way_the_run_goes(bool scenarioStatistics, int scenarios)
    {
        var recorder = new Recorder();
        var set = new FairScenarioSet([.. Enumerable.Range(0, scenarios).Select(i => FairScenario.FromAnnualRate(new($"S{i}"), "S", 2, 1_000, 5_000))]);
        var iterations = (2 * MonteCarloRun.BlockSize) + 1;

        FairSimulator.Shared.Simulate(set, new SimulationOptions { Seed = 1, Iterations = iterations, ScenarioStatistics = scenarioStatistics, Progress = recorder }, TestContext.Current.CancellationToken);

        var steps = scenarioStatistics ? 3 * scenarios : 3;
        var reports = recorder.Reports.Order().ToArray();
        Assert.Equal(steps, reports.Length);
        Assert.Equal(Enumerable.Range(1, steps).Select(k => (double)k / steps), reports);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_cancelled_run_stops_with_the_callers_token(bool scenarioStatistics)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var set = new FairScenarioSet(FairScenario.FromAnnualRate(new("S"), "S", 2, 1_000, 5_000));

        var ex = Assert.ThrowsAny<OperationCanceledException>(() => FairSimulator.Shared.Simulate(set, new SimulationOptions { Seed = 1, Iterations = 50_000, ScenarioStatistics = scenarioStatistics }, cancelled.Token));

        Assert.Equal(cancelled.Token, ex.CancellationToken);
    }

    [Fact]
    public void Cholesky_factors_a_correlation_matrix_into_a_lower_triangle_whose_product_with_its_transpose_is_the_matrix()
    {
        double[] matrix = [1, 0.5, 0.2, 0.5, 1, -0.3, 0.2, -0.3, 1];

        var l = MonteCarloRun.Cholesky(matrix, 3)!;

        Assert.Equal((0.0, 0.0, 0.0), (l[1], l[2], l[5]));
        Assert.All([l[0], l[4], l[8]], d => Assert.True(d > 0));
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var product = 0.0;
                for (var k = 0; k < 3; k++)
                {
                    product += l[(i * 3) + k] * l[(j * 3) + k];
                }

                Assert.Equal(matrix[(i * 3) + j], product, 1e-12);
            }
        }
    }

    [Fact]
    public void A_matrix_that_is_not_positive_definite_has_no_Cholesky_factor()
    {
        Assert.Null(MonteCarloRun.Cholesky([1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1], 3));
        Assert.Null(MonteCarloRun.Cholesky([1, 1, 1, 1], 2));
        Assert.NotNull(MonteCarloRun.Cholesky([1, 0.99, 0.99, 1], 2));
    }
}
