using Isms.Core;
using Isms.Core.Controls;
using Isms.Core.RiskManagement;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;
using static Isms.Risk.Tests.Scoring.Registers;

namespace Isms.Risk.Tests.Scoring;

/// <summary>Finding a risk, the order of the top risks among equal levels, the scoring input of a risk, and null arguments.</summary>
public sealed class RegisterViewTests
{
    private static ScoredRegister Score(params RiskScenario[] risks) =>
        RegisterScorer.Score(RiskRegister.Of(risks), [], RiskMatrixPresets.Common5x5(acceptanceLevel: 2), Today);

    [Fact]
    public void Find_returns_the_scored_risk_of_an_id_or_null()
    {
        var register = Score(Scenario("R1", 2, 2), Scenario("R2", 5, 5));

        Assert.Equal(5, register.Find(new RiskId("R2"))!.Score.Inherent.Likelihood.Value);
        Assert.Equal("R1", register.Find(new RiskId("R1"))!.Id.Value);
        Assert.Null(register.Find(new RiskId("R3")));
    }

    [Fact]
    public void Top_risks_of_one_level_rank_by_consequence_then_likelihood_then_id()
    {
        // All High on the 5x5 (L x C from 10 to 19).
        var register = Score(Scenario("R9", 2, 5), Scenario("RB", 5, 2), Scenario("R10", 2, 5), Scenario("RA", 3, 5), Scenario("RC", 3, 4));

        Assert.Equal(["RA", "R10", "R9", "RC", "RB"], register.Top(5).Select(r => r.Id.Value));
        Assert.All(register.Risks, r => Assert.Equal(3, r.Score.Current.Level.Value));
    }

    [Fact]
    public void The_scoring_input_of_a_risk_counts_its_controls_and_rejects_links_to_missing_ones()
    {
        var controls = new Dictionary<AppliedControlId, AppliedControl> { [new("AC1")] = Control("AC1", 2, 0) };
        var risk = Scenario("R1", 4, 4) with { AppliedControls = [new("AC1")] };

        var input = RegisterScorer.ToInput(risk, controls);
        var ex = Assert.Throws<RiskScoringException>(() => RegisterScorer.ToInput(risk with { PlannedControls = [new("AC9")] }, controls));

        Assert.Equal(("R1", "alice", 2), (input.RiskId, input.Owner, Assert.Single(input.Controls).LikelihoodLevels));
        var error = Assert.Single(ex.Errors);
        Assert.Equal((IsmsErrorCodes.DanglingReference, "PlannedControls[0]", "AC9"), (error.Code, error.Member, error.Value));
    }

    [Fact]
    public void Null_arguments_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => RegisterScorer.Score(null!, Today));
        Assert.Throws<ArgumentNullException>(() => new RiskEvaluationRule().Evaluate(null!).ToList());
        Assert.False(string.IsNullOrWhiteSpace(new RiskEvaluationRule().Name));
    }
}
