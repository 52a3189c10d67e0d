using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>The engine agrees with closed forms, within Monte Carlo error (4 standard errors unless stated).</summary>
public sealed class ClosedFormTests
{
    private static readonly FairScenarioId Id = new("S");

    private static SimulationResult Run(FairScenario scenario, SimulationMode mode, int iterations = 100_000, ulong seed = 42) =>
        FairSimulator.Shared.SimulateScenario(scenario, new SimulationOptions { Iterations = iterations, Seed = seed, Mode = mode, KeepScenarioSamples = true });

    private static FairScenario Scenario(Distribution lef, Distribution lm) =>
        new(Id, "Test", [new(FairNode.LossEventFrequency, lef), new(FairNode.LossMagnitude, lm)]);

    private static void Near(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected} +/- {tolerance}, got {actual}");

    [Fact]
    public void A_90_percent_interval_gives_mu_and_sigma_from_the_log_bounds()
    {
        var d = LognormalDistribution.FromInterval90(100_000, 1_000_000);

        Near((Math.Log(100_000) + Math.Log(1_000_000)) / 2, d.Mu, 1e-12, "mu");
        Near((Math.Log(1_000_000) - Math.Log(100_000)) / (2 * 1.6448536269514722), d.Sigma, 1e-12, "sigma");
    }

    [Fact]
    public void Lognormal_sample_mean_matches_exp_mu_plus_half_sigma_squared()
    {
        var lm = LognormalDistribution.FromInterval90(1_000, 50_000);
        var result = Run(Scenario(new ConstantDistribution(1), lm), SimulationMode.ExpectedLoss);
        var mean = Math.Exp(lm.Mu + (lm.Sigma * lm.Sigma / 2));

        Near(mean, lm.Mean, 1e-9 * mean, "closed form");
        Near(mean, result.Portfolio.Mean, 4 * result.Portfolio.StandardError, "sample mean");
    }

    [Fact]
    public void Lognormal_percentiles_match_the_interval_within_Monte_Carlo_error()
    {
        var result = Run(Scenario(new ConstantDistribution(1), LognormalDistribution.FromInterval90(1_000, 50_000)), SimulationMode.ExpectedLoss);

        Near(1_000, result.Portfolio.Percentile(0.05), 1_000 * 0.02, "P5");
        Near(50_000, result.Portfolio.Percentile(0.95), 50_000 * 0.02, "P95");
        Near(Math.Sqrt(1_000.0 * 50_000), result.Portfolio.Percentile(0.5), Math.Sqrt(1_000.0 * 50_000) * 0.02, "P50");
    }

    [Theory]
    [InlineData(0, 10, 100)]
    [InlineData(100, 100, 1000)]
    [InlineData(5, 9, 10)]
    [InlineData(1000, 1500, 90_000)]
    public void Pert_sample_mean_matches_low_plus_four_mode_plus_high_over_six(double low, double mode, double high)
    {
        var pert = new PertDistribution(low, mode, high);
        var result = Run(Scenario(new ConstantDistribution(1), pert), SimulationMode.ExpectedLoss);
        var expected = (low + (4 * mode) + high) / 6;

        Near(expected, pert.Mean, 1e-9 * Math.Max(1, expected), "closed form");
        Near(expected, result.Portfolio.Mean, 4 * result.Portfolio.StandardError, "sample mean");
    }

    [Fact]
    public void Textbook_pert_has_the_textbook_shape_parameters()
    {
        var pert = new PertDistribution(10, 20, 60);

        Assert.Equal(1 + (4.0 * 10 / 50), pert.Alpha, 12);
        Assert.Equal(1 + (4.0 * 40 / 50), pert.Beta, 12);
    }

    [Fact]
    public void Moment_matched_pert_has_standard_deviation_a_sixth_of_the_range()
    {
        var pert = new PertDistribution(0, 30, 120, variant: PertVariant.MomentMatched);
        var result = Run(Scenario(new ConstantDistribution(1), pert), SimulationMode.ExpectedLoss);

        Near(120.0 / 6, result.Portfolio.StandardDeviation, 0.3, "sd");
        Near((0 + (4 * 30.0) + 120) / 6, result.Portfolio.Mean, 4 * result.Portfolio.StandardError, "mean");
    }

    [Fact]
    public void Compound_poisson_mean_is_rate_times_mean_loss_about_40400_for_the_textbook_example()
    {
        var scenario = FairScenario.FromAnnualRate(Id, "Breach", 0.1, 100_000, 1_000_000);
        var result = Run(scenario, SimulationMode.AnnualLoss, 400_000);
        var expected = 0.1 * LognormalDistribution.FromInterval90(100_000, 1_000_000).Mean;

        Near(40_400, expected, 100, "closed form");
        Near(expected, result.Portfolio.Mean, 4 * result.Portfolio.StandardError, "annual-loss mean");
        Near(1 - Math.Exp(-0.1), result.Portfolio.ProbabilityOfLoss, 0.002, "P(loss > 0)");
    }

    [Fact]
    public void Expected_loss_mode_has_the_same_mean_as_annual_loss_mode()
    {
        var scenario = FairScenario.FromAnnualRate(Id, "Breach", 0.5, 10_000, 200_000);
        var annual = Run(scenario, SimulationMode.AnnualLoss, 400_000);
        var expected = Run(scenario, SimulationMode.ExpectedLoss, 400_000);

        Near(annual.Portfolio.Mean, expected.Portfolio.Mean, 4 * Math.Sqrt(Math.Pow(annual.Portfolio.StandardError, 2) + Math.Pow(expected.Portfolio.StandardError, 2)), "means");
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(4)]
    [InlineData(25)]
    [InlineData(400)]
    public void Poisson_counts_have_mean_and_variance_equal_to_the_rate(double rate)
    {
        var result = Run(Scenario(new ConstantDistribution(rate), new ConstantDistribution(1)), SimulationMode.AnnualLoss, 200_000);

        Near(rate, result.Portfolio.Mean, 5 * Math.Sqrt(rate / 200_000), "mean");
        Near(rate, Math.Pow(result.Portfolio.StandardDeviation, 2), rate * 0.03, "variance");
    }

    [Fact]
    public void Triangular_uniform_and_truncated_normal_means_match_closed_forms()
    {
        foreach (var d in new Distribution[] { new TriangularDistribution(10, 20, 90), new UniformDistribution(5, 15), new NormalDistribution(100, 40), new NormalDistribution(10, 30) })
        {
            var result = Run(Scenario(new ConstantDistribution(1), d), SimulationMode.ExpectedLoss);
            var expected = d is NormalDistribution n ? n.MeanWithin(0, double.PositiveInfinity) : d.Mean;
            Near(expected, result.Portfolio.Mean, 4 * result.Portfolio.StandardError, d.Describe());
            Assert.True(result.Portfolio.Minimum >= 0, $"{d.Describe()} is truncated at 0 as a loss");
        }
    }

    [Fact]
    public void Derived_lef_is_tef_times_vulnerability_and_lm_adds_secondary_loss()
    {
        var scenario = new FairScenario(Id, "Derived",
        [
            new(FairNode.ContactFrequency, new PertDistribution(2, 4, 10)),
            new(FairNode.ProbabilityOfAction, new UniformDistribution(0.2, 0.6)),
            new(FairNode.Vulnerability, new PertDistribution(0.1, 0.3, 0.5)),
            new(FairNode.PrimaryLoss, new TriangularDistribution(1_000, 2_000, 6_000)),
            new(FairNode.SecondaryLossEventFrequency, new ConstantDistribution(0.25)),
            new(FairNode.SecondaryLossEventMagnitude, new UniformDistribution(10_000, 30_000)),
        ]);
        var lef = (2 + 16 + 10) / 6.0 * 0.4 * 0.3;
        var lm = 3_000 + (0.25 * 20_000);

        foreach (var mode in new[] { SimulationMode.AnnualLoss, SimulationMode.ExpectedLoss })
        {
            var result = Run(scenario, mode, 400_000);
            Near(lef * lm, result.Portfolio.Mean, 4 * result.Portfolio.StandardError, mode.ToString());
        }
    }

    [Fact]
    public void Vulnerability_from_threat_capability_and_resistance_strength_is_their_exceedance_probability()
    {
        var scenario = new FairScenario(Id, "TCap vs RS",
        [
            new(FairNode.ThreatEventFrequency, new ConstantDistribution(1)),
            new(FairNode.ThreatCapability, new UniformDistribution(0, 100)),
            new(FairNode.ResistanceStrength, new ConstantDistribution(70)),
            new(FairNode.LossMagnitude, new ConstantDistribution(1_000)),
        ]);
        var result = Run(scenario, SimulationMode.ExpectedLoss);

        Near(0.3 * 1_000, result.Portfolio.Mean, 4 * result.Portfolio.StandardError, "mean");
    }

    [Fact]
    public void Value_at_risk_and_expected_shortfall_follow_from_the_sorted_sample()
    {
        var result = Run(FairScenario.FromAnnualRate(Id, "X", 2, 1_000, 100_000), SimulationMode.AnnualLoss, 100_000);
        var sorted = result.Portfolio.SortedSample.ToArray();
        var worst = sorted[^1_000..].Average();

        Assert.Equal(result.Portfolio.Percentile(0.99), result.Portfolio.ValueAtRisk(0.99));
        Assert.Equal(worst, result.Portfolio.ExpectedShortfall(0.99), 6);
        Assert.True(result.Portfolio.ExpectedShortfall(0.99) >= result.Portfolio.ValueAtRisk(0.99));
        Assert.Equal(sorted.Count(x => x > 50_000) / 100_000.0, result.Portfolio.ProbabilityOfExceeding(50_000));
    }

    [Fact]
    public void Standard_normal_quantile_of_95_percent_is_1_6448536()
    {
        Assert.Equal(1.6448536269514722, StandardNormal.Quantile(0.95), 8);
        Assert.Equal(-2.3263478740408408, StandardNormal.Quantile(0.01), 8);
        Assert.Equal(0.975, StandardNormal.Cdf(1.959963984540054), 6);
    }

    [Fact]
    public void Lognormal_from_two_quantiles_passes_through_both()
    {
        var d = LognormalDistribution.FromQuantiles(0.1, 2_000, 0.99, 400_000);
        var z10 = StandardNormal.Quantile(0.1);
        var z99 = StandardNormal.Quantile(0.99);

        Assert.Equal(2_000, Math.Exp(d.Mu + (d.Sigma * z10)), 3);
        Assert.Equal(400_000, Math.Exp(d.Mu + (d.Sigma * z99)), 0);
    }
}
