using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// The engine's limits (issue 13's reproducers): what would run for minutes, overflow a count or give losses that are not
/// finite is refused before the run with a code naming the scenario, the input and the limit; what is within them runs.
/// </summary>
public sealed class LimitTests
{
    private static readonly FairScenarioId A = new("A");

    [Theory]
    [InlineData(1e10)]
    [InlineData(1e300)]
    [InlineData(1_000_001)]
    public void A_rate_above_the_events_per_year_limit_is_refused_before_the_run(double rate)
    {
        var set = new FairScenarioSet(FairScenario.FromAnnualRate(A, "Floods", rate, 1_000, 10_000));

        foreach (var mode in new[] { SimulationMode.AnnualLoss, SimulationMode.ExpectedLoss })
        {
            var ex = Assert.Throws<IsmsException>(() => Sim(set, new SimulationOptions { Seed = 1, Iterations = 100_000, Mode = mode }));

            Assert.Equal(FairErrorCodes.TooManyEvents, ex.Code);
            Assert.Equal("A", ex.EntityId);
            Assert.Equal("Loss Event Frequency", ex.Member);
            Assert.Contains("1,000,000 a year", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_largest_rate_a_derived_frequency_can_take_counts_after_the_controls()
    {
        var scenario = new FairScenario(A, "Phishing", [
            new(FairNode.ThreatEventFrequency, new PertDistribution(1_000_000, 2_000_000, 4_000_000)),
            new(FairNode.Vulnerability, new PertDistribution(0.1, 0.2, 0.5)),
            new(FairNode.LossMagnitude, new ConstantDistribution(10))]);
        var control = new FairControlEffect("C", "Mail filter", 1_000, [new NodeReduction(FairNode.ThreatEventFrequency, new ConstantDistribution(0.9))]);
        var options = new SimulationOptions { Seed = 1, Iterations = 1_000, Mode = SimulationMode.ExpectedLoss };

        var ex = Assert.Throws<IsmsException>(() => Sim(new FairScenarioSet(scenario), options));
        var treated = Sim(new FairScenarioSet([scenario], [control]), options);

        Assert.Equal(FairErrorCodes.TooManyEvents, ex.Code);
        Assert.Equal("Threat Event Frequency", ex.Member);
        Assert.Equal("2E+06", ex.Value);
        Assert.True(treated.Portfolio.Mean > 0);
    }

    [Fact]
    public void A_frequency_from_contact_and_action_counts_their_largest_product_capped_at_certainty()
    {
        var scenario = new FairScenario(A, "Scans", [
            new(FairNode.ContactFrequency, new PertDistribution(2_000_000, 3_000_000, 5_000_000)),
            new(FairNode.ProbabilityOfAction, new UniformDistribution(0.2, 0.6)),
            new(FairNode.Vulnerability, new ConstantDistribution(0.9)),
            new(FairNode.LossMagnitude, new ConstantDistribution(10))]);

        var ex = Assert.Throws<IsmsException>(() => Sim(new FairScenarioSet(scenario), new SimulationOptions { Seed = 1, Iterations = 1_000 }));

        Assert.Equal((FairErrorCodes.TooManyEvents, "Contact Frequency", "2.7E+06"), (ex.Code, ex.Member, ex.Value));
    }

    [Fact]
    public void The_events_expected_in_a_run_multiply_the_mean_contact_action_and_vulnerability()
    {
        var scenario = new FairScenario(A, "Probes", [
            new(FairNode.ContactFrequency, new ConstantDistribution(500_000)),
            new(FairNode.ProbabilityOfAction, new ConstantDistribution(0.5)),
            new(FairNode.Vulnerability, new ConstantDistribution(0.8)),
            new(FairNode.LossMagnitude, new ConstantDistribution(10))]);

        var ex = Assert.Throws<IsmsException>(() => Sim(new FairScenarioSet(scenario), new SimulationOptions { Seed = 1, Iterations = 10_000 }));

        Assert.Equal((FairErrorCodes.TooManyEvents, "Contact Frequency", "2E+09"), (ex.Code, ex.Member, ex.Value));
        Assert.Contains("all scenarios: 2E+09", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_counts_only_for_the_scenarios_it_applies_to()
    {
        var scenario = new FairScenario(A, "Phishing", [
            new(FairNode.ThreatEventFrequency, new PertDistribution(1_000_000, 2_000_000, 4_000_000)),
            new(FairNode.Vulnerability, new PertDistribution(0.1, 0.2, 0.5)),
            new(FairNode.LossMagnitude, new ConstantDistribution(10))]);
        var other = FairScenario.FromAnnualRate(new("B"), "Other", 1, 1, 10);
        var elsewhere = new FairControlEffect("C", "Mail filter", 1_000, [new NodeReduction(FairNode.ThreatEventFrequency, new ConstantDistribution(0.9))], [new("B")]);

        var ex = Assert.Throws<IsmsException>(() => Sim(new FairScenarioSet([scenario, other], [elsewhere]), new SimulationOptions { Seed = 1, Iterations = 1_000 }));

        Assert.Equal(("A", "2E+06"), (ex.EntityId, ex.Value));
    }

    [Theory]
    [InlineData(FairNode.PrimaryLoss)]
    [InlineData(FairNode.SecondaryLossEventFrequency)]
    [InlineData(FairNode.SecondaryLossEventMagnitude)]
    [InlineData(FairNode.LossMagnitude)]
    public void A_control_on_the_loss_side_does_not_lower_the_largest_frequency(FairNode node)
    {
        KeyValuePair<FairNode, Distribution>[] loss = node == FairNode.LossMagnitude
            ? [new(FairNode.LossMagnitude, new ConstantDistribution(10))]
            : [new(FairNode.PrimaryLoss, new ConstantDistribution(10)), new(FairNode.SecondaryLossEventFrequency, new ConstantDistribution(0.5)), new(FairNode.SecondaryLossEventMagnitude, new ConstantDistribution(10))];
        var scenario = new FairScenario(A, "Floods", [new(FairNode.LossEventFrequency, new UniformDistribution(1, 2_000_000)), .. loss]);
        var control = new FairControlEffect("C", "Loss-side control", 1_000, [new NodeReduction(node, new ConstantDistribution(0.99))]);

        var ex = Assert.Throws<IsmsException>(() => Sim(new FairScenarioSet([scenario], [control]), new SimulationOptions { Seed = 1, Iterations = 1_000 }));

        Assert.Equal(("Loss Event Frequency", "2E+06"), (ex.Member, ex.Value));
    }

    [Fact]
    public void A_run_expecting_more_events_than_the_per_run_limit_is_refused_in_annual_mode_only()
    {
        var set = new FairScenarioSet([FairScenario.FromAnnualRate(A, "Spam", 100_000, 1, 10), FairScenario.FromAnnualRate(new("B"), "Scans", 1, 1, 10)]);
        var options = new SimulationOptions { Seed = 1, Iterations = 10_000 };

        var ex = Assert.Throws<IsmsException>(() => Sim(set, options));
        var expected = Sim(set, options with { Mode = SimulationMode.ExpectedLoss });

        Assert.Equal(FairErrorCodes.TooManyEvents, ex.Code);
        Assert.Equal("A", ex.EntityId);
        Assert.Contains("1,000,000,000 a run", ex.Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(expected.Portfolio.Mean));
    }

    [Fact]
    public void A_high_constant_rate_runs_in_memory_bounded_by_the_block_and_keeps_its_mean()
    {
        // 200,000 events a year for 1,000 years: simulated a year at a time, the events of a year a chunk at a time.
        var set = new FairScenarioSet(new FairScenario(A, "Card skimming", [new(FairNode.LossEventFrequency, new ConstantDistribution(200_000)), new(FairNode.LossMagnitude, new UniformDistribution(0, 2))]));

        var result = Sim(set, new SimulationOptions { Seed = 3, Iterations = 1_000 });

        // Mean 200,000 a year; per-year standard deviation sqrt(200,000 x E[X^2]) = sqrt(200,000 x 4/3) = 516.
        Assert.InRange(result.Portfolio.Mean, 200_000 - (5 * 516 / Math.Sqrt(1_000)), 200_000 + (5 * 516 / Math.Sqrt(1_000)));
        Assert.InRange(result.Portfolio.StandardDeviation, 516 * 0.85, 516 * 1.15);
    }

    [Fact]
    public void A_frequency_drawn_above_the_limit_is_refused_with_the_same_error_whatever_the_threads()
    {
        // Lognormal: unbounded, so checked as each year is drawn; about 1 year in 2,000 draws more than a million events.
        var scenario = new FairScenario(A, "Bots", [new(FairNode.LossEventFrequency, LognormalDistribution.FromInterval90(1, 10_000)), new(FairNode.LossMagnitude, new ConstantDistribution(1))]);
        var set = new FairScenarioSet([scenario, FairScenario.FromAnnualRate(new("B"), "Quiet", 0.1, 1, 10)]);
        var options = new SimulationOptions { Seed = 11, Iterations = 40_000 };

        var one = Assert.Throws<IsmsException>(() => Sim(set, options with { MaxDegreeOfParallelism = 1 }));
        var many = Assert.Throws<IsmsException>(() => Sim(set, options with { MaxDegreeOfParallelism = 8 }));

        Assert.Equal(FairErrorCodes.TooManyEvents, one.Code);
        Assert.Equal("A", one.EntityId);
        Assert.Equal("Loss Event Frequency", one.Member);
        Assert.True(double.Parse(one.Value!, System.Globalization.CultureInfo.InvariantCulture) > SimulationLimits.MaxLossEventsPerYear);
        Assert.Equal(one.Error, many.Error);
    }

    [Theory]
    [InlineData(1_000, 1e300)]
    [InlineData(1_000, 1e13)]
    public void A_loss_interval_whose_mean_is_above_the_loss_limit_is_refused(double low, double high)
    {
        var set = new FairScenarioSet(FairScenario.FromAnnualRate(A, "Meteor", 0.5, low, high));

        foreach (var mode in new[] { SimulationMode.AnnualLoss, SimulationMode.ExpectedLoss })
        {
            var ex = Assert.Throws<IsmsException>(() => Sim(set, new SimulationOptions { Seed = 1, Iterations = 1_000, Mode = mode }));

            Assert.Equal(FairErrorCodes.LossTooLarge, ex.Code);
            Assert.Equal("A", ex.EntityId);
            Assert.Equal("Loss Magnitude", ex.Member);
            Assert.Contains("1E+15", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_bounded_loss_above_the_limit_is_refused_by_its_largest_value()
    {
        var scenario = new FairScenario(A, "Fine", [
            new(FairNode.LossEventFrequency, new ConstantDistribution(0.1)),
            new(FairNode.PrimaryLoss, new PertDistribution(1, 2, 2e15)),
            new(FairNode.SecondaryLossEventFrequency, new ConstantDistribution(0.5)),
            new(FairNode.SecondaryLossEventMagnitude, new ConstantDistribution(1))]);

        var ex = Assert.Throws<IsmsException>(() => Sim(new FairScenarioSet(scenario), new SimulationOptions { Seed = 1, Iterations = 1_000 }));

        Assert.Equal(FairErrorCodes.LossTooLarge, ex.Code);
        Assert.Equal("Primary Loss", ex.Member);
        Assert.Equal("2E+15", ex.Value);
    }

    /// <summary>Any loss interval is either refused with ISMS-FAIR-014 or simulated to finite statistics, in both modes.</summary>
    [Property(MaxTest = 60)]
    public Property Losses_within_the_limit_give_finite_statistics_and_the_rest_are_refused()
    {
        var exponents = Gen.Choose(-30, 300).Two().Select(p => (Low: Math.Pow(10, Math.Min(p.Item1, p.Item2) / 10.0), High: Math.Pow(10, Math.Max(p.Item1, p.Item2) / 10.0)));
        return Prop.ForAll(exponents.ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (interval, annual) =>
        {
            var set = new FairScenarioSet(new FairScenario(A, "Any", [new(FairNode.LossEventFrequency, new PertDistribution(0, 3, 10)), new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(interval.Low, interval.High))]));
            try
            {
                var result = Sim(set, new SimulationOptions { Seed = 5, Iterations = 2_000, Mode = annual ? SimulationMode.AnnualLoss : SimulationMode.ExpectedLoss, KeepScenarioSamples = true });
                var d = result.Portfolio;
                return double.IsFinite(d.Mean) && double.IsFinite(d.StandardDeviation) && double.IsFinite(d.Maximum)
                    && d.ExceedanceCurve.Points.All(p => double.IsFinite(p.Loss))
                    && result.Scenarios.All(s => double.IsFinite(s.Mean) && double.IsFinite(s.StandardDeviation));
            }
            catch (IsmsException ex)
            {
                return ex.Code == FairErrorCodes.LossTooLarge;
            }
        });
    }

    private static SimulationResult Sim(FairScenarioSet set, SimulationOptions options) => FairSimulator.Shared.Simulate(set, options, TestContext.Current.CancellationToken);
}
