using Isms.Core;
using Isms.Core.Controls;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;
using static Isms.Risk.Tests.Scoring.Registers;

namespace Isms.Risk.Tests.Methodology;

/// <summary>Which entry a correspondence or formula error names, what counts as a changed restatement, and null arguments.</summary>
public sealed class CorrespondenceAndFormulaTests
{
    private static Dictionary<int, int> Map(params int[] targets) =>
        targets.Select((t, i) => (Old: i + 1, New: t)).Where(x => x.New != 0).ToDictionary(x => x.Old, x => x.New);

    [Fact]
    public void An_old_level_without_a_new_one_names_its_entry_and_no_target()
    {
        var from = RiskMatrixPresets.Common3x3();
        var to = RiskMatrixPresets.Common5x5();

        var likelihood = Assert.Throws<IsmsException>(() => new LevelCorrespondence(from, to, Map(1, 3, 0), Map(1, 3, 5)));
        var consequence = Assert.Throws<IsmsException>(() => new LevelCorrespondence(from, to, Map(1, 3, 5), Map(1, 0, 5)));
        var offScale = Assert.Throws<IsmsException>(() => new LevelCorrespondence(from, to, Map(1, 3, 5), Map(1, 3, 6)));

        Assert.Equal((RiskErrorCodes.MissingCorrespondence, "Likelihood[3]", (string?)null), (likelihood.Code, likelihood.Member, likelihood.Value));
        Assert.Equal((RiskErrorCodes.MissingCorrespondence, "Consequence[2]", (string?)null), (consequence.Code, consequence.Member, consequence.Value));
        Assert.Equal((RiskErrorCodes.MissingCorrespondence, "Consequence[3]", "6"), (offScale.Code, offScale.Member, offScale.Value));
    }

    [Fact]
    public void A_correspondence_by_name_names_the_consequence_level_it_cannot_find()
    {
        // The likelihood names are the 5x5's own; the consequence names are the 3x3's (Low, Medium, High), not on the 5x5.
        var common3x3 = RiskMatrixPresets.Common3x3().Matrix;
        var cells = Enumerable.Range(0, 5).Select(_ => (IReadOnlyList<int>)[1, 2, 3]).ToList();
        var from = new RiskCriteria("Mixed", new RiskMatrix(RiskMatrixPresets.Common5x5().Matrix.Likelihood, common3x3.Consequence, common3x3.Levels, cells), new RiskLevel(1));

        var ex = Assert.Throws<IsmsException>(() => LevelCorrespondence.ByName(from, RiskMatrixPresets.Common5x5()));

        Assert.Equal((RiskErrorCodes.MissingCorrespondence, "Consequence[1]", "Low"), (ex.Code, ex.Member, ex.Value));
    }

    [Fact]
    public void Mapping_a_consequence_off_the_old_scale_is_an_error()
    {
        var map = LevelCorrespondence.Proportional(RiskMatrixPresets.Common3x3(), RiskMatrixPresets.Common5x5());

        var ex = Assert.Throws<IsmsException>(() => map.Map(new ConsequenceLevel(4)));

        Assert.Equal((IsmsErrorCodes.AssessmentOutsideScale, "Consequence", "4"), (ex.Code, ex.Member, ex.Value));
        Assert.Equal(5, map.Map(new ConsequenceLevel(3)).Value);
    }

    [Fact]
    public void A_restated_risk_changed_when_its_residual_level_or_its_evaluation_changed_even_if_the_current_did_not()
    {
        var criteria = RiskMatrixPresets.Common5x5(acceptanceLevel: 2);
        ScoredRisk Scored(RiskScenario risk, params AppliedControl[] controls) => RegisterScorer.Score(RiskRegister.Of([risk]), controls, criteria, Today).Risks.Single();
        var plain = Scored(Scenario("R1", 4, 4));
        var treated = Scored(Scenario("R1", 4, 4) with { PlannedControls = [new("AC1")] }, Control("AC1", 2, 0, ControlStatus.Planned));
        var accepted = Scored(Scenario("R1", 4, 4) with { Acceptance = Acceptance(A(4, 4)) });

        Assert.Equal(plain.Score.Current.LevelName, treated.Score.Current.LevelName);
        Assert.NotEqual(plain.Score.Residual.LevelName, treated.Score.Residual.LevelName);
        Assert.True(new RiskRestatement(plain.Id, plain, treated).Changed);
        Assert.Equal((plain.Score.Current.LevelName, plain.Score.Residual.LevelName), (accepted.Score.Current.LevelName, accepted.Score.Residual.LevelName));
        Assert.True(new RiskRestatement(plain.Id, plain, accepted).Changed);
        Assert.False(new RiskRestatement(plain.Id, plain, Scored(Scenario("R1", 4, 4))).Changed);
    }

    [Fact]
    public void A_formula_that_gives_a_non_finite_score_is_rejected_naming_the_cell()
    {
        var scales = RiskMatrixPresets.Common3x3().Matrix;

        var ex = Assert.Throws<IsmsException>(() => FormulaMatrix.Build(new Infinite(), scales.Likelihood, scales.Consequence, scales.Levels, [2, 4]));
        var count = Assert.Throws<IsmsException>(() => FormulaMatrix.Build(FormulaMethod.LikelihoodTimesImpact, scales.Likelihood, scales.Consequence, scales.Levels, [2]));

        Assert.Equal((RiskErrorCodes.InvalidMatrix, "Scores[5]"), (ex.Code, ex.Member)); // likelihood 2 x consequence 3
        Assert.Equal((RiskErrorCodes.InvalidMatrix, "Thresholds", "1"), (count.Code, count.Member, count.Value));
    }

    [Fact]
    public void Null_arguments_are_argument_errors()
    {
        var from = RiskMatrixPresets.Common3x3();
        var map = LevelCorrespondence.Proportional(from, from);
        IReadOnlyDictionary<int, int> identity = Map(1, 2, 3);

        Assert.Throws<ArgumentNullException>(() => new LevelCorrespondence(null!, from, identity, identity));
        Assert.Throws<ArgumentNullException>(() => new LevelCorrespondence(from, null!, identity, identity));
        Assert.Throws<ArgumentNullException>(() => new LevelCorrespondence(from, from, null!, identity));
        Assert.Throws<ArgumentNullException>(() => new LevelCorrespondence(from, from, identity, null!));
        Assert.Throws<ArgumentNullException>(() => LevelCorrespondence.ByName(null!, from));
        Assert.Throws<ArgumentNullException>(() => LevelCorrespondence.ByName(from, null!));
        Assert.Throws<ArgumentNullException>(() => LevelCorrespondence.Proportional(null!, from));
        Assert.Throws<ArgumentNullException>(() => LevelCorrespondence.Proportional(from, null!));
        Assert.Throws<ArgumentNullException>(() => map.Map((RiskAssessment)null!));
        Assert.Throws<ArgumentNullException>(() => MethodologyChange.Restate(null!, [], map, Today));
        Assert.Equal("controls", Assert.Throws<ArgumentNullException>(() => MethodologyChange.Restate(RiskRegister.Of([]), null!, map, Today)).ParamName);
        Assert.Throws<ArgumentNullException>(() => MethodologyChange.Restate(RiskRegister.Of([]), [], null!, Today));
    }

    /// <summary>A method whose score of the cell likelihood 2 x consequence 3 is infinite.</summary>
    private sealed class Infinite : IRiskScoringMethod
    {
        public string Name => "Infinite";

        public double Score(int likelihood, int consequence, int likelihoodLevels, int consequenceLevels) =>
            likelihood == 2 && consequence == 3 ? double.PositiveInfinity : likelihood * consequence;
    }
}
