using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Risk.Scoring;

/// <summary>
/// The differences between two scored registers (e.g. two assessment dates): new, closed, raised, lowered and
/// unchanged risks at one stage, each list in id order.
/// <para>ISO/IEC 27001:2022 clause 8.2 (risk assessments at planned intervals) and 9.3.2 (changes, trends).</para>
/// </summary>
/// <param name="Before">The earlier evaluation date.</param>
/// <param name="After">The later evaluation date.</param>
/// <param name="Stage">The stage compared.</param>
/// <param name="New">Risks only in the later register.</param>
/// <param name="Closed">Risks only in the earlier register.</param>
/// <param name="Raised">Risks whose level rose.</param>
/// <param name="Lowered">Risks whose level fell.</param>
/// <param name="Unchanged">Risks at the same level.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record RegisterDifference(
    LocalDate Before,
    LocalDate After,
    RiskStage Stage,
    ImmutableArray<RiskChange> New,
    ImmutableArray<RiskChange> Closed,
    ImmutableArray<RiskChange> Raised,
    ImmutableArray<RiskChange> Lowered,
    ImmutableArray<RiskChange> Unchanged)
{
    /// <summary>Compares two scored registers at a stage. Levels are compared by position, so score both under the same criteria (or restate first: <see cref="Methodology.MethodologyChange"/>).</summary>
    /// <param name="before">The earlier register.</param>
    /// <param name="after">The later register.</param>
    /// <param name="stage">The stage (default current).</param>
    public static RegisterDifference Between(ScoredRegister before, ScoredRegister after, RiskStage stage = RiskStage.Current)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        var old = before.Risks.ToDictionary(r => r.Id);
        var now = after.Risks.ToDictionary(r => r.Id);
        List<RiskChange> added = [], closed = [], raised = [], lowered = [], same = [];
        foreach (var (id, risk) in now)
        {
            var level = risk.Score[stage].Level;
            if (!old.TryGetValue(id, out var was))
            {
                added.Add(new RiskChange(id, risk.Scenario.Title, null, level));
                continue;
            }

            var change = new RiskChange(id, risk.Scenario.Title, was.Score[stage].Level, level);
            (level.Value > was.Score[stage].Level.Value ? raised : level.Value < was.Score[stage].Level.Value ? lowered : same).Add(change);
        }

        closed.AddRange(old.Where(o => !now.ContainsKey(o.Key)).Select(o => new RiskChange(o.Key, o.Value.Scenario.Title, o.Value.Score[stage].Level, null)));
        return new RegisterDifference(before.AsOf, after.AsOf, stage, Sorted(added), Sorted(closed), Sorted(raised), Sorted(lowered), Sorted(same));
    }

    private static ImmutableArray<RiskChange> Sorted(List<RiskChange> changes) =>
        [.. changes.OrderBy(c => c.RiskId.Value, StringComparer.Ordinal)];
}
