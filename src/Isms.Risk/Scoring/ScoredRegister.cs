using System.Collections.Immutable;
using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using NodaTime;

namespace Isms.Risk.Scoring;

/// <summary>
/// A scored risk register and its views: heat maps per stage, top risks, risks by owner, asset, treatment, level
/// and evaluation, and every finding of the risk rules. Orders are deterministic (register order, or level then id).
/// The views cover the scored risks; the risks that could not be scored are in <see cref="NotScored"/>.
/// <para>ISO/IEC 27001:2022 clause 8.2 (risk assessment results) and 6.1.2 e (prioritise for treatment).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class ScoredRegister
{
    internal ScoredRegister(RiskCriteria criteria, LocalDate asOf, ImmutableArray<ScoredRisk> risks, ImmutableArray<UnscoredRisk> notScored, ImmutableArray<RiskFinding> findings)
    {
        Criteria = criteria;
        AsOf = asOf;
        Risks = risks;
        NotScored = notScored;
        Findings = findings;
    }

    /// <summary>The criteria the register was scored under.</summary>
    public RiskCriteria Criteria { get; }

    /// <summary>The evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The scored risks, in register order (every risk of the register but those in <see cref="NotScored"/>).</summary>
    public ImmutableArray<ScoredRisk> Risks { get; }

    /// <summary>The risks that could not be scored, in register order, each with the reasons; empty for a valid ISMS.</summary>
    public ImmutableArray<UnscoredRisk> NotScored { get; }

    /// <summary>Every finding of the risk rules, in register order: the scored risks' findings and the reasons the
    /// others could not be scored.</summary>
    public ImmutableArray<RiskFinding> Findings { get; }

    /// <summary>The scored risk with this id, or null.</summary>
    /// <param name="id">The risk's id.</param>
    public ScoredRisk? Find(RiskId id) => Risks.FirstOrDefault(r => r.Id == id);

    /// <summary>The heat map of a stage.</summary>
    /// <param name="stage">The stage.</param>
    public RiskHeatMap HeatMap(RiskStage stage) => RiskHeatMap.Of(Risks.Select(r => r.Score), Criteria, stage);

    /// <summary>The <paramref name="count"/> highest risks at a stage: level, then likelihood x consequence cell, then id.</summary>
    /// <param name="count">How many.</param>
    /// <param name="stage">The stage (default current).</param>
    public ImmutableArray<ScoredRisk> Top(int count, RiskStage stage = RiskStage.Current) =>
        [.. Risks.OrderByDescending(r => r.Score[stage].Level.Value)
            .ThenByDescending(r => r.Score[stage].Consequence.Value)
            .ThenByDescending(r => r.Score[stage].Likelihood.Value)
            .ThenBy(r => r.Id.Value, StringComparer.Ordinal)
            .Take(Math.Max(0, count))];

    /// <summary>The risks by owner, owners in id order.</summary>
    public ImmutableSortedDictionary<PersonId, ImmutableArray<ScoredRisk>> ByOwner() =>
        Risks.GroupBy(r => r.Scenario.Owner).ToImmutableSortedDictionary(g => g.Key, g => g.ToImmutableArray(), Comparer<PersonId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value)));

    /// <summary>The risks by affected asset (a risk affecting two assets appears under both), assets in id order.</summary>
    public ImmutableSortedDictionary<AssetId, ImmutableArray<ScoredRisk>> ByAsset() =>
        Risks.SelectMany(r => r.Scenario.Assets.Distinct().Select(a => (a, r))).GroupBy(x => x.a)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Select(x => x.r).ToImmutableArray(), Comparer<AssetId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value)));

    /// <summary>The risks by treatment option.</summary>
    public ImmutableSortedDictionary<TreatmentOption, ImmutableArray<ScoredRisk>> ByTreatment() =>
        Risks.GroupBy(r => r.Scenario.Treatment).ToImmutableSortedDictionary(g => g.Key, g => g.ToImmutableArray());

    /// <summary>The risks by level at a stage, highest level first.</summary>
    /// <param name="stage">The stage (default current).</param>
    public ImmutableSortedDictionary<RiskLevel, ImmutableArray<ScoredRisk>> ByLevel(RiskStage stage = RiskStage.Current) =>
        Risks.GroupBy(r => r.Score[stage].Level).ToImmutableSortedDictionary(g => g.Key, g => g.ToImmutableArray(), Comparer<RiskLevel>.Create((a, b) => b.Value.CompareTo(a.Value)));

    /// <summary>The risks by evaluation.</summary>
    public ImmutableSortedDictionary<RiskEvaluation, ImmutableArray<ScoredRisk>> ByEvaluation() =>
        Risks.GroupBy(r => r.Score.Evaluation).ToImmutableSortedDictionary(g => g.Key, g => g.ToImmutableArray());
}
