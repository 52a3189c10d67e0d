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
        Assert.Equal(RiskEvaluation.NeedsTreatment, Scorer.Score(Risk(4, 4), Today).Evaluation);
    }

    [Fact]
    public void A_valid_unexpired_matching_acceptance_by_the_owner_accepts_the_risk()
    {
        var risk = Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2026, 6, 1), new LocalDate(2027, 6, 1), A(4, 4)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(RiskEvaluation.Accepted, score.Evaluation);
        Assert.Contains(score.Explanation, l => l.Contains("accepted by alice", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expired_acceptance_does_not_accept_the_risk()
    {
        var risk = Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2025, 6, 1), new LocalDate(2026, 6, 1), A(4, 4)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(RiskEvaluation.NeedsTreatment, score.Evaluation);
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.AcceptanceExpired));
    }

    [Fact]
    public void An_acceptance_of_another_assessment_does_not_accept_the_current_one()
    {
        var risk = Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2026, 6, 1), null, A(3, 4)) };

        var score = Scorer.Score(risk, Today);

        Assert.Equal(RiskEvaluation.NeedsTreatment, score.Evaluation);
        Assert.True(score.Flags.HasFlag(RiskScoreFlags.AcceptanceMismatch));
    }

    [Fact]
    public void An_acceptance_dated_after_the_evaluation_date_is_not_yet_valid()
    {
        var risk = Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2027, 1, 1), null, A(4, 4)) };

        Assert.True(Scorer.Score(risk, Today).Flags.HasFlag(RiskScoreFlags.AcceptanceNotYetValid));
    }

    [Fact]
    public void An_acceptance_by_someone_who_is_not_the_risk_owner_is_an_error_naming_risk_and_field()
    {
        var risk = Risk(4, 4) with { Acceptance = new("mallory", new LocalDate(2026, 6, 1), null, A(4, 4)) };

        var ex = Assert.Throws<RiskScoringException>(() => Scorer.Score(risk, Today));

        Assert.Equal(RiskErrorCodes.AcceptanceNotByOwner, ex.Code);
        Assert.Equal("R-1", ex.RiskId);
        Assert.Equal("Acceptance.AcceptedBy", ex.Field);
        Assert.Contains("mallory", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, 1, "ISMS-RISK-001", "Inherent.Likelihood")]
    [InlineData(0, 1, "ISMS-RISK-001", "Inherent.Likelihood")]
    [InlineData(1, 6, "ISMS-RISK-002", "Inherent.Consequence")]
    public void A_level_outside_the_scale_is_an_error_naming_risk_and_field(int l, int c, string code, string field)
    {
        var ex = Assert.Throws<RiskScoringException>(() => Scorer.Score(Risk(l, c), Today));

        Assert.Equal(code, ex.Code);
        Assert.Equal(field, ex.Field);
        Assert.Contains("R-1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void An_effectiveness_outside_0_to_100_percent_is_an_error(double percent)
    {
        var ex = Assert.Throws<RiskScoringException>(() => Scorer.Score(Risk(3, 3) with { Controls = [new("8.7", EffectivenessPercent: percent)] }, Today));

        Assert.Equal(RiskErrorCodes.EffectivenessOutOfRange, ex.Code);
        Assert.Equal("Controls[8.7].Effectiveness", ex.Field);
    }

    [Fact]
    public void A_negative_control_effect_is_an_error()
    {
        Assert.Equal(RiskErrorCodes.NegativeReduction, Assert.Throws<RiskScoringException>(() => Scorer.Score(Risk(3, 3) with { Controls = [new("x", -1)] }, Today)).Code);
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
    }

    [Fact]
    public void Scoring_a_register_with_one_bad_risk_scores_nothing()
    {
        RiskScoringInput[] register = [Risk(3, 3) with { RiskId = "R-1" }, Risk(9, 3) with { RiskId = "R-2" }];

        var ex = Assert.Throws<RiskScoringException>(() => Scorer.ScoreAll(register, Today));

        Assert.Equal("R-2", ex.RiskId);
    }

    [Fact]
    public void Duplicate_risk_ids_are_rejected()
    {
        Assert.Equal(RiskErrorCodes.DuplicateRiskId, Assert.Throws<RiskScoringException>(() => Scorer.ScoreAll([Risk(3, 3), Risk(2, 2)], Today)).Code);
    }

    [Fact]
    public void The_batch_path_rejects_bad_input_before_writing_any_output()
    {
        RiskInput[] inputs = [new(3, 3), new(3, 3), new(7, 1)];
        var outputs = new RiskOutput[3];

        var ex = Assert.Throws<RiskScoringException>(() => Scorer.ScoreBatch(inputs, outputs));

        Assert.Equal("#2", ex.RiskId);
        Assert.Equal("Inherent.Likelihood", ex.Field);
        Assert.All(outputs, o => Assert.Equal(default, o));
    }

    [Fact]
    public void The_batch_path_rejects_half_given_assessments_and_length_mismatches()
    {
        Assert.Equal(RiskErrorCodes.IncompleteAssessment, Assert.Throws<RiskScoringException>(() => Scorer.ScoreBatch([new RiskInput(3, 3, currentLikelihood: 2)], new RiskOutput[1])).Code);
        Assert.Equal(RiskErrorCodes.BatchLengthMismatch, Assert.Throws<RiskScoringException>(() => Scorer.ScoreBatch([new RiskInput(3, 3)], new RiskOutput[2])).Code);
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
        RiskInput[] inputs = [new(5, 5, likelihoodReduction: 2), new(1, 1), new(5, 5, 4, 4)];
        var outputs = new RiskOutput[3];
        Scorer.ScoreBatch(inputs, outputs);
        Span<int> counts = stackalloc int[25];

        Scorer.CountCells(inputs, outputs, RiskStage.Residual, counts);

        Assert.Equal(3, counts.ToArray().Sum());
        Assert.Equal(1, counts[(2 * 5) + 4]); // 3x5 derived from 5x5 - 2 likelihood
        Assert.Equal(1, counts[(3 * 5) + 3]); // 4x4 = current
    }
}
