using Isms.Core;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;

namespace Isms.Risk.Tests.Scoring;

/// <summary>
/// The kernel's "above" flags and its batch validation, checked on every cell combination of a 4x4 matrix against the
/// rule stated in terms of the matrix itself (<see cref="RiskMatrix.LevelOf"/>): a stage is above the previous one when
/// its likelihood, its consequence or its level is higher.
/// </summary>
public sealed class KernelFlagTests
{
    private static int Level(RiskCriteria criteria, int likelihood, int consequence) =>
        criteria.Matrix.LevelOf(new LikelihoodLevel(likelihood), new ConsequenceLevel(consequence)).Value;

    [Fact]
    public void Current_above_inherent_is_flagged_exactly_when_its_likelihood_consequence_or_level_is_higher()
    {
        var criteria = RiskMatrixPresets.Common4x4();
        var scorer = new RiskScorer(criteria);
        for (var il = 1; il <= 4; il++)
        {
            for (var ic = 1; ic <= 4; ic++)
            {
                for (var cl = 1; cl <= 4; cl++)
                {
                    for (var cc = 1; cc <= 4; cc++)
                    {
                        var output = scorer.Score(new RiskInput(il, ic, cl, cc));
                        var expected = cl > il || cc > ic || Level(criteria, cl, cc) > Level(criteria, il, ic);
                        Assert.True(expected == output.Flags.HasFlag(RiskScoreFlags.CurrentAboveInherent), $"inherent {il}x{ic}, current {cl}x{cc}: {output}");
                    }
                }
            }
        }
    }

    [Fact]
    public void An_assessed_residual_above_current_is_flagged_exactly_when_its_likelihood_consequence_or_level_is_higher()
    {
        var criteria = RiskMatrixPresets.Common4x4();
        var scorer = new RiskScorer(criteria);
        for (var cl = 1; cl <= 4; cl++)
        {
            for (var cc = 1; cc <= 4; cc++)
            {
                for (var rl = 1; rl <= 4; rl++)
                {
                    for (var rc = 1; rc <= 4; rc++)
                    {
                        var output = scorer.Score(new RiskInput(4, 4, cl, cc, rl, rc));
                        var expected = rl > cl || rc > cc || Level(criteria, rl, rc) > Level(criteria, cl, cc);
                        Assert.True(expected == output.Flags.HasFlag(RiskScoreFlags.ResidualAboveCurrent), $"current {cl}x{cc}, residual {rl}x{rc}: {output}");
                        Assert.False(output.Flags.HasFlag(RiskScoreFlags.ResidualDerived));
                        Assert.Equal((rl, rc, Level(criteria, rl, rc)), (output.ResidualLikelihood.Value, output.ResidualConsequence.Value, output.Residual.Value));
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(3, 0, "CurrentConsequence")] // the missing half is named
    [InlineData(0, 3, "CurrentLikelihood")]
    public void A_half_given_current_assessment_names_the_missing_half(int likelihood, int consequence, string member)
    {
        var scorer = new RiskScorer(RiskMatrixPresets.Common5x5());

        var error = Assert.Single(scorer.Validate(new RiskInput(3, 3, likelihood, consequence), "#4"));

        Assert.Equal((RiskErrorCodes.IncompleteAssessment, "RiskInput", "#4", member, "0"), (error.Code, error.EntityKind, error.EntityId, error.Member, error.Value));
    }

    [Fact]
    public void Batch_validation_names_each_stage_and_half_that_is_off_the_scales()
    {
        var scorer = new RiskScorer(RiskMatrixPresets.Common5x5());

        var errors = scorer.Validate(new RiskInput(3, 9, 2, 2, 1, 6, acceptance: AcceptanceState.InForce, acceptedLikelihood: 7, acceptedConsequence: 1), "#2");

        Assert.Equal(
            [("InherentConsequence", "9"), ("ResidualConsequence", "6"), ("AcceptedLikelihood", "7")],
            errors.Select(e => (e.Member!, e.Value!)));
        Assert.All(errors, e => Assert.Equal(IsmsErrorCodes.AssessmentOutsideScale, e.Code));
        Assert.False(scorer.Score(new RiskInput(3, 3, acceptance: AcceptanceState.InForce, acceptedLikelihood: 7, acceptedConsequence: 1)).IsScored);
    }
}
