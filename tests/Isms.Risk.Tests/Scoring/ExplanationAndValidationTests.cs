using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Risk.Tests.Scoring;

/// <summary>
/// What the explanation of one risk tells its reader about the acceptance and the derivation, and which member each
/// validation error names. The scorer is built in each test (not once per class), so each test sees the code as it is.
/// </summary>
public sealed class ExplanationAndValidationTests
{
    private static readonly LocalDate Today = new(2026, 11, 28);

    private static RiskScorer Scorer() => new(RiskMatrixPresets.Common5x5(acceptanceLevel: 2));

    private static RiskAssessment A(int l, int c) => new(new LikelihoodLevel(l), new ConsequenceLevel(c), new LocalDate(2026, 10, 1));

    private static RiskScoringInput Risk(int l, int c) => new("R-1", A(l, c)) { Owner = "alice" };

    private static string AcceptanceLine(RiskScore score) => Assert.Single(score.Explanation, l => l.StartsWith("Acceptance:", StringComparison.Ordinal));

    [Fact]
    public void A_residual_above_the_appetite_without_acceptance_is_explained_as_not_accepted()
    {
        var line = AcceptanceLine(Scorer().Score(Risk(4, 4), Today));

        Assert.Contains("above the appetite", line, StringComparison.Ordinal);
        Assert.Contains("not accepted", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acceptance_without_expiry_is_explained_as_such()
    {
        var line = AcceptanceLine(Scorer().Score(Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2026, 6, 1), null, A(4, 4)) }, Today));

        Assert.Contains("accepted by alice on 2026-06-01 without expiry", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acceptance_that_is_not_yet_valid_is_explained_by_its_date_and_only_by_it()
    {
        var line = AcceptanceLine(Scorer().Score(Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2026, 12, 1), null, A(4, 4)) }, Today));

        Assert.Contains("does not count (it is dated 2026-12-01, after the evaluation date)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reason_an_acceptance_does_not_count_is_explained_and_no_other()
    {
        var expiredByOther = AcceptanceLine(Scorer().Score(Risk(4, 4) with { Acceptance = new("mallory", new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), A(4, 4)) }, Today));
        var expiredByOwner = AcceptanceLine(Scorer().Score(Risk(4, 4) with { Acceptance = new("alice", new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), A(4, 4)) }, Today));

        Assert.Contains("(it expired on 2025-12-31; mallory is not the risk owner alice)", expiredByOther, StringComparison.Ordinal);
        Assert.Contains("(it expired on 2025-12-31)", expiredByOwner, StringComparison.Ordinal);
        Assert.DoesNotContain("dated", expiredByOwner, StringComparison.Ordinal);
        Assert.DoesNotContain("it accepted", expiredByOwner, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_criterion_consequences_are_all_listed_in_the_explanation()
    {
        var perCriterion = RiskAssessment.PerCriterion(new LikelihoodLevel(3), [new(ConsequenceCriterion.Confidentiality, new ConsequenceLevel(5)), new(ConsequenceCriterion.Availability, new ConsequenceLevel(2))], Today);

        var score = Scorer().Score(new RiskScoringInput("R-2", perCriterion), Today);

        Assert.Contains(score.Explanation, l => l.Contains("Confidentiality 5, Availability 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_derived_residual_capped_at_the_current_level_says_so()
    {
        // Non-monotone 2x2: the cell 1x2 is higher than 2x2, so taking a likelihood level off 2x2 would raise the level.
        var likelihood = new RiskScale("Likelihood", [new ScaleLevel("Low", "L", 1, "Low", "#16a34a"), new ScaleLevel("High", "H", 2, "High", "#dc2626")]);
        var consequence = new RiskScale("Consequence", [new ScaleLevel("Low", "L", 1, "Low", "#16a34a"), new ScaleLevel("High", "H", 2, "High", "#dc2626")]);
        RiskLevelDefinition[] levels = [new("Low", "L", "#16a34a", "Accept"), new("High", "H", "#dc2626", "Treat")];
        var criteria = new RiskCriteria("Odd", new RiskMatrix(likelihood, consequence, levels, [[1, 2], [2, 1]], allowNonMonotone: true), new RiskLevel(1));

        var capped = new RiskScorer(criteria).Score(new RiskScoringInput("R-3", A(2, 2)) { Controls = [new("x", LikelihoodLevels: 1)] }, Today);
        var notCapped = new RiskScorer(criteria).Score(new RiskScoringInput("R-4", A(2, 1)) { Controls = [new("x", LikelihoodLevels: 1)] }, Today);

        Assert.True(capped.Flags.HasFlag(RiskScoreFlags.ResidualCapped));
        Assert.Equal(1, capped.Residual.Level.Value);
        Assert.Contains(capped.Explanation, l => l.StartsWith("Residual: derived", StringComparison.Ordinal) && l.Contains("capped at the current level", StringComparison.Ordinal));
        Assert.DoesNotContain(notCapped.Explanation, l => l.Contains("capped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_assessment_is_an_incomplete_assessment_error_naming_the_stage()
    {
        var errors = Scorer().Validate(new RiskScoringInput("R-5", null!));

        var error = Assert.Single(errors);
        Assert.Equal((RiskErrorCodes.IncompleteAssessment, "RiskScenario", "R-5", "Inherent"), (error.Code, error.EntityKind, error.EntityId, error.Member));
    }

    [Fact]
    public void A_per_criterion_level_off_the_scale_is_an_error_naming_the_criterion_entry()
    {
        var perCriterion = RiskAssessment.PerCriterion(new LikelihoodLevel(3), [new(ConsequenceCriterion.Confidentiality, new ConsequenceLevel(2)), new(ConsequenceCriterion.Availability, new ConsequenceLevel(8))], Today);

        var error = Assert.Single(Scorer().Validate(new RiskScoringInput("R-6", perCriterion)));

        Assert.Equal((IsmsErrorCodes.AssessmentOutsideScale, "Inherent.ByCriterion[1].Level", "8"), (error.Code, error.Member, error.Value));
    }

    [Fact]
    public void A_negative_consequence_effect_names_the_consequence_levels()
    {
        var error = Assert.Single(Scorer().Validate(Risk(3, 3) with { Controls = [new("x", 0, -2)] }));

        Assert.Equal((IsmsErrorCodes.OutOfRange, "Controls[0].ConsequenceLevels", "-2"), (error.Code, error.Member, error.Value));
    }

    [Fact]
    public void A_null_control_is_rejected_as_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Scorer().Validate(Risk(3, 3) with { Controls = [null!] }));
    }

    [Fact]
    public void A_matrix_with_more_risk_levels_than_the_engine_holds_is_refused()
    {
        var scale = new RiskScale("Scale", [new ScaleLevel("Low", "L", 1, "Low", "#16a34a"), new ScaleLevel("High", "H", 2, "High", "#dc2626")]);
        var levels = Enumerable.Range(1, 256).Select(i => new RiskLevelDefinition($"Level {i}", $"L{i}", "#16a34a", "Level")).ToList();
        var criteria = new RiskCriteria("Wide", new RiskMatrix(scale, scale, levels, [[1, 2], [2, 3]]), new RiskLevel(1));

        var ex = Assert.Throws<IsmsException>(() => new RiskScorer(criteria));

        Assert.Equal((RiskErrorCodes.InvalidMatrix, "Matrix.Levels", "256"), (ex.Code, ex.Member, ex.Value));
    }

    [Fact]
    public void An_assessed_current_and_residual_are_explained_with_their_dates_and_what_is_above_what()
    {
        // Inherent 2x2 (Low); current 3x3 (Medium, above inherent); residual 4x3 (High, above current); the appetite is Medium.
        var score = Scorer().Score(Risk(2, 2) with { Current = A(3, 3), Residual = A(4, 3), Controls = [new("8.7", LikelihoodLevels: 1)] }, Today);

        Assert.Equal(
            [
                "Inherent: likelihood 2 (Unlikely) x consequence 2 (Minor) = Low (assessed 2026-10-01).",
                "Current: likelihood 3 (Possible) x consequence 3 (Moderate) = Medium (assessed 2026-10-01).",
                "Current is above inherent: kept as assessed and reported.",
                "Residual: likelihood 4 (Likely) x consequence 3 (Moderate) = High (assessed 2026-10-01).",
                "Residual is above current: kept as assessed and reported.",
                "Evaluation: current level Medium is within the appetite (Medium).",
                "Acceptance: residual level High is above the appetite (Medium) and not accepted by the risk owner.",
                "Result: within appetite.",
            ],
            score.Explanation);
        Assert.Empty(score.Reductions); // an assessed residual counts no control
    }

    [Fact]
    public void A_derived_residual_explains_each_control_or_that_none_counted_and_the_result()
    {
        var effectiveness = Scorer().Score(Risk(5, 4) with { Controls = [new("8.7", EffectivenessPercent: 50)], Acceptance = new("alice", new LocalDate(2026, 6, 1), null, A(3, 4)) }, Today);
        var none = Scorer().Score(Risk(4, 4), Today);

        Assert.Contains("Control 8.7: effectiveness 50% (no declared effect).", effectiveness.Explanation);
        Assert.Equal(RiskEvaluation.Accepted, effectiveness.Evaluation);
        Assert.Equal("Result: accepted (the residual risk is accepted by its owner).", effectiveness.Explanation[^1]);
        Assert.Contains("Residual: no control counted, as current: likelihood 4 (Likely) x consequence 4 (Major) = High.", none.Explanation);
        Assert.Equal("Result: needs treatment (treat it further, or have its owner accept the residual risk).", none.Explanation[^1]);
    }

    [Fact]
    public void Effectiveness_is_resolved_against_the_assessed_current_likelihood_not_the_inherent_one()
    {
        // Current likelihood 3: 50% of its 2 levels above the lowest is 1 level, so the residual likelihood is 2 (4 levels from 5 would give 1).
        var score = Scorer().Score(Risk(5, 3) with { Current = A(3, 3), Controls = [new("x", EffectivenessPercent: 50)] }, Today);

        Assert.Equal(2, score.Residual.Likelihood.Value);
    }

    [Fact]
    public void Errors_name_the_residual_and_the_accepted_assessment()
    {
        var errors = Scorer().Validate(Risk(3, 3) with { Residual = A(9, 1), Acceptance = new("alice", new LocalDate(2026, 6, 1), null, A(1, 9)) });

        Assert.Equal(["Residual.Likelihood", "Acceptance.AcceptedAssessment.Consequence"], errors.Select(e => e.Member));
        Assert.Throws<RiskScoringException>(() => Scorer().ToBatchInput(Risk(3, 3) with { Residual = A(9, 1) }, Today));
    }

    [Fact]
    public void Cell_counts_are_cleared_first_and_need_a_long_enough_span_and_one_output_per_input()
    {
        var scorer = Scorer();
        RiskInput[] inputs = [new(2, 3)];
        var outputs = new RiskOutput[1];
        scorer.ScoreBatch(inputs, outputs);
        var counts = Enumerable.Repeat(7, 25).ToArray();

        scorer.CountCells(inputs, outputs, RiskStage.Inherent, counts);

        Assert.Equal(1, counts.Sum());
        Assert.Equal(1, counts[(1 * 5) + 2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => scorer.CountCells(inputs, outputs, RiskStage.Inherent, new int[24]));
        Assert.Throws<ArgumentOutOfRangeException>(() => scorer.CountCells(inputs, new RiskOutput[2], RiskStage.Inherent, new int[25]));
    }

    [Fact]
    public void Null_arguments_of_the_engine_are_argument_errors()
    {
        var scorer = Scorer();
        var input = new RiskInput(1, 1);

        Assert.Throws<ArgumentNullException>(() => new RiskScorer(null!));
        Assert.Throws<ArgumentNullException>(() => scorer.Validate(in input, null!));
        Assert.Throws<ArgumentNullException>(() => scorer.Validate(null!));
        Assert.Throws<ArgumentNullException>(() => scorer.Score(Risk(3, 3) with { Acceptance = new(null!, new LocalDate(2026, 6, 1), null, A(3, 3)) }, Today));
    }
}
