using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>Properties that hold for every model: monotone controls, ordered outputs, reproducibility.</summary>
public sealed class SimulationProperties
{
    private static SimulationOptions Options(ulong seed, SimulationMode mode = SimulationMode.ExpectedLoss, int iterations = 3_000) =>
        new() { Seed = seed, Iterations = iterations, Mode = mode, KeepScenarioSamples = true };

    [Property(Arbitrary = [typeof(FairArbitraries)], MaxTest = 40)]
    public bool More_controls_never_raise_the_mean_loss_in_expected_mode_with_a_shared_seed(FairScenarioSet set, FairControlEffect[] controls, ulong seed)
    {
        var previous = double.PositiveInfinity;
        for (var k = 0; k <= controls.Length; k++)
        {
            var mean = Sim(set.WithControls(controls.Take(k)), Options(seed)).Portfolio.Mean;
            if (mean > previous)
            {
                return false;
            }

            previous = mean;
        }

        return true;
    }

    [Property(Arbitrary = [typeof(FairArbitraries)], MaxTest = 40)]
    public bool Percentiles_are_ordered_and_the_exceedance_curve_is_non_increasing(FairScenarioSet set, ulong seed, bool annual)
    {
        var result = Sim(set, Options(seed, annual ? SimulationMode.AnnualLoss : SimulationMode.ExpectedLoss));
        var distributions = result.Scenarios.Select(s => s.Distribution!).Append(result.Portfolio);
        return distributions.All(d =>
            d.Percentiles.Zip(d.Percentiles.Skip(1)).All(p => p.First.Loss <= p.Second.Loss && p.First.Probability < p.Second.Probability)
            && d.ExceedanceCurve.Points.Zip(d.ExceedanceCurve.Points.Skip(1)).All(p => p.First.Loss <= p.Second.Loss && p.First.Probability >= p.Second.Probability)
            && d.Minimum <= d.Percentile(0.5) && d.Percentile(0.5) <= d.Maximum
            && d.ExpectedShortfall(0.95) >= d.ValueAtRisk(0.95));
    }

    [Property(Arbitrary = [typeof(FairArbitraries)], MaxTest = 15)]
    public bool Seeded_results_do_not_depend_on_the_number_of_threads(FairScenarioSet set, ulong seed, bool annual)
    {
        var mode = annual ? SimulationMode.AnnualLoss : SimulationMode.ExpectedLoss;
        var one = Sim(set, Options(seed, mode, 20_000) with { MaxDegreeOfParallelism = 1 });
        var many = Sim(set, Options(seed, mode, 20_000) with { MaxDegreeOfParallelism = 8 });
        return one.PortfolioSamples.SequenceEqual(many.PortfolioSamples)
            && one.Scenarios.Zip(many.Scenarios).All(p => p.First.Mean.Equals(p.Second.Mean) && p.First.Samples.SequenceEqual(p.Second.Samples));
    }

    [Property(Arbitrary = [typeof(FairArbitraries)], MaxTest = 15)]
    public bool Seeded_results_do_not_depend_on_the_order_of_the_scenarios(FairScenarioSet set, ulong seed)
    {
        var reversed = set.WithScenarios(set.Scenarios.Reverse());
        var a = Sim(set, Options(seed, SimulationMode.AnnualLoss, 10_000));
        var b = Sim(reversed, Options(seed, SimulationMode.AnnualLoss, 10_000));
        return a.PortfolioSamples.SequenceEqual(b.PortfolioSamples)
            && a.Scenarios.All(s => b[s.Id].Samples.SequenceEqual(s.Samples) && b[s.Id].Mean.Equals(s.Mean));
    }

    [Property(MaxTest = 30)]
    public bool Sampled_pert_stays_within_its_bounds(PositiveInt low, PositiveInt width, NonNegativeInt modeAt)
    {
        var lo = (double)low.Get;
        var hi = lo + width.Get;
        var mode = lo + Math.Min(modeAt.Get, width.Get);
        var scenario = new FairScenario(new FairScenarioId("P"), "PERT bounds", [new(FairNode.LossEventFrequency, new ConstantDistribution(1)), new(FairNode.LossMagnitude, new PertDistribution(lo, mode, hi))]);
        var result = SimOne(scenario, Options(7, SimulationMode.ExpectedLoss, 2_000));
        return result.Portfolio.Minimum >= lo && result.Portfolio.Maximum <= hi;
    }

    private static SimulationResult Sim(FairScenarioSet set, SimulationOptions options) => FairSimulator.Shared.Simulate(set, options, TestContext.Current.CancellationToken);

    private static SimulationResult SimOne(FairScenario scenario, SimulationOptions options) => FairSimulator.Shared.SimulateScenario(scenario, options, TestContext.Current.CancellationToken);
}
