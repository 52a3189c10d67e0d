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
}
