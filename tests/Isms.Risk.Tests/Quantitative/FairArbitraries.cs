using FsCheck;
using FsCheck.Fluent;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>Random FAIR scenario sets and controls for properties.</summary>
public static class FairArbitraries
{
    private static Gen<Distribution> Pert(double scale) =>
        from a in Gen.Choose(0, 1000)
        from b in Gen.Choose(0, 1000)
        from c in Gen.Choose(0, 1000)
        let sorted = new[] { a, b, c }.Order().ToArray()
        select (Distribution)new PertDistribution(sorted[0] * scale, sorted[1] * scale, sorted[2] * scale);

    private static Gen<Distribution> Interval(double scale) =>
        from a in Gen.Choose(1, 1000)
        from b in Gen.Choose(1, 1000)
        select (Distribution)LognormalDistribution.FromInterval90(Math.Min(a, b) * scale, Math.Max(a, b) * scale);

    private static Gen<FairScenario> Scenario(int index) =>
        from shape in Gen.Choose(0, 2)
        from lef in Pert(0.005)
        from tef in Pert(0.01)
        from vuln in Pert(0.001)
        from lm in Gen.OneOf(Pert(1_000), Interval(1_000))
        select shape switch
        {
            0 => new FairScenario(new FairScenarioId($"S{index}"), $"Scenario {index}", [new(FairNode.LossEventFrequency, lef), new(FairNode.LossMagnitude, lm)]),
            1 => new FairScenario(new FairScenarioId($"S{index}"), $"Scenario {index}", [new(FairNode.ThreatEventFrequency, tef), new(FairNode.Vulnerability, vuln), new(FairNode.LossMagnitude, lm)]),
            _ => new FairScenario(new FairScenarioId($"S{index}"), $"Scenario {index}", [new(FairNode.ThreatEventFrequency, tef), new(FairNode.Vulnerability, vuln), new(FairNode.PrimaryLoss, lm), new(FairNode.SecondaryLossEventFrequency, new UniformDistribution(0, 0.5)), new(FairNode.SecondaryLossEventMagnitude, lm)]),
        };

    private static Gen<FairControlEffect> Control(int index) =>
        from node in Gen.Elements(FairNode.LossEventFrequency, FairNode.ThreatEventFrequency, FairNode.Vulnerability, FairNode.LossMagnitude, FairNode.ContactFrequency)
        from fraction in Pert(0.001)
        from cost in Gen.Choose(0, 100_000)
        select new FairControlEffect($"C{index}", $"Control {index}", cost, [new NodeReduction(node, fraction)]);

    /// <summary>A set of 1 to 4 scenarios.</summary>
    public static Arbitrary<FairScenarioSet> Sets() =>
        (from count in Gen.Choose(1, 4)
         from scenarios in Gen.CollectToArray(Enumerable.Range(0, count).Select(Scenario))
         select new FairScenarioSet(scenarios)).ToArbitrary();

    /// <summary>A list of 0 to 4 controls.</summary>
    public static Arbitrary<FairControlEffect[]> Controls() =>
        (from count in Gen.Choose(0, 4)
         from controls in Gen.CollectToArray(Enumerable.Range(0, count).Select(Control))
         select controls.ToArray()).ToArbitrary();
}
