using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>Bad models are refused with a stable code and a message naming the scenario and the node.</summary>
public sealed class ModelValidationTests
{
    private static readonly FairScenarioId Id = new("R-07");

    private static IsmsException Refused(Action action) => Assert.Throws<IsmsException>(action);

    private static FairScenario Model(params (FairNode Node, Distribution D)[] nodes) =>
        new(Id, "Ransomware", nodes.Select(n => new KeyValuePair<FairNode, Distribution>(n.Node, n.D)));

    [Fact]
    public void Low_above_high_is_ISMS_FAIR_002()
    {
        Assert.Equal(FairErrorCodes.LowAboveHigh, Refused(() => new PertDistribution(10, 5, 1)).Code);
        Assert.Equal(FairErrorCodes.LowAboveHigh, Refused(() => new UniformDistribution(2, 1)).Code);
        Assert.Equal(FairErrorCodes.LowAboveHigh, Refused(() => LognormalDistribution.FromInterval90(10, 1)).Code);
    }

    [Fact]
    public void A_mode_outside_the_range_is_ISMS_FAIR_003()
    {
        Assert.Equal(FairErrorCodes.ModeOutsideRange, Refused(() => new PertDistribution(1, 20, 10)).Code);
        Assert.Equal(FairErrorCodes.ModeOutsideRange, Refused(() => new TriangularDistribution(1, 0, 10)).Code);
    }

    [Fact]
    public void Non_finite_numbers_are_ISMS_FAIR_001()
    {
        Assert.Equal(FairErrorCodes.NonFinite, Refused(() => new ConstantDistribution(double.NaN)).Code);
        Assert.Equal(FairErrorCodes.NonFinite, Refused(() => new PertDistribution(0, 1, double.PositiveInfinity)).Code);
        Assert.Equal(FairErrorCodes.NonFinite, Refused(() => new NormalDistribution(double.NaN, 1)).Code);
    }

    [Fact]
    public void A_probability_outside_0_1_names_the_scenario_and_the_node()
    {
        var ex = Refused(() => Model((FairNode.ThreatEventFrequency, new ConstantDistribution(2)), (FairNode.Vulnerability, new PertDistribution(0.5, 0.9, 1.2)), (FairNode.LossMagnitude, new ConstantDistribution(1))));

        Assert.Equal(FairErrorCodes.OutsideDomain, ex.Code);
        Assert.Contains("R-07", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Vulnerability", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_rate_names_the_scenario_and_the_node()
    {
        var ex = Refused(() => Model((FairNode.LossEventFrequency, new UniformDistribution(-1, 2)), (FairNode.LossMagnitude, new ConstantDistribution(1))));

        Assert.Equal(FairErrorCodes.OutsideDomain, ex.Code);
        Assert.Contains("Loss Event Frequency", ex.Message, StringComparison.Ordinal);
        Assert.Equal(FairErrorCodes.OutsideDomain, Refused(() => new PoissonDistribution(-0.1)).Code);
    }

    [Fact]
    public void A_model_without_loss_magnitude_cannot_derive_risk()
    {
        var ex = Refused(() => Model((FairNode.LossEventFrequency, new ConstantDistribution(1))));

        Assert.Equal(FairErrorCodes.Incomplete, ex.Code);
        Assert.Contains("Loss Magnitude", ex.Message, StringComparison.Ordinal);
        Assert.Contains("R-07", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threat_event_frequency_without_vulnerability_is_incomplete_naming_vulnerability()
    {
        var ex = Refused(() => Model((FairNode.ThreatEventFrequency, new ConstantDistribution(1)), (FairNode.LossMagnitude, new ConstantDistribution(1))));

        Assert.Equal(FairErrorCodes.Incomplete, ex.Code);
        Assert.Contains("Vulnerability is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contact_frequency_without_probability_of_action_is_incomplete_naming_it()
    {
        var ex = Refused(() => Model((FairNode.ContactFrequency, new ConstantDistribution(1)), (FairNode.Vulnerability, new ConstantDistribution(0.5)), (FairNode.LossMagnitude, new ConstantDistribution(1))));

        Assert.Contains("Probability of Action is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secondary_frequency_without_secondary_magnitude_is_incomplete()
    {
        var ex = Refused(() => Model((FairNode.LossEventFrequency, new ConstantDistribution(1)), (FairNode.PrimaryLoss, new ConstantDistribution(1)), (FairNode.SecondaryLossEventFrequency, new ConstantDistribution(0.2))));

        Assert.Equal(FairErrorCodes.Incomplete, ex.Code);
        Assert.Contains("Secondary Loss Event Magnitude", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_given_with_its_factors_is_ambiguous()
    {
        var ex = Refused(() => Model((FairNode.LossEventFrequency, new ConstantDistribution(1)), (FairNode.ThreatEventFrequency, new ConstantDistribution(1)), (FairNode.LossMagnitude, new ConstantDistribution(1))));

        Assert.Equal(FairErrorCodes.Ambiguous, ex.Code);
    }

    [Fact]
    public void Duplicate_scenario_ids_in_a_set_are_ISMS_FAIR_009()
    {
        var a = FairScenario.FromAnnualRate(Id, "A", 1, 1, 2);
        Assert.Equal(FairErrorCodes.Duplicate, Refused(() => _ = new FairScenarioSet(a, a)).Code);
    }

    [Fact]
    public void A_control_on_a_loss_node_the_scenario_does_not_model_is_ISMS_FAIR_010()
    {
        var scenario = FairScenario.FromAnnualRate(Id, "A", 1, 1, 2);
        var control = new FairControlEffect("DLP", "Data loss prevention", 1_000, [new NodeReduction(FairNode.SecondaryLossEventMagnitude, new ConstantDistribution(0.5))]);

        var ex = Refused(() => _ = new FairScenarioSet([scenario], [control]));
        Assert.Equal(FairErrorCodes.InvalidControl, ex.Code);
        Assert.Contains("R-07", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reduction_outside_0_1_or_a_negative_cost_is_ISMS_FAIR_010()
    {
        Assert.Equal(FairErrorCodes.InvalidControl, Refused(() => _ = new NodeReduction(FairNode.LossMagnitude, new UniformDistribution(0.5, 1.5))).Code);
        Assert.Equal(FairErrorCodes.InvalidControl, Refused(() => _ = new FairControlEffect("X", "X", -1, [new NodeReduction(FairNode.LossMagnitude, new ConstantDistribution(0.1))])).Code);
    }

    [Fact]
    public void A_tolerance_curve_must_have_increasing_losses_and_non_increasing_probabilities()
    {
        Assert.Equal(FairErrorCodes.InvalidTolerance, Refused(() => _ = new RiskToleranceCurve("Board", [new(1_000, 0.5), new(500, 0.1)])).Code);
        Assert.Equal(FairErrorCodes.InvalidTolerance, Refused(() => _ = new RiskToleranceCurve("Board", [new(1_000, 0.1), new(5_000, 0.5)])).Code);
    }

    [Theory]
    [InlineData("Loss Event Frequency", FairNode.LossEventFrequency)]
    [InlineData("loss_event_frequency", FairNode.LossEventFrequency)]
    [InlineData("LEF", FairNode.LossEventFrequency)]
    [InlineData("Threat Event Frequency", FairNode.ThreatEventFrequency)]
    [InlineData("Control Strength", FairNode.ResistanceStrength)]
    [InlineData("Resistance Strength", FairNode.ResistanceStrength)]
    [InlineData("Probability of Action", FairNode.ProbabilityOfAction)]
    [InlineData("Secondary Loss Event Magnitude", FairNode.SecondaryLossEventMagnitude)]
    [InlineData("secondary-loss-event-frequency", FairNode.SecondaryLossEventFrequency)]
    [InlineData("Primary Loss", FairNode.PrimaryLoss)]
    [InlineData("Threat Capability", FairNode.ThreatCapability)]
    public void Node_names_are_read_as_analysts_spell_them(string name, FairNode expected)
    {
        Assert.Equal(expected, FairNodeNames.Parse(name));
    }

    [Fact]
    public void Every_node_display_name_parses_back_and_unknown_names_are_ISMS_FAIR_008()
    {
        foreach (var node in Enum.GetValues<FairNode>())
        {
            Assert.Equal(node, FairNodeNames.Parse(FairNodeNames.ToDisplayName(node)));
        }

        Assert.Equal(FairErrorCodes.UnknownNode, Refused(() => FairNodeNames.Parse("Loss Event Frequencyy")).Code);
    }
}
