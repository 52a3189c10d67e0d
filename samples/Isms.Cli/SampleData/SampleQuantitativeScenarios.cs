using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Cli.SampleData;

/// <summary>
/// The sample organisation's quantified risks (Helix Payments GmbH, 180 persons, a payment service provider): six
/// Open FAIR models in euros for risks of its register (same ids: ), four controls
/// with their annual cost, and a correlation between the two scenarios that share an attacker.
/// <see cref="SampleOrganisation"/> attaches each model to its risk (<c>RiskScenario.QuantitativeModel</c>).
/// </summary>
internal static class SampleQuantitativeScenarios
{
    /// <summary>The scenario set: scenarios, controls and correlations.</summary>
    public static FairScenarioSet Create()
    {
        FairScenario[] scenarios =
        [
            new(new("R-01"), "Ransomware encrypts production data and backups",
            [
                new(FairNode.ThreatEventFrequency, new PertDistribution(0.5, 1, 4)),
                new(FairNode.Vulnerability, new PertDistribution(0.05, 0.15, 0.4)),
                new(FairNode.PrimaryLoss, LognormalDistribution.FromInterval90(250_000, 4_000_000)),
                new(FairNode.SecondaryLossEventFrequency, new PertDistribution(0.2, 0.4, 0.7)),
                new(FairNode.SecondaryLossEventMagnitude, LognormalDistribution.FromInterval90(100_000, 2_000_000)),
            ]),
            new(new("R-02"), "Account takeover of an engineer leads to production access",
            [
                new(FairNode.ContactFrequency, new UniformDistribution(50, 150)),
                new(FairNode.ProbabilityOfAction, new PertDistribution(0.02, 0.05, 0.1)),
                new(FairNode.Vulnerability, new PertDistribution(0.01, 0.04, 0.12)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(50_000, 1_500_000)),
            ]),
            new(new("R-03"), "Cardholder data exfiltrated from the vault",
            [
                new(FairNode.ThreatEventFrequency, new PertDistribution(0.2, 1, 3)),
                new(FairNode.ThreatCapability, new PertDistribution(20, 50, 95)),
                new(FairNode.ResistanceStrength, new PertDistribution(50, 70, 90)),
                new(FairNode.PrimaryLoss, LognormalDistribution.FromInterval90(200_000, 2_500_000)),
                new(FairNode.SecondaryLossEventFrequency, new PertDistribution(0.5, 0.8, 1)),
                new(FairNode.SecondaryLossEventMagnitude, LognormalDistribution.FromInterval90(500_000, 8_000_000)),
            ]),
            new(new("R-05"), "Region outage makes the payment API unavailable",
            [
                new(FairNode.LossEventFrequency, new PertDistribution(0.1, 0.3, 1)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(40_000, 900_000)),
            ]),
            new(new("R-08"), "Lost or stolen laptop exposes confidential data",
            [
                new(FairNode.LossEventFrequency, new PertDistribution(2, 5, 10)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(1_500, 25_000)),
            ]),
            new(new("R-12"), "Fraudulent payouts through a compromised admin function",
            [
                new(FairNode.LossEventFrequency, new ConstantDistribution(0.1)),
                new(FairNode.LossMagnitude, LognormalDistribution.FromInterval90(50_000, 1_200_000)),
            ]),
        ];

        FairControlEffect[] controls =
        [
            new("EDR", "EDR and immutable backups", 45_000, [new NodeReduction(FairNode.Vulnerability, new PertDistribution(0.3, 0.5, 0.7))], [new("R-01")], [new ControlId("8.7")]),
            new("MFA", "Phishing-resistant MFA for all staff", 9_000, [new NodeReduction(FairNode.Vulnerability, new PertDistribution(0.5, 0.7, 0.9))], [new("R-02")], [new ControlId("5.17"), new ControlId("8.5")]),
            new("SIEM", "SIEM detection rules for the card data vault", 60_000, [new NodeReduction(FairNode.PrimaryLoss, new PertDistribution(0.2, 0.4, 0.6))], [new("R-03")], [new ControlId("8.15"), new ControlId("8.16")]),
            new("FDE", "Full-disk encryption", 6_000, [new NodeReduction(FairNode.LossMagnitude, new PertDistribution(0.6, 0.8, 0.95))], [new("R-08")], [new ControlId("8.24")]),
        ];

        return new FairScenarioSet(scenarios, controls, [new ScenarioCorrelation(new("R-01"), new("R-03"), 0.3)]);
    }
}
