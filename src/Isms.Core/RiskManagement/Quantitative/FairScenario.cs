using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// A quantified risk scenario: an Open FAIR model whose given nodes carry estimates; the other nodes are derived.
/// Risk (annualised loss) = Loss Event Frequency x Loss Magnitude, where
/// LEF is given or Threat Event Frequency x Vulnerability; TEF is given or Contact Frequency x Probability of Action;
/// Vulnerability is given or P(Threat Capability &gt; Resistance Strength);
/// LM is given or Primary Loss + Secondary Loss Event Frequency x Secondary Loss Event Magnitude.
/// </summary>
/// <remarks>
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d 1-3: assess the consequences and the likelihood, and determine the level of risk.</para>
/// <para>The constructor validates the whole model and throws <see cref="IsmsException"/> naming the scenario and the node:
/// a probability outside [0, 1] or a negative rate or loss (<c>ISMS-FAIR-005</c>), a missing node (<c>006</c>),
/// a node given together with its factors (<c>007</c>), a node given twice (<c>009</c>).</para>
/// </remarks>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial class FairScenario
{
    private readonly Distribution?[] _byNode;

    /// <summary>Creates and validates a scenario.</summary>
    /// <param name="id">The scenario id.</param>
    /// <param name="name">What happens, in words (e.g. "Ransomware encrypts the file servers").</param>
    /// <param name="estimates">The given nodes and their estimates.</param>
    /// <exception cref="IsmsException">The model is invalid (see remarks).</exception>
    public FairScenario(FairScenarioId id, string name, IEnumerable<KeyValuePair<FairNode, Distribution>> estimates)
    {
        Guard.Against.NullOrWhiteSpace(id.Value, nameof(id));
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(estimates);
        Check.WellFormed(name, "FairScenario.Name");
        Id = id;
        Name = name;
        _byNode = new Distribution?[Enum.GetValues<FairNode>().Length];
        foreach (var (node, distribution) in estimates)
        {
            if (!Enum.IsDefined(node))
            {
                throw Error(FairErrorCodes.UnknownNode, $"{(int)node} is not a FAIR node.", node);
            }

            Guard.Against.Null(distribution, nameof(estimates));
            if (_byNode[(int)node] is not null)
            {
                throw Error(FairErrorCodes.Duplicate, $"{FairNodeNames.ToDisplayName(node)} is given twice.", node);
            }

            CheckDomain(node, distribution);
            _byNode[(int)node] = distribution;
        }

        CheckStructure();
        Estimates = [.. Enumerable.Range(0, _byNode.Length).Where(i => _byNode[i] is not null).Select(i => new FairNodeEstimate((FairNode)i, _byNode[i]!))];
    }

    /// <summary>The scenario id.</summary>
    public FairScenarioId Id { get; }

    /// <summary>What happens, in words.</summary>
    public string Name { get; }

    /// <summary>The given nodes, in <see cref="FairNode"/> order.</summary>
    public ImmutableArray<FairNodeEstimate> Estimates { get; }

    /// <summary>
    /// The simplest model: a loss event frequency (annual rate, drawn as Poisson events per year) and a loss per event
    /// fitted as a lognormal to a 90% interval. This is the row of the CSV layout <c>Identifier,Name,Probability,Low_loss,High_loss</c>.
    /// </summary>
    /// <param name="id">The scenario id.</param>
    /// <param name="name">What happens.</param>
    /// <param name="annualRate">Loss events per year; not negative.</param>
    /// <param name="lowLoss">The 5th percentile of the loss per event; positive.</param>
    /// <param name="highLoss">The 95th percentile of the loss per event; not below <paramref name="lowLoss"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="IsmsException">A value is invalid; the message names the scenario and the node.</exception>
    public static FairScenario FromAnnualRate(FairScenarioId id, string name, double annualRate, double lowLoss, double highLoss)
    {
        var lef = Build(id, FairNode.LossEventFrequency, () => new ConstantDistribution(annualRate));
        var lm = Build(id, FairNode.LossMagnitude, () => LognormalDistribution.FromInterval90(lowLoss, highLoss));
        return new FairScenario(id, name, [new(FairNode.LossEventFrequency, lef), new(FairNode.LossMagnitude, lm)]);
    }

    /// <summary>
    /// Builds a distribution for a node of a scenario; an <see cref="IsmsException"/> from its constructor is rethrown with
    /// the same code and a message naming the scenario and the node (for readers of files).
    /// </summary>
    /// <param name="id">The scenario the distribution belongs to.</param>
    /// <param name="node">The node.</param>
    /// <param name="factory">Creates the distribution.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="IsmsException">The factory threw; the message names the scenario and the node.</exception>
    public static Distribution Build(FairScenarioId id, FairNode node, Func<Distribution> factory)
    {
        Guard.Against.Null(factory);
        try
        {
            return factory();
        }
        catch (IsmsException ex)
        {
            throw new IsmsException(
                new IsmsError(ex.Code, $"Scenario '{id}', {FairNodeNames.ToDisplayName(node)}: {ex.Message}")
                {
                    EntityKind = nameof(FairScenario),
                    EntityId = id.ToString(),
                    Member = ex.Member is { } parameter ? $"{node}.{parameter}" : node.ToString(),
                    Value = ex.Value,
                },
                ex);
        }
    }

    /// <summary>True when the node is given (has an estimate).</summary>
    /// <param name="node">The node.</param>
    /// <returns>True when given.</returns>
    public bool IsGiven(FairNode node) => (uint)node < (uint)_byNode.Length && _byNode[(int)node] is not null;

    /// <summary>The estimate of a given node, or null.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The estimate or null when the node is derived or unused.</returns>
    public Distribution? GetEstimate(FairNode node) => (uint)node < (uint)_byNode.Length ? _byNode[(int)node] : null;

    /// <summary>True when the loss magnitude has a secondary part (Secondary Loss Event Frequency and Magnitude are given).</summary>
    public bool HasSecondaryLoss => IsGiven(FairNode.SecondaryLossEventFrequency);

    /// <summary>Returns a copy with one node's estimate replaced (the result is validated again).</summary>
    /// <param name="node">A node the scenario gives.</param>
    /// <param name="distribution">The new estimate.</param>
    /// <returns>The new scenario.</returns>
    public FairScenario WithEstimate(FairNode node, Distribution distribution) =>
        new(Id, Name, Estimates.Select(e => new KeyValuePair<FairNode, Distribution>(e.Node, e.Node == node ? distribution : e.Distribution))
            .Concat(IsGiven(node) ? [] : [new KeyValuePair<FairNode, Distribution>(node, distribution)]));

    /// <summary>The node's domain: what values it may take.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The lowest and highest value allowed.</returns>
    public static (double Low, double High) Domain(FairNode node) => node switch
    {
        FairNode.Vulnerability or FairNode.ProbabilityOfAction or FairNode.SecondaryLossEventFrequency => (0, 1),
        FairNode.ThreatCapability or FairNode.ResistanceStrength => (double.NegativeInfinity, double.PositiveInfinity),
        _ => (0, double.PositiveInfinity),
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name}";

    private void CheckDomain(FairNode node, Distribution distribution)
    {
        var (low, high) = Domain(node);
        var what = low == 0 && high == 1 ? "a probability in [0, 1]" : "not negative (a rate or a loss)";
        if (distribution is NormalDistribution normal)
        {
            // Engines truncate a normal to its node's domain: its mean must lie within, and enough mass.
            if (normal.Location < low || normal.Location > high || normal.Mass(Math.Max(low, normal.TruncateBelow), Math.Min(high, normal.TruncateAbove)) < 1e-3)
            {
                throw Error(FairErrorCodes.OutsideDomain, $"{FairNodeNames.ToDisplayName(node)} must be {what}: {normal.Describe()} lies mostly outside.", node);
            }

            return;
        }

        if (distribution.Minimum < low || distribution.Maximum > high)
        {
            throw Error(FairErrorCodes.OutsideDomain, $"{FairNodeNames.ToDisplayName(node)} must be {what}: {distribution.Describe()} ranges over [{F(distribution.Minimum)}, {F(distribution.Maximum)}].", node);
        }
    }

    private void CheckStructure()
    {
        NotWith(FairNode.LossEventFrequency, FairNode.ThreatEventFrequency, FairNode.Vulnerability, FairNode.ContactFrequency, FairNode.ProbabilityOfAction, FairNode.ThreatCapability, FairNode.ResistanceStrength);
        NotWith(FairNode.ThreatEventFrequency, FairNode.ContactFrequency, FairNode.ProbabilityOfAction);
        NotWith(FairNode.Vulnerability, FairNode.ThreatCapability, FairNode.ResistanceStrength);
        NotWith(FairNode.LossMagnitude, FairNode.PrimaryLoss, FairNode.SecondaryLossEventFrequency, FairNode.SecondaryLossEventMagnitude);
        if (!IsGiven(FairNode.LossEventFrequency))
        {
            var anyFactor = new[] { FairNode.ThreatEventFrequency, FairNode.Vulnerability, FairNode.ContactFrequency, FairNode.ProbabilityOfAction, FairNode.ThreatCapability, FairNode.ResistanceStrength }.Any(IsGiven);
            if (!anyFactor)
            {
                throw Error(FairErrorCodes.Incomplete, "Loss Event Frequency is missing: give it, or derive it from Threat Event Frequency and Vulnerability.", FairNode.LossEventFrequency);
            }

            Derivable(FairNode.ThreatEventFrequency, FairNode.LossEventFrequency, FairNode.ContactFrequency, FairNode.ProbabilityOfAction);
            Derivable(FairNode.Vulnerability, FairNode.LossEventFrequency, FairNode.ThreatCapability, FairNode.ResistanceStrength);
        }

        if (!IsGiven(FairNode.LossMagnitude))
        {
            if (!IsGiven(FairNode.PrimaryLoss))
            {
                throw Error(FairErrorCodes.Incomplete, "Loss Magnitude is missing: give it, or derive it from Primary Loss (plus Secondary Loss Event Frequency and Magnitude).", FairNode.LossMagnitude);
            }

            if (IsGiven(FairNode.SecondaryLossEventFrequency) != IsGiven(FairNode.SecondaryLossEventMagnitude))
            {
                var missing = IsGiven(FairNode.SecondaryLossEventFrequency) ? FairNode.SecondaryLossEventMagnitude : FairNode.SecondaryLossEventFrequency;
                throw Error(FairErrorCodes.Incomplete, $"{FairNodeNames.ToDisplayName(missing)} is missing: Secondary Loss needs both Secondary Loss Event Frequency and Secondary Loss Event Magnitude.", missing);
            }
        }
    }

    private void NotWith(FairNode node, params FairNode[] factors)
    {
        if (!IsGiven(node))
        {
            return;
        }

        var clash = factors.Where(IsGiven).ToList();
        if (clash.Count > 0)
        {
            throw Error(FairErrorCodes.Ambiguous, $"{FairNodeNames.ToDisplayName(node)} is given together with {string.Join(" and ", clash.Select(FairNodeNames.ToDisplayName))}, from which it would be derived: give one or the other.", node);
        }
    }

    private void Derivable(FairNode node, FairNode parent, FairNode first, FairNode second)
    {
        if (IsGiven(node) || (IsGiven(first) && IsGiven(second)))
        {
            return;
        }

        var name = FairNodeNames.ToDisplayName(node);
        if (IsGiven(first) || IsGiven(second))
        {
            var missing = IsGiven(first) ? second : first;
            throw Error(FairErrorCodes.Incomplete, $"{FairNodeNames.ToDisplayName(missing)} is missing: {name} is derived from {FairNodeNames.ToDisplayName(first)} and {FairNodeNames.ToDisplayName(second)} when not given.", missing);
        }

        throw Error(FairErrorCodes.Incomplete, $"{name} is missing: {FairNodeNames.ToDisplayName(parent)} needs it; give it, or {FairNodeNames.ToDisplayName(first)} and {FairNodeNames.ToDisplayName(second)}.", node);
    }

    private IsmsException Error(string code, string message, FairNode node) =>
        Fault.Of(code, $"Scenario '{Id}' ({Name}): {message}", nameof(FairScenario), Id.ToString(), node.ToString());

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
