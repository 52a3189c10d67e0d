using Isms.Risk.Scoring;

namespace Isms.Risk.Tests.Scoring;

/// <summary>
/// The kernel's packed input: every value it is given comes back from the member that names it, the whole 0 to 255
/// range is kept, and anything outside it is refused with the parameter's name (a batch caller learns which column
/// of its table is wrong).
/// </summary>
public sealed class RiskInputTests
{
    [Fact]
    public void Every_value_comes_back_from_its_own_member()
    {
        var input = new RiskInput(1, 2, 3, 4, 5, 6, 7, 8, AcceptanceState.Expired, 9, 10, acceptedByOwner: false);

        Assert.Equal(
            (1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
            (input.InherentLikelihood.Value, input.InherentConsequence.Value, input.CurrentLikelihood.Value, input.CurrentConsequence.Value,
             input.ResidualLikelihood.Value, input.ResidualConsequence.Value, input.LikelihoodReduction, input.ConsequenceReduction,
             input.AcceptedLikelihood.Value, input.AcceptedConsequence.Value));
        Assert.Equal((AcceptanceState.Expired, false), (input.Acceptance, input.AcceptedByOwner));
    }

    [Theory]
    [InlineData(AcceptanceState.None, true)]
    [InlineData(AcceptanceState.InForce, true)]
    [InlineData(AcceptanceState.InForce, false)]
    [InlineData(AcceptanceState.Expired, true)]
    [InlineData(AcceptanceState.NotYetValid, false)]
    [InlineData(AcceptanceState.NotYetValid, true)]
    public void The_acceptance_state_and_who_gave_it_are_kept_apart(AcceptanceState state, bool byOwner)
    {
        var input = new RiskInput(3, 3, acceptance: state, acceptedLikelihood: 3, acceptedConsequence: 3, acceptedByOwner: byOwner);

        Assert.Equal((state, byOwner), (input.Acceptance, input.AcceptedByOwner));
    }

    [Fact]
    public void The_whole_byte_range_is_kept()
    {
        var zero = new RiskInput(0, 0);
        var top = new RiskInput(255, 255, 255, 255, 255, 255, 255, 255, AcceptanceState.None, 255, 255);

        Assert.Equal((0, 0, 0, 0), (zero.InherentLikelihood.Value, zero.CurrentLikelihood.Value, zero.ResidualConsequence.Value, zero.LikelihoodReduction));
        Assert.Equal(
            (255, 255, 255, 255, 255, 255, 255, 255, 255, 255),
            (top.InherentLikelihood.Value, top.InherentConsequence.Value, top.CurrentLikelihood.Value, top.CurrentConsequence.Value,
             top.ResidualLikelihood.Value, top.ResidualConsequence.Value, top.LikelihoodReduction, top.ConsequenceReduction,
             top.AcceptedLikelihood.Value, top.AcceptedConsequence.Value));
    }

    public static TheoryData<string, int> OutOfRange()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "inherentLikelihood", "inherentConsequence", "currentLikelihood", "currentConsequence", "residualLikelihood", "residualConsequence", "likelihoodReduction", "consequenceReduction", "acceptedLikelihood", "acceptedConsequence" })
        {
            data.Add(name, -1);
            data.Add(name, 256);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_value_outside_0_to_255_is_refused_naming_its_parameter(string parameter, int value)
    {
        int V(string name) => name == parameter ? value : 1;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RiskInput(
            V("inherentLikelihood"), V("inherentConsequence"), V("currentLikelihood"), V("currentConsequence"), V("residualLikelihood"), V("residualConsequence"),
            V("likelihoodReduction"), V("consequenceReduction"), AcceptanceState.InForce, V("acceptedLikelihood"), V("acceptedConsequence")));

        Assert.Equal((parameter, (object)value), (error.ParamName, error.ActualValue));
    }

    [Fact]
    public void An_undefined_acceptance_state_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RiskInput(3, 3, acceptance: (AcceptanceState)4));

        Assert.Equal("acceptance", error.ParamName);
    }
}
