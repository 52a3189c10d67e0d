using Isms.Core;
using Isms.Core.Controls;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;
using static Isms.Risk.Tests.Scoring.Registers;

namespace Isms.Risk.Tests.Scoring;

/// <summary>The risk rules on a register, each with explicit dates (Today is 2026-11-28; the 5x5 appetite is Medium).</summary>
public sealed class RegisterScorerTests
{
    private static readonly RiskCriteria Criteria = RiskMatrixPresets.Common5x5(acceptanceLevel: 2);

    private static ScoredRegister Score(params RiskScenario[] risks) => Score(risks, []);

    private static ScoredRegister Score(RiskScenario[] risks, AppliedControl[] controls) =>
        RegisterScorer.Score(RiskRegister.Of(risks), controls, Criteria, Today);

    private static IEnumerable<string> Codes(ScoredRegister register) => register.Findings.Select(f => f.Code);

    private static RiskFinding Only(ScoredRegister register, string code) => Assert.Single(register.Findings, f => f.Code == code);

    [Fact]
    public void Without_a_current_assessment_applied_and_planned_controls_derive_the_residual_from_inherent()
    {
        var risk = Scenario("R1", 5, 4) with { AppliedControls = [new("AC1")], PlannedControls = [new("AC2")] };

        var scored = Score([risk], [Control("AC1", 1, 0), Control("AC2", 0, 2, ControlStatus.Planned)]).Risks.Single();

        Assert.Equal(4, scored.Score.Residual.Likelihood.Value);
        Assert.Equal(2, scored.Score.Residual.Consequence.Value);
        Assert.Equal(2, scored.Score.Reductions.Length);
    }

    [Fact]
    public void With_a_current_assessment_only_planned_controls_lower_it_further()
    {
        var risk = Scenario("R1", 5, 4) with { Current = A(4, 4), AppliedControls = [new("AC1")], PlannedControls = [new("AC2")] };

        var scored = Score([risk], [Control("AC1", 1, 0), Control("AC2", 2, 0, ControlStatus.Planned)]).Risks.Single();

        Assert.Equal(2, scored.Score.Residual.Likelihood.Value);
        Assert.Equal("AC2", Assert.Single(scored.Score.Reductions).ControlId);
    }

    [Fact]
    public void A_retained_risk_counts_no_planned_control_so_its_residual_is_what_the_owner_retains()
    {
        var risk = Scenario("R1", 4, 4) with { Current = A(3, 4), Treatment = TreatmentOption.Retain, PlannedControls = [new("AC2")] };

        var register = Score([risk], [Control("AC2", 2, 0, ControlStatus.Planned)]);

        var scored = register.Risks.Single();
        Assert.Equal((3, 4), (scored.Score.Residual.Likelihood.Value, scored.Score.Residual.Consequence.Value));
        Assert.Empty(scored.Score.Reductions);
        var finding = Only(register, RiskFindingCodes.RetainedWithPlannedControls);
        Assert.Equal(ReadinessSeverity.Info, finding.Severity);
        Assert.Contains("AC2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retired_and_not_effective_controls_reduce_nothing()
    {
        var risk = Scenario("R1", 5, 4) with { AppliedControls = [new("AC1"), new("AC2")] };

        var register = Score([risk], [Control("AC1", 2, 0, ControlStatus.Retired), Control("AC2", 2, 0, ControlStatus.NotEffective)]);

        Assert.Equal(5, register.Risks[0].Score.Residual.Likelihood.Value);
        Assert.Empty(register.Risks[0].Score.Reductions);
    }

    [Fact]
    public void A_control_without_declared_effect_counts_by_its_measured_effectiveness()
    {
        var risk = Scenario("R1", 5, 4) with { AppliedControls = [new("AC1")] };

        var scored = Score([risk], [Control("AC1", 0, 0, effectiveness: 50)]).Risks.Single();

        Assert.Equal(3, scored.Score.Residual.Likelihood.Value);
        Assert.Equal(50, Assert.Single(scored.Score.Reductions).EffectivenessPercent);
    }

    [Fact]
    public void A_link_to_a_missing_applied_control_is_a_finding_on_that_risk_and_the_others_are_scored()
    {
        var register = Score(Scenario("R1", 3, 3), Scenario("R9") with { PlannedControls = [new("NOPE")] }, Scenario("R2", 2, 2));

        Assert.Equal(["R1", "R2"], register.Risks.Select(r => r.Id.Value));
        var unscored = Assert.Single(register.NotScored);
        var error = Assert.Single(unscored.Errors);
        Assert.Equal((IsmsErrorCodes.DanglingReference, "RiskScenario", "R9", "PlannedControls[0]", "NOPE"), (error.Code, error.EntityKind, error.EntityId, error.Member, error.Value));
        var finding = Assert.Single(unscored.Findings);
        Assert.Equal((IsmsErrorCodes.DanglingReference, ReadinessSeverity.Major, "R9"), (finding.Code, finding.Severity, finding.RiskId.Value));
        Assert.Contains(finding, register.Findings);
    }

    [Fact]
    public void A_risk_with_levels_off_the_scales_is_not_scored_and_names_each_level_while_the_others_are_scored()
    {
        var register = Score(Scenario("R1"), Scenario("R2", 4, 6) with { Current = A(7, 2) }, Scenario("R3", 2, 2));

        Assert.Equal(["R1", "R3"], register.Risks.Select(r => r.Id.Value));
        var unscored = Assert.Single(register.NotScored);
        Assert.Equal("R2", unscored.Id.Value);
        Assert.Equal(["Inherent.Consequence", "Current.Likelihood"], unscored.Errors.Select(e => e.Member));
        Assert.All(unscored.Findings, f => Assert.Equal((IsmsErrorCodes.AssessmentOutsideScale, ReadinessSeverity.Major, "6.1.2 d"), (f.Code, f.Severity, f.Reference)));
    }

    [Fact]
    public void ToInput_throws_for_a_single_risk_linking_missing_controls_naming_each_link()
    {
        var risk = Scenario("R9") with { AppliedControls = [new("AC1"), new("GONE")], PlannedControls = [new("NOPE")] };

        var ex = Assert.Throws<RiskScoringException>(() => RegisterScorer.ToInput(risk, new Dictionary<AppliedControlId, AppliedControl> { [new("AC1")] = Control("AC1") }));

        Assert.Equal(["PlannedControls[0]", "AppliedControls[1]"], ex.Errors.Select(e => e.Member));
        Assert.All(ex.Errors, e => Assert.Equal(IsmsErrorCodes.DanglingReference, e.Code));
    }

    [Fact]
    public void Residual_above_current_is_reported_as_ISMS_RISK_101()
    {
        Assert.Contains(RiskFindingCodes.ResidualAboveCurrent, Codes(Score(Scenario("R1", 3, 3) with { Current = A(3, 3), Residual = A(4, 4) })));
    }

    [Fact]
    public void Current_above_inherent_is_reported_as_ISMS_RISK_102()
    {
        Assert.Contains(RiskFindingCodes.CurrentAboveInherent, Codes(Score(Scenario("R1", 2, 2) with { Current = A(3, 3) })));
    }

    [Fact]
    public void Residual_lowered_without_any_control_is_reported_as_ISMS_RISK_103()
    {
        Assert.Contains(RiskFindingCodes.ResidualLoweredWithoutControl, Codes(Score(Scenario("R1", 4, 4) with { Residual = A(2, 2) })));
        Assert.DoesNotContain(RiskFindingCodes.ResidualLoweredWithoutControl, Codes(Score([Scenario("R1", 4, 4) with { Residual = A(2, 2), AppliedControls = [new("AC1")] }], [Control("AC1")])));
    }

    [Theory]
    [InlineData(4, 3, TreatmentOption.Modify, true)]   // only the consequence lowered
    [InlineData(3, 4, TreatmentOption.Modify, true)]   // only the likelihood lowered
    [InlineData(3, 3, TreatmentOption.Retain, true)]   // retained and lowered: what is retained must be what is there
    [InlineData(4, 4, TreatmentOption.Modify, false)]  // assessed, but not lowered
    [InlineData(5, 4, TreatmentOption.Modify, false)]  // raised, which ISMS-RISK-101 reports instead
    [InlineData(2, 2, TreatmentOption.Avoid, false)]   // avoiding removes the risk source, no control needed
    [InlineData(2, 2, TreatmentOption.Share, false)]   // sharing lowers it through another party
    public void ISMS_RISK_103_needs_an_assessed_residual_below_the_current_risk_in_either_axis_under_modify_or_retain(int likelihood, int consequence, TreatmentOption treatment, bool reported)
    {
        var register = Score(Scenario("R1", 4, 4) with { Residual = A(likelihood, consequence), Treatment = treatment });

        Assert.Equal(reported, Codes(register).Contains(RiskFindingCodes.ResidualLoweredWithoutControl));
    }

    [Fact]
    public void An_acceptance_that_expired_the_day_before_is_ISMS_RISK_104_and_does_not_accept()
    {
        var risk = Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Retain, Acceptance = Acceptance(A(4, 4), expires: new(2026, 11, 27), on: new(2025, 11, 27)) };

        var register = Score(risk);

        var finding = Only(register, RiskFindingCodes.AcceptanceExpired);
        Assert.Equal((ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f"), (finding.Severity, finding.Section, finding.Reference));
        Assert.Contains("expired on 2026-11-27", finding.Message, StringComparison.Ordinal);
        Assert.Contains("High (L4 x C4)", finding.Message, StringComparison.Ordinal);
        Assert.Equal(EntityReference.To(Alice), finding.Related);
        Assert.Equal(RiskEvaluation.NeedsTreatment, register.Risks[0].Score.Evaluation);
        Assert.DoesNotContain(RiskFindingCodes.ResidualAboveAppetiteNotAccepted, Codes(register)); // one finding says why
    }

    [Fact]
    public void An_acceptance_expiring_on_the_evaluation_date_still_accepts_the_risk_that_day()
    {
        var register = Score(Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Retain, Acceptance = Acceptance(A(4, 4), expires: Today) });

        Assert.Equal(RiskEvaluation.Accepted, register.Risks[0].Score.Evaluation);
        Assert.Empty(register.Findings);
    }

    [Fact]
    public void An_accepted_risk_whose_acceptance_has_no_expiry_is_ISMS_RISK_105_for_information()
    {
        var register = Score(Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Retain, Acceptance = Acceptance(A(4, 4)) });

        Assert.Equal(RiskEvaluation.Accepted, register.Risks[0].Score.Evaluation);
        Assert.Equal(ReadinessSeverity.Info, Only(register, RiskFindingCodes.AcceptanceWithoutExpiry).Severity);
        Assert.DoesNotContain(RiskFindingCodes.ResidualAboveAppetiteNotAccepted, Codes(register));
    }

    [Fact]
    public void An_acceptance_by_someone_other_than_the_owner_is_ISMS_RISK_107_a_major_finding_and_the_register_is_still_scored()
    {
        var risk = Scenario("R1", 4, 4) with { Acceptance = Acceptance(A(4, 4), by: Bob, expires: Today.PlusYears(1)) };

        var register = Score(risk, Scenario("R2", 2, 2));

        Assert.Equal(2, register.Risks.Length);
        var finding = Only(register, RiskFindingCodes.AcceptanceNotByOwner);
        Assert.Equal((ReadinessSeverity.Major, "R1"), (finding.Severity, finding.RiskId.Value));
        Assert.Equal(EntityReference.To(Bob), finding.Related);
        Assert.Equal(RiskEvaluation.NeedsTreatment, register.Risks[0].Score.Evaluation);
    }

    [Fact]
    public void An_acceptance_of_another_assessment_than_the_residual_is_ISMS_RISK_108()
    {
        var finding = Only(Score(Scenario("R1", 4, 4) with { Acceptance = Acceptance(A(3, 4), expires: Today.PlusYears(1)) }), RiskFindingCodes.AcceptanceDoesNotMatch);

        Assert.Contains("accepted L3 x C4, but the residual risk is now High (L4 x C4)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acceptance_of_the_residual_after_planned_controls_is_the_one_that_counts()
    {
        // Current 5x4 Critical; the planned control takes 1 likelihood level off: residual 4x4 High, accepted as such.
        var risk = Scenario("R1", 5, 4) with { Current = A(5, 4), PlannedControls = [new("AC1")], Acceptance = Acceptance(A(4, 4), expires: Today.PlusYears(1)) };

        var register = Score([risk], [Control("AC1", 1, 0, ControlStatus.Planned)]);

        Assert.Equal(RiskEvaluation.Accepted, register.Risks[0].Score.Evaluation);
        Assert.Empty(register.Findings);
    }

    [Fact]
    public void Avoid_with_a_residual_left_is_reported_as_ISMS_RISK_110()
    {
        Assert.Contains(RiskFindingCodes.AvoidedRiskHasResidual, Codes(Score(Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Avoid })));
        Assert.DoesNotContain(RiskFindingCodes.AvoidedRiskHasResidual, Codes(Score(Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Avoid, Residual = A(1, 1), AppliedControls = [] })));
    }

    [Fact]
    public void A_residual_above_appetite_not_accepted_is_ISMS_RISK_112_naming_the_owner()
    {
        var finding = Only(Score(Scenario("R1", 5, 5)), RiskFindingCodes.ResidualAboveAppetiteNotAccepted);

        Assert.Equal((ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f"), (finding.Severity, finding.Section, finding.Reference));
        Assert.Equal(EntityReference.To(Alice), finding.Related);
        Assert.DoesNotContain(RiskFindingCodes.ResidualAboveAppetiteNotAccepted, Codes(Score(Scenario("R1", 1, 2))));
    }

    [Fact]
    public void A_risk_above_the_appetite_now_whose_treatment_brings_it_within_needs_no_acceptance()
    {
        var risk = Scenario("R1", 5, 4) with { Current = A(4, 4), PlannedControls = [new("AC1")] };

        var register = Score([risk], [Control("AC1", 2, 0, ControlStatus.Planned)]);

        Assert.Equal(RiskEvaluation.NeedsTreatment, register.Risks[0].Score.Evaluation); // the treatment is still to be done
        Assert.Equal("Medium", register.Risks[0].Score.Residual.LevelName);
        Assert.Empty(register.Findings);
    }

    [Theory]
    [InlineData(2026, 11, 29, true)] // accepted the day after the evaluation date
    [InlineData(2026, 11, 28, false)] // accepted on the evaluation date
    public void An_acceptance_dated_after_the_evaluation_date_is_ISMS_RISK_113(int year, int month, int day, bool reported)
    {
        var register = Score(Scenario("R1") with { Acceptance = Acceptance(A(4, 4), on: new(year, month, day), expires: Today.PlusYears(1)) });

        Assert.Equal(reported, Codes(register).Contains(RiskFindingCodes.AcceptanceNotYetValid));
        Assert.Equal(reported ? RiskEvaluation.NeedsTreatment : RiskEvaluation.Accepted, register.Risks[0].Score.Evaluation);
    }

    [Fact]
    public void A_stored_consequence_that_disagrees_with_its_criteria_is_ISMS_RISK_115()
    {
        var perCriterion = new RiskAssessment(new LikelihoodLevel(2), new ConsequenceLevel(2), Today)
        {
            ByCriterion = [new(ConsequenceCriterion.Confidentiality, new ConsequenceLevel(4))],
        };

        var register = Score(Scenario("R1", 2, 2) with { Current = perCriterion });

        Assert.Contains("recorded as 2, but the WorstCase of its criteria is 4", Only(register, RiskFindingCodes.ConsequenceDisagreesWithCriteria).Message, StringComparison.Ordinal);
        Assert.Equal(4, register.Risks[0].Score.Current.Consequence.Value);
    }

    [Fact]
    public void A_derived_residual_capped_in_a_non_monotone_matrix_is_ISMS_RISK_116()
    {
        // A 2x2 matrix where the lower cell 1x2 has a higher level than 2x2.
        static RiskScale Scale(string name) => new(name, [new ScaleLevel("low", "1", 1, string.Empty, "#000000"), new ScaleLevel("high", "2", 2, string.Empty, "#000000")]);
        var matrix = new RiskMatrix(Scale("L"), Scale("C"), [new RiskLevelDefinition("A", "A", "#000000", string.Empty), new RiskLevelDefinition("B", "B", "#000000", string.Empty)], [[1, 2], [1, 1]], allowNonMonotone: true);
        var criteria = new RiskCriteria("non-monotone", matrix, new RiskLevel(2));
        var risk = Scenario("R1", 2, 2) with { AppliedControls = [new("AC1")] };

        var register = RegisterScorer.Score(RiskRegister.Of([risk]), [Control("AC1", 1, 0)], criteria, Today);

        Assert.Equal(ReadinessSeverity.Info, Only(register, RiskFindingCodes.ResidualCapped).Severity);
        Assert.Equal(1, register.Risks[0].Score.Residual.Level.Value);
    }

    [Fact]
    public void Every_finding_has_the_one_severity_and_clause_of_its_code()
    {
        var risks = Enumerable.Range(0, 400).Select(i => RandomScenario(new Random(i), $"R{i}")).ToArray();
        var register = Score(risks, [Control("AC1", 1, 0), Control("AC2", 0, 1, ControlStatus.Planned), Control("AC3", 2, 0, ControlStatus.NotEffective)]);
        var rules = RiskFindingRule.All.ToDictionary(r => r.Code);

        Assert.NotEmpty(register.Findings);
        Assert.All(register.Findings, f => Assert.Equal((rules[f.Code].Severity, rules[f.Code].Section, rules[f.Code].Reference), (f.Severity, f.Section, f.Reference)));
        Assert.True(register.Findings.Select(f => f.Code).Distinct().Count() >= 8, string.Join(", ", register.Findings.Select(f => f.Code).Distinct()));
    }

    [Fact]
    public void Heat_maps_count_every_risk_once_per_stage()
    {
        var register = Score([Scenario("R1", 5, 5) with { AppliedControls = [new("AC1")] }, Scenario("R2", 5, 5), Scenario("R3", 1, 1)], [Control("AC1", 2, 0)]);

        var inherent = register.HeatMap(RiskStage.Inherent);
        var residual = register.HeatMap(RiskStage.Residual);

        Assert.Equal(3, inherent.Total);
        Assert.Equal(2, inherent[new(5), new(5)]);
        Assert.Equal(1, residual[new(3), new(5)]);
        Assert.Equal(1, residual[new(5), new(5)]);
    }

    [Fact]
    public void A_heat_map_keeps_likelihood_as_the_row_and_refuses_cells_off_the_scales_and_missing_arguments()
    {
        var register = Score(Scenario("R1", 5, 2), Scenario("R2", 5, 2), Scenario("R3", 2, 5));

        var map = RiskHeatMap.Of(register.Risks.Select(r => r.Score), Criteria, RiskStage.Current);

        Assert.Equal((RiskStage.Current, 3), (map.Stage, map.Total));
        Assert.Equal((2, 1, 0), (map[new(5), new(2)], map[new(2), new(5)], map[new(2), new(2)]));
        Assert.Equal(2, map.Counts[(4 * 5) + 1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => map[new(6), new(1)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => map[new(1), new(0)]);
        Assert.Throws<ArgumentNullException>(() => RiskHeatMap.Of(null!, Criteria, RiskStage.Current));
        Assert.Throws<ArgumentNullException>(() => RiskHeatMap.Of(register.Risks.Select(r => r.Score), null!, RiskStage.Current));
    }

    [Fact]
    public void Views_group_by_owner_asset_treatment_level_and_evaluation_and_rank_the_top_risks()
    {
        var register = Score(Scenario("R1", 2, 2), Scenario("R2", 5, 5) with { Owner = Bob, Assets = [new("A1"), new("A2")] }, Scenario("R3", 5, 4) with { Treatment = TreatmentOption.Share });

        Assert.Equal(["R2", "R3"], register.Top(2).Select(r => r.Id.Value));
        Assert.Equal(["alice", "bob"], register.ByOwner().Keys.Select(k => k.Value));
        Assert.Equal(3, register.ByAsset()[new AssetId("A1")].Length);
        Assert.Single(register.ByAsset()[new AssetId("A2")]);
        Assert.Single(register.ByTreatment()[TreatmentOption.Share]);
        Assert.Equal(4, register.ByLevel().Keys.First().Value);
        Assert.Single(register.ByEvaluation()[RiskEvaluation.WithinAppetite]);
    }

    [Fact]
    public void Differences_between_two_dates_list_new_closed_raised_and_lowered_risks()
    {
        var before = Score(Scenario("R1", 4, 4), Scenario("R2", 2, 2), Scenario("R3", 3, 3), Scenario("R4", 1, 1));
        var after = Score(Scenario("R1", 2, 2), Scenario("R2", 5, 5), Scenario("R4", 1, 1), Scenario("R5", 3, 3));

        var diff = RegisterDifference.Between(before, after);

        Assert.Equal(["R5"], diff.New.Select(c => c.RiskId.Value));
        Assert.Equal(["R3"], diff.Closed.Select(c => c.RiskId.Value));
        Assert.Equal(["R2"], diff.Raised.Select(c => c.RiskId.Value));
        Assert.Equal(["R1"], diff.Lowered.Select(c => c.RiskId.Value));
        Assert.Equal(["R4"], diff.Unchanged.Select(c => c.RiskId.Value));
    }

    [Fact]
    public void Differences_list_each_kind_in_id_order_with_the_levels_before_and_after_at_the_stage_asked()
    {
        var before = RegisterScorer.Score(RiskRegister.Of([Scenario("R9", 4, 4), Scenario("R3", 4, 4), Scenario("R7", 1, 1), Scenario("R2", 1, 1)]), [], Criteria, Today.PlusMonths(-12));
        var after = Score(Scenario("R8", 2, 2), Scenario("R3", 2, 2), Scenario("R9", 2, 2), Scenario("R5", 2, 2), Scenario("R2", 3, 3), Scenario("R7", 4, 4) with { Current = A(1, 1) });

        var current = RegisterDifference.Between(before, after);
        var inherent = RegisterDifference.Between(before, after, RiskStage.Inherent);

        Assert.Equal((Today.PlusMonths(-12), Today, RiskStage.Current), (current.Before, current.After, current.Stage));
        Assert.Equal(["R5", "R8"], current.New.Select(c => c.RiskId.Value));
        Assert.Equal(["R3", "R9"], current.Lowered.Select(c => c.RiskId.Value));
        Assert.Equal(["R2"], current.Raised.Select(c => c.RiskId.Value));
        Assert.Equal(["R7"], current.Unchanged.Select(c => c.RiskId.Value));
        Assert.Equal(["R2", "R7"], inherent.Raised.Select(c => c.RiskId.Value));
        Assert.Empty(inherent.Unchanged);

        var lowered = current.Lowered[0];
        Assert.Equal(("Risk R3", Criteria.Matrix.LevelOf(new(4), new(4)), Criteria.Matrix.LevelOf(new(2), new(2))), (lowered.Title, lowered.Before, lowered.After));
        Assert.Equal((null, Criteria.Matrix.LevelOf(new(2), new(2))), (current.New[0].Before, current.New[0].After));
    }

    [Fact]
    public void Differences_list_closed_risks_in_id_order_with_no_level_after()
    {
        var before = Score(Scenario("R4", 3, 3), Scenario("R1", 2, 2), Scenario("R3", 1, 1));
        var after = Score(Scenario("R3", 1, 1));

        var diff = RegisterDifference.Between(before, after);

        Assert.Equal(["R1", "R4"], diff.Closed.Select(c => c.RiskId.Value));
        Assert.Equal((Criteria.Matrix.LevelOf(new(2), new(2)), null), (diff.Closed[0].Before, diff.Closed[0].After));
        Assert.Throws<ArgumentNullException>(() => RegisterDifference.Between(null!, after));
        Assert.Throws<ArgumentNullException>(() => RegisterDifference.Between(before, null!));
    }

    [Fact]
    public void Each_scored_risk_explains_its_cells_reductions_evaluation_and_acceptance()
    {
        var scored = Score([Scenario("R1", 5, 4) with { AppliedControls = [new("AC1")] }], [Control("AC1", 2, 1)]).Risks.Single();

        Assert.Equal(
            [
                "Inherent: likelihood 5 (Almost certain) x consequence 4 (Major) = Critical (assessed 2026-10-28).",
                "Current: not assessed, as inherent: likelihood 5 (Almost certain) x consequence 4 (Major) = Critical.",
                "Control AC1: declared effect -2 likelihood, -1 consequence.",
                "Residual: derived, likelihood 5 - 2, consequence 4 - 1 (each at least 1): likelihood 3 (Possible) x consequence 3 (Moderate) = Medium.",
                "Evaluation: current level Critical is above the appetite (Medium).",
                "Acceptance: residual level Medium is within the appetite (Medium): no acceptance is needed.",
                "Result: needs treatment (carry out the treatment that brings it within the appetite).",
            ],
            scored.Score.Explanation);
    }

    private static RiskScenario RandomScenario(Random random, string id)
    {
        RiskAssessment Any() => A(random.Next(1, 6), random.Next(1, 6));
        var inherent = Any();
        var current = random.Next(3) == 0 ? null : Any();
        var residual = random.Next(3) == 0 ? Any() : null;
        AppliedControlId[] pool = [new("AC1"), new("AC2"), new("AC3")];
        var on = Today.PlusDays(random.Next(-400, 5));
        var acceptance = random.Next(2) == 0 ? null : Acceptance(
            random.Next(2) == 0 ? (residual ?? current ?? inherent) : Any(),
            by: random.Next(4) == 0 ? Bob : Alice,
            expires: random.Next(3) == 0 ? null : on.PlusDays(random.Next(0, 500)),
            on: on);
        return Scenario(id) with
        {
            Inherent = inherent,
            Current = current,
            Residual = residual,
            Treatment = (TreatmentOption)random.Next(0, 4),
            AppliedControls = [.. pool.Where(_ => random.Next(3) == 0)],
            PlannedControls = [.. pool.Where(_ => random.Next(4) == 0)],
            Acceptance = acceptance,
        };
    }
}
