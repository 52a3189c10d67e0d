using Isms.Core.Catalogs;
using Isms.Core.Risks.Quantitative;

namespace Isms.Cli.SampleData;

/// <summary>
/// The sample organisation's quantified risks (a mid-size manufacturer, about 400 people, revenue around 80 million):
/// six Open FAIR scenarios with calibrated estimates in euros, four controls with their annual cost, and a correlation
/// between the two scenarios that share an attacker. Ids follow the sample risk register (R-01...).
/// </summary>
internal static class SampleQuantitativeScenarios
{
    /// <summary>The scenario set: scenarios, controls and correlations.</summary>
    public static FairScenarioSet Create()
    {
        FairScenario[] scenarios =
        [
            new(new("R-01"), "Ransomware encrypts file servers and ERP",
            [
                new(FairNode.ThreatEventFrequency, new PertDistribution(0.5, 1, 4)),
                new(FairNode.Vulnerability, new PertDistribution(0.1, 0.25, 0.5)),
                new(FairNode.PrimaryLoss, LognormalDistribution.FromInterval90(150_000, 2_500_000)),
                new(FairNode.SecondaryLossEventFrequency, new PertDistribution(0.1, 0.3, 0.6)),
                new(FairNode.SecondaryLossEventMagnitude, LognormalDistribution.FromInterval90(50_000, 1_000_000)),
            ]),
            new(new("R-02"), "Business email compromise: payment fraud",
            [
                new(FairNode.ContactFrequency, new UniformDistribution(50, 150)),
                new(FairNode.ProbabilityOfAction, new PertDistribution(0.02, 0.05, 0.1)),
                new(FairNode.Vulnerability, new PertDistribution(0.02, 0.08, 0.2)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(20_000, 400_000)),
            ]),
            new(new("R-03"), "Customer data stolen from the web shop",
            [
                new(FairNode.ThreatEventFrequency, new PertDistribution(0.2, 1, 3)),
                new(FairNode.ThreatCapability, new PertDistribution(20, 50, 95)),
                new(FairNode.ResistanceStrength, new PertDistribution(40, 60, 80)),
                new(FairNode.PrimaryLoss, LognormalDistribution.FromInterval90(100_000, 1_500_000)),
                new(FairNode.SecondaryLossEventFrequency, new PertDistribution(0.3, 0.6, 0.9)),
                new(FairNode.SecondaryLossEventMagnitude, LognormalDistribution.FromInterval90(200_000, 3_000_000)),
            ]),
            new(new("R-04"), "Laptops lost or stolen",
            [
                new(FairNode.LossEventFrequency, new PertDistribution(2, 5, 10)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(1_500, 25_000)),
            ]),
            new(new("R-05"), "Cloud ERP provider outage",
            [
                new(FairNode.LossEventFrequency, new PertDistribution(0.1, 0.5, 2)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(20_000, 300_000)),
            ]),
            new(new("R-06"), "Insider misuses design documents",
            [
                new(FairNode.LossEventFrequency, new ConstantDistribution(0.1)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(50_000, 800_000)),
            ]),
        ];

        FairControlEffect[] controls =
        [
            new("EDR", "Endpoint detection and response", 45_000, [new NodeReduction(FairNode.Vulnerability, new PertDistribution(0.3, 0.5, 0.7))], [new("R-01")], [new ControlId("8.7")]),
            new("PAY", "Call-back check of payment changes", 8_000, [new NodeReduction(FairNode.Vulnerability, new PertDistribution(0.5, 0.7, 0.9))], [new("R-02")], [new ControlId("5.14")]),
            new("WAF", "Web application firewall and secure coding", 25_000, [new NodeReduction(FairNode.ThreatEventFrequency, new PertDistribution(0.2, 0.4, 0.6))], [new("R-03")], [new ControlId("8.26"), new ControlId("8.28")]),
            new("FDE", "Full-disk encryption", 6_000, [new NodeReduction(FairNode.LossMagnitude, new PertDistribution(0.6, 0.8, 0.95))], [new("R-04")], [new ControlId("8.24")]),
        ];

        return new FairScenarioSet(scenarios, controls, [new ScenarioCorrelation(new("R-01"), new("R-03"), 0.3)]);
    }
}
