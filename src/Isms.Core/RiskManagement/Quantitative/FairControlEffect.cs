using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.Catalogs;

namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// A control's quantified effect: it reduces chosen nodes of chosen scenarios by an uncertain fraction, at an annual cost.
/// Engines compare the annualised loss before and after (ALE reduction, return on security investment).
/// </summary>
/// <remarks><para>ISO/IEC 27001:2022 clause 6.1.3 b: determine the controls necessary to implement the risk treatment option.</para></remarks>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed class FairControlEffect
{
    /// <summary>Creates a control effect.</summary>
    /// <param name="id">The control's id (e.g. <c>EDR</c> or <c>8.7</c>).</param>
    /// <param name="name">The control's name.</param>
    /// <param name="annualCost">What the control costs per year; not negative, finite.</param>
    /// <param name="reductions">The nodes it reduces; at least one, each node once.</param>
    /// <param name="scenarios">The scenarios it applies to; empty for all.</param>
    /// <param name="annexAControls">The Annex A controls it implements, if any.</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-010</c> (cost, reductions) or <c>009</c> (a node reduced twice).</exception>
    public FairControlEffect(string id, string name, double annualCost, IEnumerable<NodeReduction> reductions, IEnumerable<FairScenarioId>? scenarios = null, IEnumerable<ControlId>? annexAControls = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(reductions);
        Id = id;
        Name = name;
        if (!double.IsFinite(annualCost) || annualCost < 0)
        {
            throw Fault.Of(FairErrorCodes.InvalidControl, $"Control '{id}' ({name}): annual cost {annualCost} must be a finite number, not negative.", nameof(FairControlEffect), id, nameof(AnnualCost), annualCost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnnualCost = annualCost;
        Reductions = [.. reductions];
        if (Reductions.IsEmpty)
        {
            throw Fault.Of(FairErrorCodes.InvalidControl, $"Control '{id}' ({name}) reduces no node.", nameof(FairControlEffect), id, nameof(Reductions));
        }

        var twice = Reductions.GroupBy(r => r.Node).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw Fault.Of(FairErrorCodes.Duplicate, $"Control '{id}' ({name}) reduces {FairNodeNames.ToDisplayName(twice.Key)} twice.", nameof(FairControlEffect), id, nameof(Reductions), twice.Key.ToString());
        }

        Scenarios = [.. (scenarios ?? []).Distinct()];
        AnnexAControls = [.. annexAControls ?? []];
    }

    /// <summary>The control's id.</summary>
    public string Id { get; }

    /// <summary>The control's name.</summary>
    public string Name { get; }

    /// <summary>What the control costs per year.</summary>
    public double AnnualCost { get; }

    /// <summary>The nodes it reduces.</summary>
    public ImmutableArray<NodeReduction> Reductions { get; }

    /// <summary>The scenarios it applies to; empty means all.</summary>
    public ImmutableArray<FairScenarioId> Scenarios { get; }

    /// <summary>The Annex A controls it implements (may be empty).</summary>
    public ImmutableArray<ControlId> AnnexAControls { get; }

    /// <summary>True when the control applies to the scenario.</summary>
    /// <param name="scenario">The scenario id.</param>
    /// <returns>True when it applies.</returns>
    public bool AppliesTo(FairScenarioId scenario) => Scenarios.IsEmpty || Scenarios.Contains(scenario);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name}";
}
