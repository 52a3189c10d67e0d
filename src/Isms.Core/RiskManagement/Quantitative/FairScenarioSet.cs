using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// A portfolio of quantified scenarios: the risks of one organisation (or of one register) with the controls that may
/// treat them and the correlation between their losses. Engines sum the scenarios' losses per simulated year.
/// </summary>
/// <remarks>
/// <para>ISO/IEC 27001:2022 clause 8.2 (risk assessment results) and 6.1.3 (treatment), expressed in money.</para>
/// <para>Validation: scenario and control ids unique (<c>ISMS-FAIR-009</c>); controls refer to scenarios of the set and to
/// loss nodes those scenarios model (<c>010</c>); correlations refer to scenarios of the set, each pair once (<c>011</c>).</para>
/// </remarks>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed class FairScenarioSet
{
    /// <summary>Creates and validates a scenario set.</summary>
    /// <param name="scenarios">The scenarios; at least one, ids unique.</param>
    /// <param name="controls">The controls that may treat them.</param>
    /// <param name="correlations">Pairwise correlations (others take <paramref name="defaultCorrelation"/>).</param>
    /// <param name="defaultCorrelation">The correlation of every pair not listed; 0 (independent) by default, within [0, 1).</param>
    /// <exception cref="IsmsException">The set is invalid (see remarks).</exception>
    public FairScenarioSet(IEnumerable<FairScenario> scenarios, IEnumerable<FairControlEffect>? controls = null, IEnumerable<ScenarioCorrelation>? correlations = null, double defaultCorrelation = 0)
    {
        Guard.Against.Null(scenarios);
        Scenarios = [.. scenarios];
        Controls = [.. controls ?? []];
        Correlations = [.. correlations ?? []];
        if (Scenarios.IsEmpty)
        {
            throw Fault.Of(FairErrorCodes.Incomplete, "A scenario set needs at least one scenario.", nameof(FairScenarioSet), member: nameof(Scenarios));
        }

        if (!(defaultCorrelation >= 0 && defaultCorrelation < 1))
        {
            throw Fault.Of(FairErrorCodes.InvalidCorrelation, $"The default correlation {defaultCorrelation} must lie within [0, 1).", nameof(FairScenarioSet), member: nameof(DefaultCorrelation), value: defaultCorrelation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        DefaultCorrelation = defaultCorrelation;
        var ids = new Dictionary<FairScenarioId, FairScenario>();
        foreach (var scenario in Scenarios)
        {
            Guard.Against.Null(scenario, nameof(scenarios));
            if (!ids.TryAdd(scenario.Id, scenario))
            {
                throw Fault.Of(FairErrorCodes.Duplicate, $"Scenario id '{scenario.Id}' is used twice ('{ids[scenario.Id].Name}' and '{scenario.Name}').", nameof(FairScenario), scenario.Id.ToString(), nameof(FairScenario.Id), scenario.Id.ToString());
            }
        }

        var controlIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var control in Controls)
        {
            Guard.Against.Null(control, nameof(controls));
            if (!controlIds.Add(control.Id))
            {
                throw Fault.Of(FairErrorCodes.Duplicate, $"Control id '{control.Id}' is used twice.", nameof(FairControlEffect), control.Id, nameof(FairControlEffect.Id), control.Id);
            }

            foreach (var id in control.Scenarios)
            {
                if (!ids.ContainsKey(id))
                {
                    throw Fault.Of(FairErrorCodes.InvalidControl, $"Control '{control.Id}' ({control.Name}) applies to scenario '{id}', which is not in the set.", nameof(FairControlEffect), control.Id, nameof(FairControlEffect.Scenarios), id.ToString());
                }
            }

            foreach (var scenario in Scenarios.Where(s => control.AppliesTo(s.Id)))
            {
                foreach (var reduction in control.Reductions)
                {
                    if (!CanReduce(scenario, reduction.Node))
                    {
                        throw Fault.Of(FairErrorCodes.InvalidControl, $"Control '{control.Id}' ({control.Name}) reduces {FairNodeNames.ToDisplayName(reduction.Node)}, which scenario '{scenario.Id}' ({scenario.Name}) does not model.", nameof(FairControlEffect), control.Id, nameof(FairControlEffect.Reductions), reduction.Node.ToString());
                    }
                }
            }
        }

        var pairs = new HashSet<(FairScenarioId, FairScenarioId)>();
        foreach (var correlation in Correlations)
        {
            Guard.Against.Null(correlation, nameof(correlations));
            foreach (var id in new[] { correlation.First, correlation.Second })
            {
                if (!ids.ContainsKey(id))
                {
                    throw Fault.Of(FairErrorCodes.InvalidCorrelation, $"A correlation names scenario '{id}', which is not in the set.", nameof(ScenarioCorrelation), value: id.ToString());
                }
            }

            var key = string.CompareOrdinal(correlation.First.Value, correlation.Second.Value) < 0 ? (correlation.First, correlation.Second) : (correlation.Second, correlation.First);
            if (!pairs.Add(key))
            {
                throw Fault.Of(FairErrorCodes.Duplicate, $"The correlation of '{key.Item1}' and '{key.Item2}' is given twice.", nameof(ScenarioCorrelation), value: $"{key.Item1}, {key.Item2}");
            }
        }
    }

    /// <summary>Creates a set without controls or correlation.</summary>
    /// <param name="scenarios">The scenarios.</param>
    public FairScenarioSet(params FairScenario[] scenarios)
        : this((IEnumerable<FairScenario>)scenarios)
    {
    }

    /// <summary>The scenarios, in the order given (reports keep it; results do not depend on it).</summary>
    public ImmutableArray<FairScenario> Scenarios { get; }

    /// <summary>The controls.</summary>
    public ImmutableArray<FairControlEffect> Controls { get; }

    /// <summary>The pairwise correlations.</summary>
    public ImmutableArray<ScenarioCorrelation> Correlations { get; }

    /// <summary>The correlation of every pair not listed in <see cref="Correlations"/>.</summary>
    public double DefaultCorrelation { get; }

    /// <summary>True when any pair of scenarios is correlated.</summary>
    public bool IsCorrelated => DefaultCorrelation != 0 || Correlations.Any(c => c.Coefficient != 0);

    /// <summary>The same set with other controls (validated again).</summary>
    /// <param name="controls">The controls.</param>
    /// <returns>The new set.</returns>
    public FairScenarioSet WithControls(IEnumerable<FairControlEffect> controls) => new(Scenarios, controls, Correlations, DefaultCorrelation);

    /// <summary>The same set with other scenarios, keeping controls and correlations (validated again).</summary>
    /// <param name="scenarios">The scenarios.</param>
    /// <returns>The new set.</returns>
    public FairScenarioSet WithScenarios(IEnumerable<FairScenario> scenarios) => new(scenarios, Controls, Correlations, DefaultCorrelation);

    /// <summary>True when a control may reduce the node in this scenario: frequency-side nodes multiply into Loss Event Frequency, so any of them may be reduced; loss-side nodes must be modelled.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="node">The node.</param>
    /// <returns>True when the reduction is meaningful.</returns>
    public static bool CanReduce(FairScenario scenario, FairNode node)
    {
        Guard.Against.Null(scenario);
        return node switch
        {
            FairNode.LossEventFrequency or FairNode.ThreatEventFrequency or FairNode.Vulnerability or FairNode.ContactFrequency or FairNode.ProbabilityOfAction => true,
            FairNode.LossMagnitude => true,
            FairNode.PrimaryLoss => scenario.IsGiven(FairNode.PrimaryLoss),
            FairNode.SecondaryLossEventFrequency or FairNode.SecondaryLossEventMagnitude => scenario.HasSecondaryLoss,
            _ => false,
        };
    }
}
