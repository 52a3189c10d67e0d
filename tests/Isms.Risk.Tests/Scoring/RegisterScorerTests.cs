using Isms.Core;
using Isms.Core.Controls;
using Isms.Core.RiskManagement;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;
using static Isms.Risk.Tests.Scoring.Registers;

namespace Isms.Risk.Tests.Scoring;

public sealed class RegisterScorerTests
{
    private static readonly Isms.Core.RiskManagement.Criteria.RiskCriteria Criteria = RiskMatrixPresets.Common5x5(acceptanceLevel: 2);

    private static ScoredRegister Score(params RiskScenario[] risks) => Score(risks, []);

    private static ScoredRegister Score(RiskScenario[] risks, AppliedControl[] controls) =>
        RegisterScorer.Score(RiskRegister.Of(risks), controls, Criteria, Today);

    private static IEnumerable<string> Codes(ScoredRegister register) => register.Findings.Select(f => f.Code);

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
    public void Retired_and_not_effective_controls_reduce_nothing_and_are_reported()
    {
        var risk = Scenario("R1", 5, 4) with { AppliedControls = [new("AC1"), new("AC2")] };

        var register = Score([risk], [Control("AC1", 2, 0, ControlStatus.Retired), Control("AC2", 2, 0, ControlStatus.NotEffective)]);

        Assert.Equal(5, register.Risks[0].Score.Residual.Likelihood.Value);
        Assert.Equal(2, Codes(register).Count(c => c == RiskFindingCodes.ControlWithoutEffect));
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
    public void A_reference_to_a_missing_applied_control_is_an_error_naming_the_risk()
    {
        var ex = Assert.Throws<RiskScoringException>(() => Score(Scenario("R9") with { AppliedControls = [new("NOPE")] }));

        Assert.Equal(RiskErrorCodes.UnknownAppliedControl, ex.Code);
        Assert.Equal("R9", ex.RiskId);
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

    [Fact]
    public void An_expired_acceptance_is_reported_as_ISMS_RISK_104_and_does_not_accept()
    {
        var register = Score(Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Retain, Acceptance = Acceptance(A(4, 4), expires: Today.PlusDays(-1)) });

        Assert.Contains(RiskFindingCodes.AcceptanceExpired, Codes(register));
        Assert.Equal(RiskEvaluation.NeedsTreatment, register.Risks[0].Score.Evaluation);
        Assert.Contains(RiskFindingCodes.RetainedAboveAppetiteWithoutAcceptance, Codes(register));
    }

    [Fact]
    public void An_acceptance_without_expiry_is_reported_as_ISMS_RISK_105()
    {
        var register = Score(Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Retain, Acceptance = Acceptance(A(4, 4)) });

        Assert.Contains(RiskFindingCodes.AcceptanceWithoutExpiry, Codes(register));
        Assert.Equal(RiskEvaluation.Accepted, register.Risks[0].Score.Evaluation);
        Assert.DoesNotContain(RiskFindingCodes.RetainedAboveAppetiteWithoutAcceptance, Codes(register));
    }

    [Fact]
    public void An_acceptance_by_someone_other_than_the_owner_is_an_error_when_scoring_and_ISMS_RISK_107_when_checking()
    {
        var risk = Scenario("R1", 4, 4) with { Acceptance = Acceptance(A(4, 4), by: Bob, expires: Today.PlusYears(1)) };

        Assert.Equal(RiskErrorCodes.AcceptanceNotByOwner, Assert.Throws<RiskScoringException>(() => Score(risk)).Code);
        var findings = RegisterScorer.Check(RiskRegister.Of([risk]), [], Criteria, Today);
        Assert.Contains(findings, f => f.Code == RiskFindingCodes.AcceptanceNotByOwner && f.Severity == FindingSeverity.Error && f.RiskId == risk.Id);
    }

    [Fact]
    public void An_acceptance_of_another_assessment_is_reported_as_ISMS_RISK_108()
    {
        Assert.Contains(RiskFindingCodes.AcceptanceDoesNotMatch, Codes(Score(Scenario("R1", 4, 4) with { Acceptance = Acceptance(A(3, 4), expires: Today.PlusYears(1)) })));
    }

    [Fact]
    public void Avoid_with_a_residual_left_is_reported_as_ISMS_RISK_110()
    {
        Assert.Contains(RiskFindingCodes.AvoidedRiskHasResidual, Codes(Score(Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Avoid })));
        Assert.DoesNotContain(RiskFindingCodes.AvoidedRiskHasResidual, Codes(Score(Scenario("R1", 4, 4) with { Treatment = TreatmentOption.Avoid, Residual = A(1, 1) })));
    }

    [Fact]
    public void Modify_without_controls_is_reported_as_ISMS_RISK_111()
    {
        Assert.Contains(RiskFindingCodes.ModifyWithoutControls, Codes(Score(Scenario("R1"))));
    }

    [Fact]
    public void A_residual_above_appetite_not_accepted_is_reported_as_ISMS_RISK_112()
    {
        Assert.Contains(RiskFindingCodes.ResidualAboveAppetiteNotAccepted, Codes(Score(Scenario("R1", 5, 5))));
        Assert.DoesNotContain(RiskFindingCodes.ResidualAboveAppetiteNotAccepted, Codes(Score(Scenario("R1", 1, 2))));
    }

    [Fact]
    public void An_acceptance_dated_in_the_future_is_reported_as_ISMS_RISK_113()
    {
        Assert.Contains(RiskFindingCodes.AcceptanceNotYetValid, Codes(Score(Scenario("R1") with { Acceptance = Acceptance(A(4, 4), on: Today.PlusDays(3), expires: Today.PlusYears(1)) })));
    }

    [Fact]
    public void Check_never_throws_and_reports_unscorable_risks_as_errors_while_checking_the_others()
    {
        var bad = Scenario("R1", 9, 4);
        var good = Scenario("R2", 4, 4);

        var findings = RegisterScorer.Check(RiskRegister.Of([bad, good]), [], Criteria, Today);

        Assert.Contains(findings, f => f.RiskId.Value == "R1" && f.Code == RiskErrorCodes.LikelihoodOutsideScale && f.Severity == FindingSeverity.Error);
        Assert.Contains(findings, f => f.RiskId.Value == "R2" && f.Code == RiskFindingCodes.ModifyWithoutControls);
    }

    [Fact]
    public void Scoring_a_register_with_a_bad_risk_scores_nothing_and_names_the_risk_and_field()
    {
        var ex = Assert.Throws<RiskScoringException>(() => Score(Scenario("R1"), Scenario("R2", 4, 6)));

        Assert.Equal("R2", ex.RiskId);
        Assert.Equal("Inherent.Consequence", ex.Field);
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
    public void Each_scored_risk_explains_its_cells_and_reductions()
    {
        var scored = Score([Scenario("R1", 5, 4) with { AppliedControls = [new("AC1")] }], [Control("AC1", 2, 1)]).Risks.Single();

        Assert.Contains(scored.Score.Explanation, l => l.StartsWith("Inherent: likelihood 5 (Almost certain) x consequence 4 (Major)", StringComparison.Ordinal));
        Assert.Contains(scored.Score.Explanation, l => l.Contains("Control AC1: declared effect -2 likelihood, -1 consequence", StringComparison.Ordinal));
        Assert.Contains(scored.Score.Explanation, l => l.StartsWith("Residual: derived", StringComparison.Ordinal));
        Assert.Contains(scored.Score.Explanation, l => l.StartsWith("Evaluation:", StringComparison.Ordinal));
    }
}
