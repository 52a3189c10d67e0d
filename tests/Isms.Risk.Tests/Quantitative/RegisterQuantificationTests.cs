using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;
using Isms.Risk.Tests.Scoring;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>The link between the ISMS risk register and the quantitative engine: the register summarised in money.</summary>
public sealed class RegisterQuantificationTests
{
    private static FairScenario Model(string id, double rate, double low, double high) =>
        FairScenario.FromAnnualRate(new FairScenarioId(id), "Model of " + id, rate, low, high);

    private static RiskRegister Register() => RiskRegister.Of(
    [
        Registers.Scenario("R-1") with { QuantitativeModel = Model("R-1", 0.5, 10_000, 200_000) },
        Registers.Scenario("R-2"),
        Registers.Scenario("R-3") with { QuantitativeModel = Model("R-3", 2, 1_000, 20_000) },
    ]);

    [Fact]
    public void Only_risks_carrying_a_model_become_scenarios_in_register_order()
    {
        var set = RegisterQuantification.ToScenarioSet(Register());

        Assert.Equal(["R-1", "R-3"], set.Scenarios.Select(s => s.Id.Value));
    }

    [Fact]
    public void Each_quantified_risk_gets_its_own_loss_and_the_portfolio_sums_them_per_year()
    {
        var register = Register();
        var quantified = RegisterQuantification.Simulate(register, new SimulationOptions { Iterations = 20_000, Seed = 7 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["R-1", "R-3"], quantified.Risks.Select(r => r.Risk.Id.Value));
        Assert.All(quantified.Risks, r => Assert.Equal(r.Risk.QuantitativeModel!.Id, r.Loss.Id));
        var sumOfMeans = quantified.Risks.Sum(r => r.Loss.Mean);
        Assert.Equal(sumOfMeans, quantified.Portfolio.Mean, sumOfMeans * 1e-9);
        Assert.True(quantified.Risks[0].Loss.Mean > 0 && quantified.Risks[1].Loss.Mean > 0);
    }

    [Fact]
    public void A_register_without_any_model_is_refused_with_a_stable_code()
    {
        var register = RiskRegister.Of([Registers.Scenario("R-1")]);

        var error = Assert.Throws<IsmsException>(() => RegisterQuantification.ToScenarioSet(register));

        Assert.Equal(FairErrorCodes.NoQuantifiedRisk, error.Code);
    }

    [Fact]
    public void A_risk_with_an_equal_model_read_back_equals_the_original()
    {
        var a = Registers.Scenario("R-1") with { QuantitativeModel = Model("R-1", 0.5, 10_000, 200_000) };
        var b = Registers.Scenario("R-1") with { QuantitativeModel = Model("R-1", 0.5, 10_000, 200_000) };
        var c = Registers.Scenario("R-1") with { QuantitativeModel = Model("R-1", 0.6, 10_000, 200_000) };

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Property(MaxTest = 50)]
    public Property Fair_scenarios_are_equal_exactly_when_their_estimates_are() =>
        Prop.ForAll(
            Gen.Choose(1, 1000).Select(i => i / 100.0).ToArbitrary(),
            Gen.Choose(1, 1000).Select(i => i / 100.0).ToArbitrary(),
            (rateA, rateB) =>
                Model("S", rateA, 1_000, 50_000).Equals(Model("S", rateB, 1_000, 50_000)) == (rateA == rateB));
}
