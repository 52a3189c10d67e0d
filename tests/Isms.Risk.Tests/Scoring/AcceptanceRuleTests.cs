using Isms.Risk.Scoring;

namespace Isms.Risk.Tests.Scoring;

/// <summary>
/// The evaluation and acceptance rule (6.1.2 e, 6.1.3 f) for every combination of what it depends on, against the rule
/// as docs/risk.md states it. The kernel reads the rule from a table built once per process, so the rule is also
/// checked here directly.
/// </summary>
public sealed class AcceptanceRuleTests
{
    public static TheoryData<AcceptanceState, bool, bool, bool, bool> Combinations()
    {
        var data = new TheoryData<AcceptanceState, bool, bool, bool, bool>();
        foreach (var state in Enum.GetValues<AcceptanceState>())
        {
            foreach (var byOwner in new[] { false, true })
            {
                foreach (var residualAbove in new[] { false, true })
                {
                    foreach (var matches in new[] { false, true })
                    {
                        foreach (var currentAbove in new[] { false, true })
                        {
                            data.Add(state, byOwner, residualAbove, matches, currentAbove);
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void The_rule_gives_the_documented_evaluation_and_flags(AcceptanceState state, bool byOwner, bool residualAbove, bool matches, bool currentAbove)
    {
        var (evaluation, flags) = RiskScorer.Evaluate(state, byOwner, residualAbove, matches, currentAbove);

        // An acceptance matters only for a residual above the appetite; it counts when in force, by the owner, of the residual cell.
        var considered = residualAbove && state != AcceptanceState.None;
        var counts = considered && state == AcceptanceState.InForce && byOwner && matches;
        var expectedEvaluation = !currentAbove ? RiskEvaluation.WithinAppetite : counts ? RiskEvaluation.Accepted : RiskEvaluation.NeedsTreatment;
        Assert.Equal(expectedEvaluation, evaluation);
        Assert.Equal(!residualAbove, flags.HasFlag(RiskScoreFlags.ResidualWithinAppetite));
        Assert.Equal(counts, flags.HasFlag(RiskScoreFlags.ResidualAccepted));
        Assert.Equal(considered && state == AcceptanceState.Expired, flags.HasFlag(RiskScoreFlags.AcceptanceExpired));
        Assert.Equal(considered && state == AcceptanceState.NotYetValid, flags.HasFlag(RiskScoreFlags.AcceptanceNotYetValid));
        Assert.Equal(considered && state == AcceptanceState.InForce && !matches, flags.HasFlag(RiskScoreFlags.AcceptanceMismatch));
        Assert.Equal(considered && !byOwner, flags.HasFlag(RiskScoreFlags.AcceptanceNotByOwner));
        var ruleFlags = RiskScoreFlags.ResidualWithinAppetite | RiskScoreFlags.ResidualAccepted | RiskScoreFlags.AcceptanceExpired
            | RiskScoreFlags.AcceptanceNotYetValid | RiskScoreFlags.AcceptanceMismatch | RiskScoreFlags.AcceptanceNotByOwner;
        Assert.Equal(RiskScoreFlags.None, flags & ~ruleFlags);
    }

    [Fact]
    public void The_kernel_decision_table_holds_the_rule_for_every_key()
    {
        // Key: acceptance state (bits 0-1), not by owner (bit 2), residual above (bit 3), matches (bit 4), current above (bit 5).
        var table = RiskScorer.BuildDecisions();

        Assert.Equal(64, table.Length);
        foreach (var state in Enum.GetValues<AcceptanceState>())
        {
            foreach (var (byOwner, residualAbove, matches, currentAbove) in from o in new[] { false, true } from r in new[] { false, true } from m in new[] { false, true } from c in new[] { false, true } select (o, r, m, c))
            {
                var key = (int)state | (byOwner ? 0 : 4) | (residualAbove ? 8 : 0) | (matches ? 16 : 0) | (currentAbove ? 32 : 0);
                var (evaluation, flags) = RiskScorer.Evaluate(state, byOwner, residualAbove, matches, currentAbove);
                Assert.Equal(((RiskEvaluation)(table[key] >> 16), (RiskScoreFlags)(table[key] & 0xFFFF)), (evaluation, flags));
            }
        }
    }
}
