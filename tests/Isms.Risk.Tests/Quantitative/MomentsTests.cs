using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// A scenario's moments merged from its blocks (sparse blocks read only their event years) agree with the moments of its
/// kept, sorted sample, whichever path simulated it.
/// </summary>
public sealed class MomentsTests
{
    public static TheoryData<string> Kinds => ["sparse", "factor", "secondary", "uncertain-rate", "expected"];

    private static FairScenarioSet Set(string kind)
    {
        var id = new FairScenarioId("M");
        FairScenario scenario = kind switch
        {
            "sparse" => FairScenario.FromAnnualRate(id, "Sparse", 0.3, 10_000, 1_000_000),
            "factor" => FairScenario.FromAnnualRate(id, "With a loss reduction", 0.3, 10_000, 1_000_000),
            "secondary" => new FairScenario(id, "Secondary", [
                new(FairNode.LossEventFrequency, new ConstantDistribution(0.6)),
                new(FairNode.PrimaryLoss, LognormalDistribution.FromInterval90(5_000, 200_000)),
                new(FairNode.SecondaryLossEventFrequency, new ConstantDistribution(0.4)),
                new(FairNode.SecondaryLossEventMagnitude, new PertDistribution(1_000, 20_000, 90_000))]),
            _ => new FairScenario(id, "Uncertain rate", [
                new(FairNode.LossEventFrequency, new PertDistribution(0.1, 0.4, 2)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(10_000, 1_000_000))]),
        };
        var controls = kind == "factor"
            ? new[] { new FairControlEffect("C", "Backups", 1_000, [new NodeReduction(FairNode.LossMagnitude, new PertDistribution(0.2, 0.4, 0.6))], [scenario.Id]) }
            : null;
        return new FairScenarioSet([scenario, FairScenario.FromAnnualRate(new("N"), "Neighbour", 0.2, 1_000, 50_000)], controls: controls);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Merged_block_moments_agree_with_the_kept_sample(string kind)
    {
        var options = new SimulationOptions { Iterations = 50_000, Seed = 21, Mode = kind == "expected" ? SimulationMode.ExpectedLoss : SimulationMode.AnnualLoss };
        var merged = FairSimulator.Shared.Simulate(Set(kind), options, TestContext.Current.CancellationToken);
        var kept = FairSimulator.Shared.Simulate(Set(kind), options with { KeepScenarioSamples = true }, TestContext.Current.CancellationToken);

        foreach (var (m, k) in merged.Scenarios.Zip(kept.Scenarios))
        {
            Assert.Equal(k.Mean, m.Mean, k.Mean * 1e-12);
            Assert.Equal(k.StandardDeviation, m.StandardDeviation, k.StandardDeviation * 1e-9);
            Assert.Equal(k.ProbabilityOfLoss, m.ProbabilityOfLoss);
            Assert.True(k.Mean > 0);
        }

        Assert.True(merged.PortfolioSamples.SequenceEqual(kept.PortfolioSamples));
    }
}
