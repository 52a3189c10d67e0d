using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Core.Tests.RiskManagement;

/// <summary>
/// The rules of an Open FAIR model: which nodes must be given or derivable, which may not be given together, each
/// node's domain, and the rules of control effects, correlations, scenario sets and tolerance curves; each broken rule
/// is an <see cref="IsmsException"/> with its <c>ISMS-FAIR</c> code naming the scenario (or control) and the node.
/// </summary>
public sealed class FairModelRulesTests
{
    private static readonly FairScenarioId R1 = new("R1");

    private static Distribution Rate => new ConstantDistribution(2);

    private static Distribution Probability => new UniformDistribution(0.2, 0.4);

    private static Distribution Loss => new PertDistribution(1_000, 5_000, 20_000);

    private static FairScenario Scenario(params (FairNode Node, Distribution Estimate)[] nodes) =>
        new(R1, "Ransomware", nodes.Select(n => new KeyValuePair<FairNode, Distribution>(n.Node, n.Estimate)));

    private static void Fails(string code, FairNode node, Func<object> create)
    {
        var ex = Assert.Throws<IsmsException>(create);
        Assert.Equal((code, "FairScenario", "R1", node.ToString()), (ex.Code, ex.Error.EntityKind, ex.Error.EntityId, ex.Member));
    }

    [Fact]
    public void A_loss_event_frequency_and_a_loss_magnitude_are_a_complete_model()
    {
        var s = Scenario((FairNode.LossMagnitude, Loss), (FairNode.LossEventFrequency, Rate));

        Assert.Equal([FairNode.LossEventFrequency, FairNode.LossMagnitude], s.Estimates.Select(e => e.Node));
        Assert.True(s.IsGiven(FairNode.LossEventFrequency));
        Assert.False(s.IsGiven(FairNode.PrimaryLoss));
        Assert.False(s.IsGiven((FairNode)11));
        Assert.False(s.IsGiven((FairNode)(-1)));
        Assert.Equal(Loss, s.GetEstimate(FairNode.LossMagnitude));
        Assert.Null(s.GetEstimate(FairNode.Vulnerability));
        Assert.Null(s.GetEstimate((FairNode)11));
        Assert.False(s.HasSecondaryLoss);
        Assert.Equal("R1 Ransomware", s.ToString());
    }

    [Fact]
    public void Each_factor_pair_derives_its_node()
    {
        var s = Scenario(
            (FairNode.ContactFrequency, Rate),
            (FairNode.ProbabilityOfAction, Probability),
            (FairNode.ThreatCapability, new NormalDistribution(50, 10)),
            (FairNode.ResistanceStrength, new NormalDistribution(60, 10)),
            (FairNode.PrimaryLoss, Loss),
            (FairNode.SecondaryLossEventFrequency, Probability),
            (FairNode.SecondaryLossEventMagnitude, Loss));

        Assert.Equal(7, s.Estimates.Length);
        Assert.True(s.HasSecondaryLoss);
        Assert.Equal(3, Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, Probability), (FairNode.LossMagnitude, Loss)).Estimates.Length);
    }

    [Theory]
    [InlineData(FairNode.ThreatEventFrequency, FairNode.LossEventFrequency)]
    [InlineData(FairNode.Vulnerability, FairNode.LossEventFrequency)]
    [InlineData(FairNode.ContactFrequency, FairNode.LossEventFrequency)]
    [InlineData(FairNode.ProbabilityOfAction, FairNode.LossEventFrequency)]
    [InlineData(FairNode.ThreatCapability, FairNode.LossEventFrequency)]
    [InlineData(FairNode.ResistanceStrength, FairNode.LossEventFrequency)]
    [InlineData(FairNode.ContactFrequency, FairNode.ThreatEventFrequency)]
    [InlineData(FairNode.ProbabilityOfAction, FairNode.ThreatEventFrequency)]
    [InlineData(FairNode.ThreatCapability, FairNode.Vulnerability)]
    [InlineData(FairNode.ResistanceStrength, FairNode.Vulnerability)]
    public void A_node_given_with_a_factor_it_is_derived_from_is_ambiguous(FairNode factor, FairNode node)
    {
        var estimate = factor is FairNode.Vulnerability or FairNode.ProbabilityOfAction ? Probability : Rate;
        var nodeEstimate = node == FairNode.Vulnerability ? Probability : Rate;

        Fails(FairErrorCodes.Ambiguous, node, () => Scenario((node, nodeEstimate), (factor, estimate), (FairNode.LossMagnitude, Loss)));
    }

    [Theory]
    [InlineData(FairNode.PrimaryLoss)]
    [InlineData(FairNode.SecondaryLossEventFrequency)]
    [InlineData(FairNode.SecondaryLossEventMagnitude)]
    public void A_loss_magnitude_given_with_its_parts_is_ambiguous(FairNode part) =>
        Fails(FairErrorCodes.Ambiguous, FairNode.LossMagnitude, () => Scenario((FairNode.LossEventFrequency, Rate), (FairNode.LossMagnitude, Loss), (part, part == FairNode.SecondaryLossEventFrequency ? Probability : Loss)));

    [Fact]
    public void A_missing_node_or_factor_is_incomplete_naming_what_is_missing()
    {
        Fails(FairErrorCodes.Incomplete, FairNode.LossEventFrequency, () => Scenario((FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.Incomplete, FairNode.LossMagnitude, () => Scenario((FairNode.LossEventFrequency, Rate)));
        Fails(FairErrorCodes.Incomplete, FairNode.Vulnerability, () => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.Incomplete, FairNode.ThreatEventFrequency, () => Scenario((FairNode.Vulnerability, Probability), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.Incomplete, FairNode.ProbabilityOfAction, () => Scenario((FairNode.ContactFrequency, Rate), (FairNode.Vulnerability, Probability), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.Incomplete, FairNode.ContactFrequency, () => Scenario((FairNode.ProbabilityOfAction, Probability), (FairNode.Vulnerability, Probability), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.Incomplete, FairNode.ResistanceStrength, () => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.ThreatCapability, Rate), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.Incomplete, FairNode.ThreatCapability, () => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.ResistanceStrength, Rate), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.Incomplete, FairNode.SecondaryLossEventMagnitude, () => Scenario((FairNode.LossEventFrequency, Rate), (FairNode.PrimaryLoss, Loss), (FairNode.SecondaryLossEventFrequency, Probability)));
        Fails(FairErrorCodes.Incomplete, FairNode.SecondaryLossEventFrequency, () => Scenario((FairNode.LossEventFrequency, Rate), (FairNode.PrimaryLoss, Loss), (FairNode.SecondaryLossEventMagnitude, Loss)));
        Fails(FairErrorCodes.Incomplete, FairNode.LossMagnitude, () => Scenario((FairNode.LossEventFrequency, Rate), (FairNode.SecondaryLossEventFrequency, Probability), (FairNode.SecondaryLossEventMagnitude, Loss)));
    }

    [Fact]
    public void A_node_given_twice_or_an_unknown_node_is_rejected()
    {
        Fails(FairErrorCodes.Duplicate, FairNode.LossEventFrequency, () => Scenario((FairNode.LossEventFrequency, Rate), (FairNode.LossEventFrequency, Rate), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.UnknownNode, (FairNode)11, () => Scenario((FairNode.LossEventFrequency, Rate), ((FairNode)11, Rate), (FairNode.LossMagnitude, Loss)));
    }

    [Theory]
    [InlineData(FairNode.Vulnerability, 0.0, 1.0)]
    [InlineData(FairNode.ProbabilityOfAction, 0.0, 1.0)]
    [InlineData(FairNode.SecondaryLossEventFrequency, 0.0, 1.0)]
    [InlineData(FairNode.ThreatCapability, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData(FairNode.ResistanceStrength, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData(FairNode.LossEventFrequency, 0.0, double.PositiveInfinity)]
    [InlineData(FairNode.ThreatEventFrequency, 0.0, double.PositiveInfinity)]
    [InlineData(FairNode.ContactFrequency, 0.0, double.PositiveInfinity)]
    [InlineData(FairNode.LossMagnitude, 0.0, double.PositiveInfinity)]
    [InlineData(FairNode.PrimaryLoss, 0.0, double.PositiveInfinity)]
    [InlineData(FairNode.SecondaryLossEventMagnitude, 0.0, double.PositiveInfinity)]
    public void Each_node_has_its_domain(FairNode node, double low, double high) =>
        Assert.Equal((low, high), FairScenario.Domain(node));

    [Fact]
    public void An_estimate_outside_its_nodes_domain_is_rejected_and_its_edges_are_accepted()
    {
        Fails(FairErrorCodes.OutsideDomain, FairNode.Vulnerability, () => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new UniformDistribution(0.5, 1.01)), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.OutsideDomain, FairNode.Vulnerability, () => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new UniformDistribution(-0.01, 0.5)), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.OutsideDomain, FairNode.LossEventFrequency, () => Scenario((FairNode.LossEventFrequency, new ConstantDistribution(-1)), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.OutsideDomain, FairNode.LossMagnitude, () => Scenario((FairNode.LossEventFrequency, Rate), (FairNode.LossMagnitude, new UniformDistribution(-5, 5))));

        Assert.Equal(3, Scenario((FairNode.ThreatEventFrequency, new ConstantDistribution(0)), (FairNode.Vulnerability, new UniformDistribution(0, 1)), (FairNode.LossMagnitude, Loss)).Estimates.Length);
        Assert.True(Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.ThreatCapability, new UniformDistribution(-50, -10)), (FairNode.ResistanceStrength, Rate), (FairNode.LossMagnitude, Loss)).IsGiven(FairNode.ThreatCapability));
    }

    [Fact]
    public void A_normal_estimate_must_have_its_mean_and_enough_mass_within_the_domain()
    {
        // Mean inside [0, 1] with most of the mass there: accepted (engines truncate the rest).
        Assert.NotNull(Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new NormalDistribution(0.5, 0.3)), (FairNode.LossMagnitude, Loss)));
        Assert.NotNull(Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new NormalDistribution(1, 0.3)), (FairNode.LossMagnitude, Loss)));
        Assert.NotNull(Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new NormalDistribution(0, 0.3)), (FairNode.LossMagnitude, Loss)));

        Fails(FairErrorCodes.OutsideDomain, FairNode.Vulnerability, () => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new NormalDistribution(1.01, 0.3)), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.OutsideDomain, FairNode.Vulnerability, () => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new NormalDistribution(-0.01, 0.3)), (FairNode.LossMagnitude, Loss)));

        // Mean inside but the truncation leaves (almost) nothing within the domain.
        Fails(FairErrorCodes.OutsideDomain, FairNode.Vulnerability, () => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new NormalDistribution(0.5, 1, truncateBelow: 1)), (FairNode.LossMagnitude, Loss)));
        Assert.NotNull(Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new NormalDistribution(0.5, 0.1, truncateAbove: 0.6)), (FairNode.LossMagnitude, Loss)));
        Fails(FairErrorCodes.OutsideDomain, FairNode.LossEventFrequency, () => Scenario((FairNode.LossEventFrequency, new NormalDistribution(0.5, 1, truncateAbove: 0)), (FairNode.LossMagnitude, Loss)));
    }

    [Fact]
    public void A_domain_error_says_whether_the_node_is_a_probability_or_a_rate_or_loss()
    {
        var probability = Assert.Throws<IsmsException>(() => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new UniformDistribution(0.5, 2)), (FairNode.LossMagnitude, Loss)));
        var rate = Assert.Throws<IsmsException>(() => Scenario((FairNode.LossEventFrequency, new ConstantDistribution(-1)), (FairNode.LossMagnitude, Loss)));
        var normal = Assert.Throws<IsmsException>(() => Scenario((FairNode.ThreatEventFrequency, Rate), (FairNode.Vulnerability, new NormalDistribution(3, 1)), (FairNode.LossMagnitude, Loss)));

        Assert.Contains("Vulnerability must be a probability in [0, 1]", probability.Message, StringComparison.Ordinal);
        Assert.Contains("Loss Event Frequency must be not negative (a rate or a loss)", rate.Message, StringComparison.Ordinal);
        Assert.Contains("Vulnerability must be a probability in [0, 1]", normal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_arguments_and_ill_formed_names_are_rejected()
    {
        KeyValuePair<FairNode, Distribution>[] estimates = [new(FairNode.LossEventFrequency, Rate), new(FairNode.LossMagnitude, Loss)];
        var scenario = new FairScenario(R1, "Ransomware", estimates);
        var reduction = new NodeReduction(FairNode.LossEventFrequency, Probability);

        Assert.Throws<ArgumentNullException>(() => new FairScenario(default, "Ransomware", estimates));
        Assert.Throws<ArgumentException>(() => new FairScenario(R1, " ", estimates));
        Assert.Throws<ArgumentNullException>(() => new FairScenario(R1, "Ransomware", null!));
        Assert.Throws<ArgumentNullException>(() => new FairScenario(R1, "Ransomware", [new(FairNode.LossEventFrequency, null!), new(FairNode.LossMagnitude, Loss)]));
        Assert.Equal((IsmsErrorCodes.InvalidText, "FairScenario", "Name"), Text(() => new FairScenario(R1, "Ransom\uDC00ware", estimates)));
        Assert.Equal((IsmsErrorCodes.InvalidText, "FairScenarioId", null), Text(() => new FairScenarioId("R\uD800")));
        Assert.Throws<ArgumentNullException>(() => new FairScenarioId(null!));
        Assert.Throws<ArgumentNullException>(() => FairScenario.Build(R1, FairNode.LossMagnitude, null!));
        Assert.Throws<ArgumentNullException>(() => new FairControlEffect(null!, "c", 0, [reduction]));
        Assert.Throws<ArgumentException>(() => new FairControlEffect("C", " ", 0, [reduction]));
        Assert.Throws<ArgumentNullException>(() => new FairControlEffect("C", "c", 0, null!));
        Assert.Throws<ArgumentNullException>(() => new NodeReduction(FairNode.LossEventFrequency, null!));
        Assert.Throws<ArgumentNullException>(() => new FairScenarioSet(null!, null, null));
        Assert.Throws<ArgumentNullException>(() => new FairScenarioSet([scenario, null!]));
        Assert.Throws<ArgumentNullException>(() => new FairScenarioSet([scenario], [null!]));
        Assert.Throws<ArgumentNullException>(() => new FairScenarioSet([scenario], null, [null!]));
        Assert.Throws<ArgumentNullException>(() => FairScenarioSet.CanReduce(null!, FairNode.LossMagnitude));
        Assert.Throws<ArgumentNullException>(() => new RiskToleranceCurve(null!, [new(1, 0.5)]));
        Assert.Throws<ArgumentException>(() => new RiskToleranceCurve(" ", [new(1, 0.5)]));
        Assert.Throws<ArgumentNullException>(() => new RiskToleranceCurve("Board", null!));
    }

    private static (string Code, string? Kind, string? Member) Text(Func<object> create)
    {
        var ex = Assert.Throws<IsmsException>(create);
        return (ex.Code, ex.Error.EntityKind, ex.Member);
    }

    /// <summary>The spellings analysts use in spreadsheets and other tools, read case-insensitively and ignoring separators.</summary>
    [Theory]
    [InlineData("Loss Event Frequency", FairNode.LossEventFrequency)]
    [InlineData("LEF", FairNode.LossEventFrequency)]
    [InlineData("threat_event_frequency", FairNode.ThreatEventFrequency)]
    [InlineData("tef", FairNode.ThreatEventFrequency)]
    [InlineData("Vulnerability", FairNode.Vulnerability)]
    [InlineData("vuln", FairNode.Vulnerability)]
    [InlineData("Susceptibility", FairNode.Vulnerability)]
    [InlineData("contact-frequency", FairNode.ContactFrequency)]
    [InlineData("CF", FairNode.ContactFrequency)]
    [InlineData("Probability of Action", FairNode.ProbabilityOfAction)]
    [InlineData("PoA", FairNode.ProbabilityOfAction)]
    [InlineData("Threat.Capability", FairNode.ThreatCapability)]
    [InlineData("TCap", FairNode.ThreatCapability)]
    [InlineData("TC", FairNode.ThreatCapability)]
    [InlineData("Resistance Strength", FairNode.ResistanceStrength)]
    [InlineData("RS", FairNode.ResistanceStrength)]
    [InlineData("Control Strength", FairNode.ResistanceStrength)]
    [InlineData("CS", FairNode.ResistanceStrength)]
    [InlineData("Difficulty", FairNode.ResistanceStrength)]
    [InlineData("Loss\tMagnitude", FairNode.LossMagnitude)]
    [InlineData("LM", FairNode.LossMagnitude)]
    [InlineData("Primary Loss", FairNode.PrimaryLoss)]
    [InlineData("Primary Loss Magnitude", FairNode.PrimaryLoss)]
    [InlineData("PL", FairNode.PrimaryLoss)]
    [InlineData("PLM", FairNode.PrimaryLoss)]
    [InlineData("Secondary Loss Event Frequency", FairNode.SecondaryLossEventFrequency)]
    [InlineData("SLEF", FairNode.SecondaryLossEventFrequency)]
    [InlineData("Secondary Loss Event Magnitude", FairNode.SecondaryLossEventMagnitude)]
    [InlineData("Secondary Loss Magnitude", FairNode.SecondaryLossEventMagnitude)]
    [InlineData("SLEM", FairNode.SecondaryLossEventMagnitude)]
    [InlineData("SLM", FairNode.SecondaryLossEventMagnitude)]
    public void Node_names_are_read_as_analysts_spell_them(string name, FairNode node)
    {
        Assert.Equal(node, FairNodeNames.Parse(name));
        Assert.True(FairNodeNames.TryParse(name, out var parsed));
        Assert.Equal(node, parsed);
        Assert.Equal(node, FairNodeNames.ParseOrNull(name));

        // The table itself, built in this test (the one TryParse reads is built once per process).
        var key = new string([.. name.Where(c => c is not (' ' or '_' or '-' or '.' or '\t')).Select(char.ToLowerInvariant)]);
        Assert.Equal(node, FairNodeNames.BuildAliases()[key]);
    }

    [Fact]
    public void The_alias_table_holds_the_31_spellings_read_above_and_nothing_else()
    {
        var aliases = FairNodeNames.BuildAliases();

        Assert.Equal(31, aliases.Count);
        Assert.All(aliases.Keys, k => Assert.Matches("^[a-z]+$", k));
        Assert.Equal(Enum.GetValues<FairNode>().Order(), aliases.Values.Distinct().Order());
    }

    [Theory]
    [InlineData(FairNode.LossEventFrequency, "Loss Event Frequency")]
    [InlineData(FairNode.ThreatEventFrequency, "Threat Event Frequency")]
    [InlineData(FairNode.Vulnerability, "Vulnerability")]
    [InlineData(FairNode.ContactFrequency, "Contact Frequency")]
    [InlineData(FairNode.ProbabilityOfAction, "Probability of Action")]
    [InlineData(FairNode.ThreatCapability, "Threat Capability")]
    [InlineData(FairNode.ResistanceStrength, "Resistance Strength")]
    [InlineData(FairNode.LossMagnitude, "Loss Magnitude")]
    [InlineData(FairNode.PrimaryLoss, "Primary Loss")]
    [InlineData(FairNode.SecondaryLossEventFrequency, "Secondary Loss Event Frequency")]
    [InlineData(FairNode.SecondaryLossEventMagnitude, "Secondary Loss Event Magnitude")]
    public void Each_node_has_its_display_name_and_it_reads_back(FairNode node, string name)
    {
        Assert.Equal(name, FairNodeNames.ToDisplayName(node));
        Assert.Equal(node, FairNodeNames.Parse(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Risk")]
    [InlineData("L E F X")]
    [InlineData("losseventfrequencylosseventfrequencylosseventfrequencylosseventfrequency")]
    public void Other_names_are_not_nodes(string? name)
    {
        Assert.False(FairNodeNames.TryParse(name, out _));
        Assert.Null(FairNodeNames.ParseOrNull(name));
        if (name is not null)
        {
            var ex = Assert.Throws<IsmsException>(() => FairNodeNames.Parse(name));
            Assert.Equal((FairErrorCodes.UnknownNode, name), (ex.Code, ex.Value));
        }
    }

    [Fact]
    public void A_name_padded_with_many_separators_is_read()
    {
        var padded = "Loss" + new string(' ', 100) + "Magnitude";

        Assert.Equal(FairNode.LossMagnitude, FairNodeNames.Parse(padded));
        Assert.Throws<ArgumentNullException>(() => FairNodeNames.Parse(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairNodeNames.ToDisplayName((FairNode)11));
    }

    [Fact]
    public void Replacing_an_estimate_keeps_the_others_and_is_validated_again()
    {
        var s = Scenario((FairNode.LossEventFrequency, Rate), (FairNode.LossMagnitude, Loss));

        var replaced = s.WithEstimate(FairNode.LossEventFrequency, new ConstantDistribution(5));

        Assert.Equal(new ConstantDistribution(5), replaced.GetEstimate(FairNode.LossEventFrequency));
        Assert.Equal(Loss, replaced.GetEstimate(FairNode.LossMagnitude));
        Assert.Equal((s.Id, s.Name), (replaced.Id, replaced.Name));
        Assert.Equal(Rate, s.GetEstimate(FairNode.LossEventFrequency));
        Fails(FairErrorCodes.Ambiguous, FairNode.LossMagnitude, () => s.WithEstimate(FairNode.PrimaryLoss, Loss));
        Fails(FairErrorCodes.OutsideDomain, FairNode.LossEventFrequency, () => s.WithEstimate(FairNode.LossEventFrequency, new ConstantDistribution(-1)));
    }

    [Fact]
    public void Scenarios_with_the_same_estimates_are_equal()
    {
        var a = Scenario((FairNode.LossEventFrequency, Rate), (FairNode.LossMagnitude, Loss));
        var b = Scenario((FairNode.LossMagnitude, Loss), (FairNode.LossEventFrequency, Rate));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.WithEstimate(FairNode.LossEventFrequency, new ConstantDistribution(3)));
        Assert.NotEqual(a, new FairScenario(new FairScenarioId("R2"), "Ransomware", a.Estimates.Select(e => new KeyValuePair<FairNode, Distribution>(e.Node, e.Distribution))));
    }

    [Fact]
    public void The_annual_rate_form_is_a_constant_frequency_and_a_lognormal_loss_fitted_to_the_interval()
    {
        var s = FairScenario.FromAnnualRate(R1, "Laptop theft", 0.5, 1_000, 100_000);

        Assert.Equal(new ConstantDistribution(0.5), s.GetEstimate(FairNode.LossEventFrequency));
        Assert.Equal(LognormalDistribution.FromInterval90(1_000, 100_000), s.GetEstimate(FairNode.LossMagnitude));
        Fails(FairErrorCodes.OutsideDomain, FairNode.LossEventFrequency, () => FairScenario.FromAnnualRate(R1, "Laptop theft", -0.5, 1_000, 100_000));
    }

    [Fact]
    public void A_distribution_error_is_rethrown_naming_the_scenario_and_the_node()
    {
        var ex = Assert.Throws<IsmsException>(() => FairScenario.FromAnnualRate(R1, "Laptop theft", 0.5, 0, 100_000));

        Assert.Equal((FairErrorCodes.InvalidParameter, "FairScenario", "R1", "LossMagnitude.low", "0"), (ex.Code, ex.Error.EntityKind, ex.Error.EntityId, ex.Member, ex.Value));
        Assert.StartsWith("Scenario 'R1', Loss Magnitude: ", ex.Message, StringComparison.Ordinal);
        Assert.IsType<IsmsException>(ex.InnerException);

        var noMember = Assert.Throws<IsmsException>(() => FairScenario.Build(R1, FairNode.PrimaryLoss, () => throw new IsmsException(new IsmsError(FairErrorCodes.NonFinite, "bad"))));
        Assert.Equal("PrimaryLoss", noMember.Member);
        Assert.Equal(Loss, FairScenario.Build(R1, FairNode.PrimaryLoss, () => Loss));
        Assert.Throws<InvalidOperationException>(() => FairScenario.Build(R1, FairNode.PrimaryLoss, () => throw new InvalidOperationException()));
    }

    [Fact]
    public void A_scenario_id_is_not_padded()
    {
        Assert.Throws<ArgumentException>(() => new FairScenarioId(" R1"));
        Assert.Throws<ArgumentException>(() => new FairScenarioId("R1 "));
        Assert.Equal("R1", new FairScenarioId("R1").ToString());
        Assert.Equal(string.Empty, default(FairScenarioId).ToString());
    }

    [Fact]
    public void A_control_reduces_nodes_at_a_cost_not_negative()
    {
        var reduction = new NodeReduction(FairNode.LossEventFrequency, new UniformDistribution(0.3, 0.5));

        var all = new FairControlEffect("EDR", "Endpoint detection", 0, [reduction]);
        Assert.True(all.AppliesTo(R1));
        Assert.Equal("EDR Endpoint detection", all.ToString());
        var some = new FairControlEffect("EDR", "Endpoint detection", 10_000, [reduction], [R1, R1], [new Isms.Core.Catalogs.ControlId("8.7")]);
        Assert.Equal([R1], some.Scenarios);
        Assert.True(some.AppliesTo(R1));
        Assert.False(some.AppliesTo(new FairScenarioId("R2")));
        Assert.Single(some.AnnexAControls);

        Assert.Equal((FairErrorCodes.InvalidControl, "AnnualCost"), Code(() => new FairControlEffect("EDR", "e", -1, [reduction])));
        Assert.Equal((FairErrorCodes.InvalidControl, "AnnualCost"), Code(() => new FairControlEffect("EDR", "e", double.NaN, [reduction])));
        Assert.Equal((FairErrorCodes.InvalidControl, "AnnualCost"), Code(() => new FairControlEffect("EDR", "e", double.PositiveInfinity, [reduction])));
        Assert.Equal((FairErrorCodes.InvalidControl, "Reductions"), Code(() => new FairControlEffect("EDR", "e", 1, [])));
        Assert.Equal((FairErrorCodes.Duplicate, "Reductions"), Code(() => new FairControlEffect("EDR", "e", 1, [reduction, reduction with { }])));
    }

    [Theory]
    [InlineData(FairNode.ThreatCapability)]
    [InlineData(FairNode.ResistanceStrength)]
    [InlineData((FairNode)11)]
    public void Capability_and_strength_cannot_be_reduced(FairNode node) =>
        Assert.Equal((FairErrorCodes.InvalidControl, "Node"), Code(() => new NodeReduction(node, new UniformDistribution(0, 1))));

    [Fact]
    public void A_reduction_is_a_fraction_within_0_and_1()
    {
        Assert.Equal(1, new NodeReduction(FairNode.Vulnerability, new UniformDistribution(0, 1)).Fraction.Maximum);
        Assert.Equal((FairErrorCodes.InvalidControl, "Fraction"), Code(() => new NodeReduction(FairNode.Vulnerability, new UniformDistribution(0, 1.01))));
        Assert.Equal((FairErrorCodes.InvalidControl, "Fraction"), Code(() => new NodeReduction(FairNode.Vulnerability, new UniformDistribution(-0.01, 1))));
    }

    [Fact]
    public void A_correlation_is_between_two_scenarios_within_minus_1_and_1()
    {
        var r2 = new FairScenarioId("R2");

        Assert.Equal(-1, new ScenarioCorrelation(R1, r2, -1).Coefficient);
        Assert.Equal(1, new ScenarioCorrelation(R1, r2, 1).Coefficient);
        Assert.Equal((FairErrorCodes.InvalidCorrelation, "Second"), Code(() => new ScenarioCorrelation(R1, R1, 0.5)));
        Assert.Equal((FairErrorCodes.InvalidCorrelation, "Coefficient"), Code(() => new ScenarioCorrelation(R1, r2, 1.01)));
        Assert.Equal((FairErrorCodes.InvalidCorrelation, "Coefficient"), Code(() => new ScenarioCorrelation(R1, r2, -1.01)));
        Assert.Equal((FairErrorCodes.InvalidCorrelation, "Coefficient"), Code(() => new ScenarioCorrelation(R1, r2, double.NaN)));
    }

    [Fact]
    public void A_scenario_set_checks_ids_controls_and_correlations()
    {
        var a = Scenario((FairNode.LossEventFrequency, Rate), (FairNode.LossMagnitude, Loss));
        var b = new FairScenario(new FairScenarioId("R2"), "Fraud", [new(FairNode.LossEventFrequency, Rate), new(FairNode.PrimaryLoss, Loss)]);
        var lef = new NodeReduction(FairNode.LossEventFrequency, new UniformDistribution(0.1, 0.2));

        Assert.Equal((FairErrorCodes.Incomplete, "Scenarios"), Code(() => new FairScenarioSet()));
        Assert.Equal((FairErrorCodes.Duplicate, "Id"), Code(() => new FairScenarioSet(a, a)));
        Assert.Equal((FairErrorCodes.Duplicate, "Id"), Code(() => new FairScenarioSet([a], [new FairControlEffect("C", "c", 0, [lef]), new FairControlEffect("C", "d", 0, [lef])])));
        Assert.Equal((FairErrorCodes.InvalidControl, "Scenarios"), Code(() => new FairScenarioSet([a], [new FairControlEffect("C", "c", 0, [lef], [new FairScenarioId("R9")])])));
        Assert.Equal((FairErrorCodes.InvalidControl, "Reductions"), Code(() => new FairScenarioSet([a, b], [new FairControlEffect("C", "c", 0, [new NodeReduction(FairNode.PrimaryLoss, new UniformDistribution(0, 0.5))])])));
        Assert.Single(new FairScenarioSet([a, b], [new FairControlEffect("C", "c", 0, [new NodeReduction(FairNode.PrimaryLoss, new UniformDistribution(0, 0.5))], [b.Id])]).Controls);
        Assert.Equal((FairErrorCodes.InvalidCorrelation, null), Code(() => new FairScenarioSet([a, b], null, [new ScenarioCorrelation(R1, new FairScenarioId("R9"), 0.5)])));
        Assert.Equal((FairErrorCodes.InvalidCorrelation, null), Code(() => new FairScenarioSet([a, b], null, [new ScenarioCorrelation(new FairScenarioId("R9"), R1, 0.5)])));
        Assert.Equal((FairErrorCodes.Duplicate, null), Code(() => new FairScenarioSet([a, b], null, [new ScenarioCorrelation(R1, b.Id, 0.5), new ScenarioCorrelation(b.Id, R1, 0.2)])));
        Assert.Equal("R1, R2", Assert.Throws<IsmsException>(() => new FairScenarioSet([a, b], null, [new ScenarioCorrelation(b.Id, R1, 0.5), new ScenarioCorrelation(R1, b.Id, 0.2)])).Value);
        Assert.Equal((FairErrorCodes.InvalidCorrelation, "DefaultCorrelation"), Code(() => new FairScenarioSet([a], defaultCorrelation: 1)));
        Assert.Equal((FairErrorCodes.InvalidCorrelation, "DefaultCorrelation"), Code(() => new FairScenarioSet([a], defaultCorrelation: -0.01)));
        Assert.Equal((FairErrorCodes.InvalidCorrelation, "DefaultCorrelation"), Code(() => new FairScenarioSet([a], defaultCorrelation: double.NaN)));
    }

    [Fact]
    public void A_set_is_correlated_when_a_coefficient_or_the_default_is_not_zero()
    {
        var a = Scenario((FairNode.LossEventFrequency, Rate), (FairNode.LossMagnitude, Loss));
        var b = new FairScenario(new FairScenarioId("R2"), "Fraud", [new(FairNode.LossEventFrequency, Rate), new(FairNode.PrimaryLoss, Loss)]);

        Assert.False(new FairScenarioSet(a, b).IsCorrelated);
        Assert.False(new FairScenarioSet([a, b], null, [new ScenarioCorrelation(R1, b.Id, 0)]).IsCorrelated);
        Assert.True(new FairScenarioSet([a, b], null, [new ScenarioCorrelation(R1, b.Id, -0.2)]).IsCorrelated);
        Assert.True(new FairScenarioSet([a, b], defaultCorrelation: 0.3).IsCorrelated);

        var set = new FairScenarioSet([a, b], [new FairControlEffect("C", "c", 0, [new NodeReduction(FairNode.LossEventFrequency, Probability)])], [new ScenarioCorrelation(R1, b.Id, 0.4)], 0.1);
        var fewer = set.WithScenarios([a, b.WithEstimate(FairNode.PrimaryLoss, new ConstantDistribution(1))]);
        Assert.Equal(set.Controls, fewer.Controls);
        Assert.Equal(set.Correlations, fewer.Correlations);
        Assert.Equal(0.1, fewer.DefaultCorrelation);
        Assert.Equal(new ConstantDistribution(1), fewer.Scenarios[1].GetEstimate(FairNode.PrimaryLoss));
        var none = set.WithControls([]);
        Assert.Empty(none.Controls);
        Assert.Equal(set.Correlations, none.Correlations);
        Assert.Equal(set.Scenarios, none.Scenarios);
        Assert.Equal(0.1, none.DefaultCorrelation);
    }

    [Theory]
    [InlineData(FairNode.LossEventFrequency, true, true)]
    [InlineData(FairNode.ThreatEventFrequency, true, true)]
    [InlineData(FairNode.Vulnerability, true, true)]
    [InlineData(FairNode.ContactFrequency, true, true)]
    [InlineData(FairNode.ProbabilityOfAction, true, true)]
    [InlineData(FairNode.LossMagnitude, true, true)]
    [InlineData(FairNode.PrimaryLoss, false, true)]
    [InlineData(FairNode.SecondaryLossEventFrequency, false, true)]
    [InlineData(FairNode.SecondaryLossEventMagnitude, false, true)]
    [InlineData(FairNode.ThreatCapability, false, false)]
    [InlineData(FairNode.ResistanceStrength, false, false)]
    public void A_control_can_reduce_what_the_scenario_models(FairNode node, bool withLossMagnitude, bool withSecondaryLoss)
    {
        var simple = Scenario((FairNode.LossEventFrequency, Rate), (FairNode.LossMagnitude, Loss));
        var detailed = Scenario((FairNode.LossEventFrequency, Rate), (FairNode.PrimaryLoss, Loss), (FairNode.SecondaryLossEventFrequency, Probability), (FairNode.SecondaryLossEventMagnitude, Loss));

        Assert.Equal((withLossMagnitude, withSecondaryLoss), (FairScenarioSet.CanReduce(simple, node), FairScenarioSet.CanReduce(detailed, node)));
    }

    [Fact]
    public void A_tolerance_curve_has_increasing_losses_and_probabilities_that_do_not_increase()
    {
        var curve = new RiskToleranceCurve("Board", [new(1e5, 0.5), new(1e7, 0.1), new(1e8, 0.1)]);

        Assert.Equal(3, curve.Points.Length);
        Assert.Equal((FairErrorCodes.InvalidTolerance, "Points"), Code(() => new RiskToleranceCurve("Board", [])));
        Assert.Equal((FairErrorCodes.InvalidTolerance, "Points[0]"), Code(() => new RiskToleranceCurve("Board", [new(0, 0.5)])));
        Assert.Equal((FairErrorCodes.InvalidTolerance, "Points[0]"), Code(() => new RiskToleranceCurve("Board", [new(double.PositiveInfinity, 0.5)])));
        Assert.Equal((FairErrorCodes.InvalidTolerance, "Points[0]"), Code(() => new RiskToleranceCurve("Board", [new(1, 1.01)])));
        Assert.Equal((FairErrorCodes.InvalidTolerance, "Points[0]"), Code(() => new RiskToleranceCurve("Board", [new(1, -0.01)])));
        Assert.Equal((FairErrorCodes.InvalidTolerance, "Points[0]"), Code(() => new RiskToleranceCurve("Board", [new(1, double.NaN)])));
        Assert.Equal((FairErrorCodes.InvalidTolerance, "Points[1]"), Code(() => new RiskToleranceCurve("Board", [new(10, 0.5), new(10, 0.4)])));
        Assert.Equal((FairErrorCodes.InvalidTolerance, "Points[1]"), Code(() => new RiskToleranceCurve("Board", [new(10, 0.5), new(11, 0.51)])));
        Assert.Equal(2, new RiskToleranceCurve("Board", [new(1, 0), new(2, 0)]).Points.Length);
        Assert.Single(new RiskToleranceCurve("Board", [new(1, 1)]).Points);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(1e5, 0.5)]
    [InlineData(1e6, 0.3)]
    [InlineData(1e7, 0.1)]
    [InlineData(3e7, 0.1)]
    [InlineData(1e9, 0.01)]
    [InlineData(1e12, 0.01)]
    public void The_tolerated_probability_is_interpolated_in_log_loss_and_flat_outside(double loss, double probability)
    {
        var curve = new RiskToleranceCurve("Board", [new(1e5, 0.5), new(1e7, 0.1), new(1e8, 0.1), new(1e9, 0.01)]);

        Assert.Equal(probability, curve.ToleratedProbability(loss), 9);
    }

    private static (string Code, string? Member) Code(Func<object> create)
    {
        var ex = Assert.Throws<IsmsException>(create);
        return (ex.Code, ex.Member);
    }
}
