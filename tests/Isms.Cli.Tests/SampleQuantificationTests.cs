using Isms.Cli.SampleData;
using Isms.Risk.Quantitative;
using NodaTime;

namespace Isms.Cli.Tests;

/// <summary>The sample organisation's register carries the quantitative models the demo and `isms simulate` use.</summary>
public sealed class SampleQuantificationTests
{
    [Fact]
    public void Every_sample_scenario_is_attached_to_the_sample_risk_with_the_same_id()
    {
        var isms = SampleOrganisation.Create(new LocalDate(2026, 11, 28));
        var set = SampleQuantitativeScenarios.Create();

        foreach (var scenario in set.Scenarios)
        {
            var risk = isms.Risks[new Core.RiskId(scenario.Id.Value)];
            Assert.Equal(scenario, risk.QuantitativeModel);
        }

        Assert.Equal(set.Scenarios.Length, isms.Risks.Count(r => r.QuantitativeModel is not null));
    }

    [Fact]
    public void The_sample_register_is_summarised_in_money()
    {
        var isms = SampleOrganisation.Create(new LocalDate(2026, 11, 28));

        var quantified = RegisterQuantification.Simulate(isms.Risks, new SimulationOptions { Iterations = 5_000, Seed = 1 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(6, quantified.Risks.Length);
        Assert.True(quantified.Portfolio.Mean > 0);
    }
}
