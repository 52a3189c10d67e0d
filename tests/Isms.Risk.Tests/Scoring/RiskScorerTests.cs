using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Risk.Tests.Scoring;

public sealed class RiskScorerTests
{
    private static readonly LocalDate Today = new(2026, 11, 28);
    private static readonly RiskScorer Scorer = new(RiskMatrixPresets.Common5x5(acceptanceLevel: 2));

    private static RiskAssessment A(int l, int c) => new(new LikelihoodLevel(l), new ConsequenceLevel(c), new LocalDate(2026, 10, 1));

    private static RiskScoringInput Risk(int l, int c) => new("R-1", A(l, c)) { Owner = "alice" };

    [Fact]
    public void Current_defaults_to_inherent_and_residual_to_current_without_controls()
    {
        var score = Scorer.Score(Risk(4, 5), Today);

        Assert.Equal(StageSource.AsInherent, score.Current.Source);
        Assert.Equal(StageSource.Derived, score.Residual.Source);
        Assert.Equal(score.Inherent.Level, score.Current.Level);
        Assert.Equal(score.Current.Level, score.Residual.Level);
        Assert.Equal(4, score.Inherent.Level.Value);
        Assert.Equal("Critical", score.Inherent.LevelName);
    }

    [Fact]
    public void Residual_is_derived_from_declared_control_effects_in_levels()
    {
        var score = Scorer.Score(Risk(4, 5) with { Controls = [new("8.7", LikelihoodLevels: 2), new("8.13", ConsequenceLevels: 1), new("5.15", LikelihoodLevels: 1)] }, Today);

        Assert.Equal(1, score.Residual.Likelihood.Value);
        Assert.Equal(4, score.Residual.Consequence.Value);
        Assert.Equal(1, score.Residual.Level.Value);
        Assert.Equal(3, score.Reductions.Length);
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.ResidualDerived));
        Assert.Contains(score.Explanation, line => line.Contains("8.7", StringComparison.Ordinal));
    }

    [Fact]
    public void Reductions_never_take_a_level_below_1()
    {
        var score = Scorer.Score(Risk(2, 2) with { Controls = [new("x", 9, 9)] }, Today);

        Assert.Equal(1, score.Residual.Likelihood.Value);
        Assert.Equal(1, score.Residual.Consequence.Value);
    }

    [Theory]
    [InlineData(50, 5, 2)] // floor(0.5 x 4) = 2 levels off 5
    [InlineData(100, 5, 4)]
    [InlineData(0, 5, 0)]
    [InlineData(30, 4, 0)] // floor(0.3 x 3) = 0
    public void Effectiveness_takes_off_floor_of_effectiveness_times_levels_above_the_lowest(double percent, int likelihood, int levelsOff)
    {
        var score = Scorer.Score(Risk(likelihood, 3) with { Controls = [new("x", EffectivenessPercent: percent)] }, Today);

        Assert.Equal(likelihood - levelsOff, score.Residual.Likelihood.Value);
    }

    [Fact]
    public void Effectiveness_of_several_controls_combines_as_independent_barriers()
    {
        // 1 - (0.5 x 0.5) = 75% of 4 levels = 3 levels.
        var score = Scorer.Score(Risk(5, 3) with { Controls = [new("a", EffectivenessPercent: 50), new("b", EffectivenessPercent: 50)] }, Today);

        Assert.Equal(2, score.Residual.Likelihood.Value);
    }

    [Fact]
    public void An_assessed_current_above_inherent_is_kept_and_reported()
    {
        var score = Scorer.Score(Risk(2, 2) with { Current = A(3, 3) }, Today);

        Assert.Equal(StageSource.Assessed, score.Current.Source);
        Assert.Equal(3, score.Current.Likelihood.Value);
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.CurrentAboveInherent));
    }

    [Fact]
    public void An_assessed_residual_above_current_is_kept_and_reported()
    {
        var score = Scorer.Score(Risk(3, 3) with { Residual = A(4, 4) }, Today);

        Assert.Equal(StageSource.Assessed, score.Residual.Source);
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.ResidualAboveCurrent));
        Assert.False(score.Flags.HasFlag(RiskScoreFlags.ResidualDerived));
    }

    [Fact]
    public void A_risk_within_appetite_is_within_appetite()
    {
        Assert.Equal(RiskEvaluation.WithinAppetite, Scorer.Score(Risk(2, 3), Today).Evaluation);
    }

    [Fact]
    public void A_risk_above_appetite_without_acceptance_needs_treatment()
    {
        var score = Scorer.Score(Risk(4, 4), Today);

        Assert.Equal(RiskEvaluation.NeedsTreatment, score.Evaluation);
        Assert.False(score.Flags.HasFlag(RiskScoreFlags.ResidualWithinAppetite));
        Assert.False(score.Flags.HasFlag(RiskScoreFlags.ResidualAccepted));
    }

    [Fact]
    public void An_acceptance_in_force_by_the_owner_of_the_residual_cell_accepts_the_risk()
    {
        var risk = Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2026, 6, 1), new LocalDate(2027, 6, 1), A(4, 4)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(RiskEvaluation.Accepted, score.Evaluation);
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.ResidualAccepted));
        Assert.Contains(score.Explanation, l => l.Contains("accepted by alice on 2026-06-01 until 2027-06-01", StringComparison.Ordinal));
    }

    [Fact]
    public void The_acceptance_is_of_the_residual_cell_not_of_the_current_one()
    {
        // Current 4x4 (High, above the Medium appetite); a control brings the residual to 3x4, High, still above.
        var reduced = Risk(4, 4) with { Controls = [new("8.7", LikelihoodLevels: 1)] };

        var ofCurrent = Scorer.Score(reduced with { Acceptance = new("alice", new LocalDate(2026, 6, 1), null, A(4, 4)) }, Today);
        var ofResidual = Scorer.Score(reduced with { Acceptance = new("alice", new LocalDate(2026, 6, 1), null, A(3, 4)) }, Today);

        Assert.Equal(RiskEvaluation.NeedsTreatment, ofCurrent.Evaluation);
        Assert.True(ofCurrent.Flags.HasFlag(RiskScoreFlags.AcceptanceMismatch));
        Assert.Equal(RiskEvaluation.Accepted, ofResidual.Evaluation);
    }

    [Fact]
    public void A_residual_within_the_appetite_needs_no_acceptance_and_any_acceptance_is_not_evaluated()
    {
        // 4x3 (High) now; a control brings it to 2x3 (Medium, the appetite). An expired acceptance of another cell is moot.
        var risk = Risk(4, 3) with { Controls = [new("8.7", LikelihoodLevels: 2)], Acceptance = new("mallory", new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1), A(5, 5)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(RiskEvaluation.NeedsTreatment, score.Evaluation); // current above appetite: the treatment must be carried out
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.ResidualWithinAppetite));
        Assert.Equal(RiskScoreFlags.None, score.Flags & (RiskScoreFlags.AcceptanceExpired | RiskScoreFlags.AcceptanceMismatch | RiskScoreFlags.AcceptanceNotByOwner | RiskScoreFlags.AcceptanceNotYetValid | RiskScoreFlags.ResidualAccepted));
        Assert.Contains(score.Explanation, l => l.Contains("no acceptance is needed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2026, 11, 27, false)] // expired the day before the evaluation date
    [InlineData(2026, 11, 28, true)] // expires on the evaluation date: still in force that day
    [InlineData(2026, 11, 29, true)]
    public void An_acceptance_is_in_force_up_to_and_including_its_expiry_date(int year, int month, int day, bool inForce)
    {
        var risk = Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2025, 11, 28), new LocalDate(year, month, day), A(4, 4)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(inForce ? RiskEvaluation.Accepted : RiskEvaluation.NeedsTreatment, score.Evaluation);
        Assert.Equal(!inForce, score.Flags.HasFlag(RiskScoreFlags.AcceptanceExpired));
    }

    [Theory]
    [InlineData(2026, 11, 28, true)] // given on the evaluation date: in force
    [InlineData(2026, 11, 29, false)] // given the day after: not yet valid
    public void An_acceptance_is_in_force_from_the_day_it_is_given(int year, int month, int day, bool inForce)
    {
        var risk = Risk(4, 4) with { Acceptance = new("alice", new LocalDate(year, month, day), null, A(4, 4)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(inForce ? RiskEvaluation.Accepted : RiskEvaluation.NeedsTreatment, score.Evaluation);
        Assert.Equal(!inForce, score.Flags.HasFlag(RiskScoreFlags.AcceptanceNotYetValid));
    }

    [Fact]
    public void An_acceptance_of_another_assessment_does_not_accept_the_residual_one()
    {
        var risk = Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2026, 6, 1), null, A(3, 4)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(RiskEvaluation.NeedsTreatment, score.Evaluation);
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.AcceptanceMismatch));
        Assert.Contains(score.Explanation, l => l.Contains("it accepted 3x4, the residual is 4x4", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acceptance_by_someone_who_is_not_the_risk_owner_does_not_count_and_is_flagged_not_thrown()
    {
        var risk = Risk(4, 4) with { Acceptance = new("mallory", new LocalDate(2026, 6, 1), null, A(4, 4)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(RiskEvaluation.NeedsTreatment, score.Evaluation);
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.AcceptanceNotByOwner));
        Assert.Contains(score.Explanation, l => l.Contains("mallory is not the risk owner alice", StringComparison.Ordinal));
        Assert.False(Scorer.ToBatchInput(risk, Today).AcceptedByOwner);
    }

    [Fact]
    public void Every_defect_of_an_acceptance_is_flagged_at_once()
    {
        var risk = Risk(4, 4) with { Acceptance = new("mallory", new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), A(4, 4)) };

        var flags = Scorer.Score(risk, Today).Flags;

        Assert.True(flags.HasFlag(RiskScoreFlags.AcceptanceExpired));
        Assert.True(flags.HasFlag(RiskScoreFlags.AcceptanceNotByOwner));
        Assert.False(flags.HasFlag(RiskScoreFlags.AcceptanceMismatch)); // the cell matches
    }

    [Theory]
    [InlineData(6, 1, "Inherent.Likelihood", "6")]
    [InlineData(0, 1, "Inherent.Likelihood", "0")]
    [InlineData(1, 6, "Inherent.Consequence", "6")]
    public void A_level_outside_the_scale_is_an_error_naming_risk_member_and_value(int l, int c, string member, string value)
    {
        var ex = Assert.Throws<RiskScoringException>(() => Scorer.Score(Risk(l, c), Today));

        Assert.Equal(IsmsErrorCodes.AssessmentOutsideScale, ex.Code);
        Assert.Equal("RiskScenario", ex.EntityKind);
        Assert.Equal("R-1", ex.EntityId);
        Assert.Equal(member, ex.Member);
        Assert.Equal(value, ex.Value);
    }

    [Fact]
    public void Every_reason_a_risk_cannot_be_scored_is_reported_at_once()
    {
        var risk = Risk(9, 3) with { Current = A(2, 7), Controls = [new("8.7", EffectivenessPercent: 120)] };

        var errors = Scorer.Validate(risk);
        var ex = Assert.Throws<RiskScoringException>(() => Scorer.Score(risk, Today));

        Assert.Equal(["Inherent.Likelihood", "Current.Consequence", "Controls[0].EffectivenessPercent"], errors.Select(e => e.Member));
        Assert.Equal(errors, ex.Errors);
        Assert.Empty(Scorer.Validate(Risk(3, 3)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void An_effectiveness_outside_0_to_100_percent_is_an_out_of_range_error(double percent)
    {
        var ex = Assert.Throws<RiskScoringException>(() => Scorer.Score(Risk(3, 3) with { Controls = [new("8.7", EffectivenessPercent: percent)] }, Today));

        Assert.Equal(IsmsErrorCodes.OutOfRange, ex.Code);
        Assert.Equal("Controls[0].EffectivenessPercent", ex.Member);
    }

    [Fact]
    public void A_negative_control_effect_is_an_out_of_range_error()
    {
        var ex = Assert.Throws<RiskScoringException>(() => Scorer.Score(Risk(3, 3) with { Controls = [new("x", -1)] }, Today));

        Assert.Equal(IsmsErrorCodes.OutOfRange, ex.Code);
        Assert.Equal("Controls[0].LikelihoodLevels", ex.Member);
        Assert.Equal("-1", ex.Value);
    }

    [Fact]
    public void Per_criterion_consequences_combine_by_the_criteria_and_unknown_criteria_are_rejected()
    {
        var perCriterion = RiskAssessment.PerCriterion(new LikelihoodLevel(3), [new(ConsequenceCriterion.Confidentiality, new ConsequenceLevel(5)), new(ConsequenceCriterion.Availability, new ConsequenceLevel(2))], Today);

        var score = Scorer.Score(new RiskScoringInput("R-2", perCriterion), Today);
        Assert.Equal(5, score.Inherent.Consequence.Value);
        Assert.Contains(score.Explanation, l => l.Contains("Confidentiality 5", StringComparison.Ordinal));

        var unknown = RiskAssessment.PerCriterion(new LikelihoodLevel(3), [new(new ConsequenceCriterion("Reputational"), new ConsequenceLevel(5))], Today);
        var ex = Assert.Throws<RiskScoringException>(() => Scorer.Score(new RiskScoringInput("R-3", unknown), Today));
        Assert.Equal(RiskErrorCodes.UnknownConsequenceCriterion, ex.Code);
        Assert.Equal("Inherent.ByCriterion[0].Criterion", ex.Member);
        Assert.Equal("Reputational", ex.Value);
    }

    [Fact]
    public void The_batch_path_scores_every_valid_input_and_flags_the_others_without_throwing()
    {
        RiskInput[] inputs = [new(3, 3), new(7, 1), new(4, 4)];
        var outputs = new RiskOutput[3];

        var notScored = Scorer.ScoreBatch(inputs, outputs);

        Assert.Equal(1, notScored);
        Assert.Equal(Scorer.Score(in inputs[0]), outputs[0]);
        Assert.Equal(Scorer.Score(in inputs[2]), outputs[2]);
        Assert.True(outputs[0].IsScored && outputs[2].IsScored);
        Assert.Equal(RiskScoreFlags.NotScored, outputs[1].Flags);
        Assert.Equal(RiskEvaluation.None, outputs[1].Evaluation);
        Assert.Equal(0, outputs[1].Residual.Value);
        var error = Assert.Single(Scorer.Validate(in inputs[1], "#1"));
        Assert.Equal((IsmsErrorCodes.AssessmentOutsideScale, "RiskInput", "#1", "InherentLikelihood", "7"), (error.Code, error.EntityKind, error.EntityId, error.Member, error.Value));
    }

    [Fact]
    public void The_batch_path_flags_half_given_assessments_and_throws_only_for_a_length_mismatch()
    {
        var outputs = new RiskOutput[1];
        Assert.Equal(1, Scorer.ScoreBatch([new RiskInput(3, 3, currentLikelihood: 2)], outputs));
        Assert.Equal(RiskErrorCodes.IncompleteAssessment, Assert.Single(Scorer.Validate(new RiskInput(3, 3, currentLikelihood: 2), "#0")).Code);
        Assert.Throws<ArgumentException>(() => Scorer.ScoreBatch([new RiskInput(3, 3)], new RiskOutput[2]));
    }

    [Fact]
    public void Formula_scores_appear_in_the_explanation()
    {
        var (criteria, formula) = RiskMatrixPresets.Formula5x5Matrix(FormulaMethod.PlusTwiceImpact);
        var score = new RiskScorer(criteria, formula).Score(new RiskScoringInput("R-9", A(5, 5)), Today);

        Assert.Equal(10, score.Inherent.Score);
        Assert.Contains(score.Explanation, l => l.Contains("(score 10)", StringComparison.Ordinal));
    }

    [Fact]
    public void Cell_counts_cover_every_risk_once_per_stage()
    {
        RiskInput[] inputs = [new(5, 5, likelihoodReduction: 2), new(1, 1), new(5, 5, 4, 4), new(9, 9)];
        var outputs = new RiskOutput[4];
        Scorer.ScoreBatch(inputs, outputs);
        Span<int> counts = stackalloc int[25];

        Scorer.CountCells(inputs, outputs, RiskStage.Residual, counts);

        Assert.Equal(3, counts.ToArray().Sum()); // the input off the scales is not counted
        Assert.Equal(1, counts[(2 * 5) + 4]); // 3x5 derived from 5x5 - 2 likelihood
        Assert.Equal(1, counts[(3 * 5) + 3]); // 4x4 = current
    }
}
