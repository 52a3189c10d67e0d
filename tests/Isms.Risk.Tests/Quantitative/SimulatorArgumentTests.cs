using System.Collections.Immutable;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// The simulator's arguments and the small results around a run: options out of range are refused (at construction for
/// the defaults, at the call for a run's own), a seed given is used everywhere, the combined control is the sum of the
/// controls, and the tornado's inputs are their 10th and 90th percentiles.
/// </summary>
public sealed class SimulatorArgumentTests
{
    private static readonly FairScenario Scenario = new(new("S"), "Test", [new(FairNode.LossEventFrequency, new UniformDistribution(1, 3)), new(FairNode.LossMagnitude, new ConstantDistribution(1_000))]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly SimulationOptions Small = new() { Seed = 3, Iterations = 2_000 };

    public static TheoryData<string, SimulationOptions> OutOfRange() => new()
    {
        { "Iterations", Small with { Iterations = 0 } },
        { "Iterations", Small with { Iterations = 100_000_001 } },
        { "ExceedanceCurvePoints", Small with { ExceedanceCurvePoints = 1 } },
        { "ExceedanceCurvePoints", Small with { ExceedanceCurvePoints = 100_001 } },
        { "Mode", Small with { Mode = (SimulationMode)9 } },
        { "MaxDegreeOfParallelism", Small with { MaxDegreeOfParallelism = 0 } },
        { "MaxDegreeOfParallelism", Small with { MaxDegreeOfParallelism = -2 } },
        { "Percentiles", Small with { Percentiles = default } },
        { "Percentiles", Small with { Percentiles = [0.5, -0.01] } },
        { "Percentiles", Small with { Percentiles = [1.01] } },
        { "Percentiles", Small with { Percentiles = [double.NaN] } },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Options_out_of_range_are_refused_as_defaults_and_as_a_runs_own(string parameter, SimulationOptions options)
    {
        var asDefaults = Assert.ThrowsAny<ArgumentException>(() => new FairSimulator(options));
        var asRun = Assert.ThrowsAny<ArgumentException>(() => FairSimulator.Shared.SimulateScenario(Scenario, options, cancellationToken: Ct));

        Assert.Equal((parameter, parameter), (asDefaults.ParamName, asRun.ParamName));
    }

    [Fact]
    public void Options_at_their_bounds_are_accepted()
    {
        var result = FairSimulator.Shared.SimulateScenario(Scenario, Small with { Iterations = 1, ExceedanceCurvePoints = 2, Percentiles = [0, 1], MaxDegreeOfParallelism = 1 }, cancellationToken: Ct);

        Assert.Equal(2, result.Portfolio.Percentiles.Length);
        Assert.Equal(100_000, new FairSimulator(Small with { MaxDegreeOfParallelism = -1, ExceedanceCurvePoints = 100_000 }).Defaults.ExceedanceCurvePoints);
        Assert.Equal(-1, new SimulationOptions().MaxDegreeOfParallelism);
    }

    [Fact]
    public void Missing_arguments_are_refused()
    {
        var set = new FairScenarioSet(Scenario);

        Assert.Throws<ArgumentNullException>(() => new FairSimulator(null!));
        Assert.Throws<ArgumentNullException>(() => FairSimulator.Shared.SimulateScenario(null!, cancellationToken: Ct));
        Assert.Throws<ArgumentNullException>(() => FairSimulator.Shared.Simulate(null!, cancellationToken: Ct));
        Assert.Throws<ArgumentNullException>(() => FairSimulator.Shared.CompareControls(null!, cancellationToken: Ct));
        Assert.Throws<ArgumentNullException>(() => FairSimulator.Shared.Sensitivity(null!, cancellationToken: Ct));
        Assert.Throws<ArgumentNullException>(() => FairSimulator.Shared.Simulate(set, Small, cancellationToken: Ct).CompareWith(null!));
        Assert.Throws<KeyNotFoundException>(() => FairSimulator.Shared.Simulate(set, Small, cancellationToken: Ct)[new FairScenarioId("X")]);
    }

    [Fact]
    public void A_simulators_defaults_apply_when_a_run_names_no_options()
    {
        var simulator = new FairSimulator(Small with { Iterations = 1_234 });

        Assert.Equal(1_234, simulator.SimulateScenario(Scenario, cancellationToken: Ct).Iterations);
        Assert.Equal(3UL, simulator.CompareControls(new FairScenarioSet(Scenario), cancellationToken: Ct).Before.Seed);
        Assert.Equal(simulator.Sensitivity(new FairScenarioSet(Scenario), cancellationToken: Ct), simulator.Sensitivity(new FairScenarioSet(Scenario), cancellationToken: Ct));
    }

    [Fact]
    public void The_combined_control_costs_the_sum_of_the_controls_and_a_seed_given_is_used_for_every_run()
    {
        var controls = new[]
        {
            new FairControlEffect("A", "Filter", 1_000, [new NodeReduction(FairNode.LossEventFrequency, new ConstantDistribution(0.5))]),
            new FairControlEffect("B", "Backup", 5_000, [new NodeReduction(FairNode.LossMagnitude, new ConstantDistribution(0.5))]),
        };
        var set = new FairScenarioSet([Scenario], controls);

        var first = FairSimulator.Shared.CompareControls(set, Small, cancellationToken: Ct);
        var second = FairSimulator.Shared.CompareControls(set, Small, cancellationToken: Ct);

        Assert.Equal(("*", "All controls", 6_000.0), (first.Combined.ControlId, first.Combined.Name, first.Combined.AnnualCost));
        Assert.Equal((3UL, 3UL), (first.Before.Seed, first.After.Seed));
        Assert.Equal(first.Combined, second.Combined);
        Assert.Equal(first.Controls, second.Controls);
        Assert.Equal((false, true), (first.Before.ControlsApplied, first.After.ControlsApplied));
        Assert.True(FairSimulator.Shared.CompareControls(set, Small with { KeepScenarioSamples = true }, cancellationToken: Ct).After.Scenarios[0].Samples.IsEmpty);
    }

    [Fact]
    public void A_scenario_result_reads_as_its_id_and_mean()
    {
        var scenario = new FairScenario(new("S"), "Test", [new(FairNode.LossEventFrequency, new ConstantDistribution(2)), new(FairNode.LossMagnitude, new ConstantDistribution(1_000))]);

        var result = FairSimulator.Shared.SimulateScenario(scenario, Small with { Mode = SimulationMode.ExpectedLoss }, cancellationToken: Ct);

        Assert.Equal("S mean 2,000", result.Scenarios[0].ToString());
        Assert.Same(result.Scenarios[0], result[new FairScenarioId("S")]);
    }

    [Fact]
    public void Return_on_security_investment_is_the_net_reduction_over_the_cost_and_undefined_without_cost()
    {
        Assert.Equal(1.5, new ControlOutcome("C", "C", 1_000, 10_000, 7_500).ReturnOnSecurityInvestment);
        Assert.Null(new ControlOutcome("C", "C", 0, 10_000, 7_500).ReturnOnSecurityInvestment);
        Assert.Equal(2_500, new ControlOutcome("C", "C", 0, 10_000, 7_500).AleReduction);
    }

    [Fact]
    public void The_tornado_fixes_each_input_at_its_10th_and_90th_percentile()
    {
        var bars = FairSimulator.Shared.Sensitivity(new FairScenarioSet(Scenario), Small, cancellationToken: Ct);

        var bar = Assert.Single(bars);
        Assert.Equal(FairNode.LossEventFrequency, bar.Node);
        Assert.Equal(1.2, bar.InputAtP10, 0.01);
        Assert.Equal(2.8, bar.InputAtP90, 0.01);
        Assert.Equal(1_000 * bar.InputAtP10, bar.MeanAtP10, 1_000 * bar.InputAtP10 * 0.05);
        Assert.Equal(bar.MeanAtP90 - bar.MeanAtP10, bar.Swing);
        Assert.Equal(3.0, new SensitivityBar(new("S"), FairNode.LossMagnitude, 1, 2, 5, 2).Swing);
    }

    [Fact]
    public void Equal_swings_are_ordered_by_scenario_id_then_node()
    {
        static FairScenario Twin(string id) => new(new(id), id, [new(FairNode.LossEventFrequency, new UniformDistribution(1, 3)), new(FairNode.LossMagnitude, new UniformDistribution(1_000, 1_000.000001))]);

        var bars = FairSimulator.Shared.Sensitivity(new FairScenarioSet(Twin("B"), Twin("A")), Small, cancellationToken: Ct);

        Assert.Equal(["A", "B"], bars.Where(b => b.Node == FairNode.LossEventFrequency).Select(b => b.ScenarioId.Value));
        Assert.Equal(ImmutableArray.CreateRange(bars.OrderByDescending(b => b.Swing)), bars);
    }
}
