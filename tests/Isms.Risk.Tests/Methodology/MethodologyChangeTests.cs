using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using Isms.Risk.Presets;
using static Isms.Risk.Tests.Scoring.Registers;

namespace Isms.Risk.Tests.Methodology;

public sealed class MethodologyChangeTests
{
    [Fact]
    public void A_proportional_correspondence_maps_lowest_to_lowest_and_highest_to_highest()
    {
        var map = LevelCorrespondence.Proportional(RiskMatrixPresets.Common3x3(), RiskMatrixPresets.Common5x5());

        Assert.Equal([1, 3, 5], map.Likelihood);
        Assert.Equal([1, 3, 5], map.Consequence);
    }

    [Fact]
    public void A_correspondence_by_name_needs_every_old_name_on_the_new_scale()
    {
        var ex = Assert.Throws<IsmsException>(() => LevelCorrespondence.ByName(RiskMatrixPresets.Common3x3(), RiskMatrixPresets.Common5x5()));

        Assert.Equal(RiskErrorCodes.MissingCorrespondence, ex.Code);
        Assert.Equal(("LevelCorrespondence", "Likelihood[1]", "Low"), (ex.EntityKind, ex.Member, ex.Value));
        Assert.Equal([1, 2, 3, 4, 5], LevelCorrespondence.ByName(RiskMatrixPresets.Common5x5(), RiskMatrixPresets.Common5x5()).Likelihood);
    }

    [Fact]
    public void A_declared_correspondence_must_cover_every_old_level_with_a_new_one()
    {
        var from = RiskMatrixPresets.Common3x3();
        var to = RiskMatrixPresets.Common5x5();

        Assert.Equal(RiskErrorCodes.MissingCorrespondence, Assert.Throws<IsmsException>(() => new LevelCorrespondence(from, to, new Dictionary<int, int> { [1] = 1, [2] = 3 }, new Dictionary<int, int> { [1] = 1, [2] = 3, [3] = 5 })).Code);
        Assert.Equal(RiskErrorCodes.MissingCorrespondence, Assert.Throws<IsmsException>(() => new LevelCorrespondence(from, to, new Dictionary<int, int> { [1] = 1, [2] = 3, [3] = 6 }, new Dictionary<int, int> { [1] = 1, [2] = 3, [3] = 5 })).Code);
    }

    [Fact]
    public void Restating_a_register_keeps_the_old_one_and_reports_the_differences_per_risk()
    {
        var from = RiskMatrixPresets.Common3x3(acceptanceLevel: 1);
        var to = RiskMatrixPresets.NistSp80030Rev1(acceptanceLevel: 2);
        var register = RiskRegister.Of([Scenario("R1", 3, 3), Scenario("R2", 2, 2), Scenario("R3", 1, 3)]);
        var map = LevelCorrespondence.Proportional(from, to);

        var change = MethodologyChange.Restate(register, [], map, Today);

        Assert.Equal(3, change.Risks.Length);
        Assert.Equal(3, register[0].Inherent.Likelihood.Value);
        Assert.Equal(5, change.Restated[0].Inherent.Likelihood.Value);
        Assert.Equal("High", change.Before.Risks[0].Score.Current.LevelName);
        Assert.Equal("Very High", change.After.Risks[0].Score.Current.LevelName);
        Assert.Contains(change.Changed, r => r.RiskId.Value == "R1");
        Assert.Contains("High -> Very High", change.Risks[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Acceptances_and_per_criterion_consequences_are_restated_too()
    {
        var from = RiskMatrixPresets.Common3x3();
        var to = RiskMatrixPresets.Common5x5();
        var perCriterion = RiskAssessment.PerCriterion(new LikelihoodLevel(2), [new(ConsequenceCriterion.Availability, new ConsequenceLevel(3))], Today);
        var risk = Scenario("R1", 3, 3) with { Current = perCriterion, Acceptance = Acceptance(perCriterion, expires: Today.PlusYears(1)) };

        var change = MethodologyChange.Restate(RiskRegister.Of([risk]), [], LevelCorrespondence.Proportional(from, to), Today);

        var restated = change.Restated[0];
        Assert.Equal(5, restated.Current!.ByCriterion[0].Level.Value);
        Assert.Equal(3, restated.Acceptance!.AcceptedAssessment.Likelihood.Value);
        Assert.Equal(restated.Current.Likelihood, restated.Acceptance.AcceptedAssessment.Likelihood);
        Assert.Equal(restated.Current.ByCriterion, restated.Acceptance.AcceptedAssessment.ByCriterion);
    }

    [Fact]
    public void A_register_with_levels_off_the_old_scales_is_not_restated_and_every_such_level_is_named()
    {
        var from = RiskMatrixPresets.Common3x3();
        var register = RiskRegister.Of([Scenario("R1", 3, 3), Scenario("R2", 4, 3), Scenario("R3", 2, 2) with { Current = A(2, 5) }]);

        var ex = Assert.Throws<RiskScoringException>(() => MethodologyChange.Restate(register, [], LevelCorrespondence.Proportional(from, RiskMatrixPresets.Common5x5()), Today));

        Assert.Equal([("R2", "Inherent.Likelihood"), ("R3", "Current.Consequence")], ex.Errors.Select(e => (e.EntityId, e.Member)));
        Assert.All(ex.Errors, e => Assert.Equal(IsmsErrorCodes.AssessmentOutsideScale, e.Code));
    }

    [Fact]
    public void Mapping_a_level_off_the_old_scale_names_the_member_and_value()
    {
        var map = LevelCorrespondence.Proportional(RiskMatrixPresets.Common3x3(), RiskMatrixPresets.Common5x5());

        var ex = Assert.Throws<IsmsException>(() => map.Map(new LikelihoodLevel(4)));

        Assert.Equal((IsmsErrorCodes.AssessmentOutsideScale, "LevelCorrespondence", "Likelihood", "4"), (ex.Code, ex.EntityKind, ex.Member, ex.Value));
    }
}
