using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>Controls before and after (ALE reduction, ROSI), tornado sensitivity and risk tolerance.</summary>
public sealed class ControlAndSensitivityTests
{
    private static readonly FairScenarioSet Set = new(
        [
            new FairScenario(new("R-01"), "Ransomware",
            [
                new(FairNode.ThreatEventFrequency, new PertDistribution(0.5, 2, 6)),
                new(FairNode.Vulnerability, new PertDistribution(0.05, 0.2, 0.4)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(50_000, 2_000_000)),
            ]),
            FairScenario.FromAnnualRate(new("R-02"), "Laptop theft", 2, 2_000, 20_000),
        ],
        [
            new FairControlEffect("EDR", "Endpoint detection", 40_000, [new NodeReduction(FairNode.Vulnerability, new ConstantDistribution(0.5))], [new("R-01")]),
            new FairControlEffect("FDE", "Full-disk encryption", 5_000, [new NodeReduction(FairNode.LossMagnitude, new PertDistribution(0.6, 0.8, 0.95))], [new("R-02")]),
        ]);

    private static readonly SimulationOptions Options = new() { Seed = 11, Iterations = 100_000, Mode = SimulationMode.ExpectedLoss };

    [Fact]
    public void A_control_halving_vulnerability_halves_the_scenario_loss_with_a_shared_seed()
    {
        var comparison = FairSimulator.Shared.CompareControls(Set, Options, TestContext.Current.CancellationToken);
        var before = comparison.Before[new("R-01")].Mean;
        var after = comparison.After[new("R-01")].Mean;

        Assert.Equal(before / 2, after, before * 1e-9);
    }

    [Fact]
    public void Rosi_is_ale_reduction_minus_cost_over_cost()
    {
        var comparison = FairSimulator.Shared.CompareControls(Set, Options, TestContext.Current.CancellationToken);

        foreach (var outcome in comparison.Controls.Append(comparison.Combined))
        {
            Assert.True(outcome.AleReduction > 0, outcome.ControlId);
            Assert.Equal((outcome.AleBefore - outcome.AleAfter - outcome.AnnualCost) / outcome.AnnualCost, outcome.ReturnOnSecurityInvestment!.Value, 12);
        }

        Assert.Equal(comparison.Before.Portfolio.Mean - comparison.After.Portfolio.Mean, comparison.Combined.AleReduction, 6);
        Assert.False(comparison.Before.ControlsApplied);
        Assert.True(comparison.After.ControlsApplied);
    }

    [Fact]
    public void Tornado_has_one_bar_per_uncertain_input_sorted_by_swing_with_magnitude_on_top()
    {
        var bars = FairSimulator.Shared.Sensitivity(Set, Options with { Iterations = 20_000 }, TestContext.Current.CancellationToken);

        Assert.Equal(4, bars.Length);
        Assert.True(bars.Zip(bars.Skip(1)).All(p => p.First.Swing >= p.Second.Swing));
        Assert.All(bars, b => Assert.True(b.InputAtP10 <= b.InputAtP90));
        Assert.All(bars, b => Assert.True(b.MeanAtP90 >= b.MeanAtP10, $"{b.ScenarioId} {b.Node}"));
        Assert.Equal(FairNode.LossMagnitude, bars[0].Node);
    }

    [Fact]
    public void A_tolerance_curve_is_breached_where_the_exceedance_curve_lies_above_it()
    {
        var result = FairSimulator.Shared.Simulate(Set, Options, TestContext.Current.CancellationToken);
        var p = result.Portfolio.ProbabilityOfExceeding(100_000);
        var strict = new RiskToleranceCurve("Strict", [new(100_000, p / 2), new(10_000_000, 0)]);
        var lenient = new RiskToleranceCurve("Lenient", [new(1, 1), new(1e12, 1)]);

        var breached = result.CompareWith(strict);
        Assert.False(breached.IsWithinTolerance);
        Assert.Contains(breached.Breaches, c => c.Loss == 100_000);
        Assert.True(result.CompareWith(lenient).IsWithinTolerance);
    }

    [Fact]
    public void Scenario_contributions_add_up_to_the_portfolio()
    {
        var result = FairSimulator.Shared.Simulate(Set, Options with { KeepScenarioSamples = true }, TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Scenarios.Sum(s => s.MeanContribution), 9);
        Assert.Equal(result.Portfolio.Mean, result.Scenarios.Sum(s => s.Mean), 3);
        Assert.Equal(result.Portfolio.ExpectedShortfall(0.99), result.Scenarios.Sum(s => s.TailContribution!.Value), 3);
    }
}
