using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Core.Tests.RiskManagement;

/// <summary>
/// The estimates of the Open FAIR model (clause 6.1.2 d in money): each family validates its parameters with the
/// documented code (<c>ISMS-FAIR-001</c> to <c>005</c>) and the parameter named as member, and reports its range and
/// closed-form mean; the standard normal functions the fits rely on.
/// </summary>
public sealed class DistributionRulesTests
{
    private static void Fails(string code, string member, Action create)
    {
        var ex = Assert.Throws<IsmsException>(create);
        Assert.Equal((code, member), (ex.Code, ex.Member));
    }

    private static void Fails(string code, string family, string member, Action create)
    {
        var ex = Assert.Throws<IsmsException>(create);
        Assert.Equal((code, family, member), (ex.Code, ex.Error.EntityKind, ex.Member));
    }

    /// <summary>Each error names the family as entity kind and the parameter as member, so a reader of a file can point at it.</summary>
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Every_parameter_must_be_finite(double bad)
    {
        Fails(FairErrorCodes.NonFinite, "Constant", "value", () => _ = new ConstantDistribution(bad));
        Fails(FairErrorCodes.NonFinite, "Uniform", "low", () => _ = new UniformDistribution(bad, 1));
        Fails(FairErrorCodes.NonFinite, "Uniform", "high", () => _ = new UniformDistribution(0, bad));
        Fails(FairErrorCodes.NonFinite, "Triangular", "low", () => _ = new TriangularDistribution(bad, 0, 1));
        Fails(FairErrorCodes.NonFinite, "Triangular", "mode", () => _ = new TriangularDistribution(0, bad, 1));
        Fails(FairErrorCodes.NonFinite, "Triangular", "high", () => _ = new TriangularDistribution(0, 0, bad));
        Fails(FairErrorCodes.NonFinite, "PERT", "low", () => _ = new PertDistribution(bad, 1, 2));
        Fails(FairErrorCodes.NonFinite, "PERT", "mode", () => _ = new PertDistribution(0, bad, 2));
        Fails(FairErrorCodes.NonFinite, "PERT", "high", () => _ = new PertDistribution(0, 1, bad));
        Fails(FairErrorCodes.NonFinite, "PERT", "shape", () => _ = new PertDistribution(0, 1, 2, bad));
        Fails(FairErrorCodes.NonFinite, "Normal", "mean", () => _ = new NormalDistribution(bad, 1));
        Fails(FairErrorCodes.NonFinite, "Normal", "standard deviation", () => _ = new NormalDistribution(0, bad));
        Fails(FairErrorCodes.NonFinite, "Lognormal", "mu", () => _ = new LognormalDistribution(bad, 1));
        Fails(FairErrorCodes.NonFinite, "Lognormal", "sigma", () => _ = new LognormalDistribution(0, bad));
        Fails(FairErrorCodes.NonFinite, "Poisson", "rate", () => _ = new PoissonDistribution(bad));
        Fails(FairErrorCodes.NonFinite, "Lognormal", "high", () => LognormalDistribution.FromInterval90(1, bad));
        Fails(FairErrorCodes.NonFinite, "Lognormal", "low probability", () => LognormalDistribution.FromQuantiles(bad, 1, 0.9, 2));
        Fails(FairErrorCodes.NonFinite, "Lognormal", "high probability", () => LognormalDistribution.FromQuantiles(0.1, 1, bad, 2));
    }

    [Fact]
    public void A_lognormal_low_bound_that_is_not_a_number_is_named_as_the_low_bound() =>
        Fails(FairErrorCodes.NonFinite, "Lognormal", "low", () => LognormalDistribution.FromInterval90(double.NaN, 10));

    [Fact]
    public void Range_and_parameter_errors_name_the_family()
    {
        Fails(FairErrorCodes.LowAboveHigh, "Uniform", "low", () => _ = new UniformDistribution(2, 1));
        Fails(FairErrorCodes.LowAboveHigh, "Triangular", "low", () => _ = new TriangularDistribution(2, 2, 1));
        Fails(FairErrorCodes.ModeOutsideRange, "Triangular", "mode", () => _ = new TriangularDistribution(0, 2, 1));
        Fails(FairErrorCodes.LowAboveHigh, "PERT", "low", () => _ = new PertDistribution(2, 2, 1));
        Fails(FairErrorCodes.ModeOutsideRange, "PERT", "mode", () => _ = new PertDistribution(0, 2, 1));
        Fails(FairErrorCodes.InvalidParameter, "PERT", "shape", () => _ = new PertDistribution(0, 1, 2, 0));
        Fails(FairErrorCodes.InvalidParameter, "PERT", "variant", () => _ = new PertDistribution(0, 1, 2, 4, (PertVariant)7));
        Fails(FairErrorCodes.LowAboveHigh, "Lognormal", "low", () => LognormalDistribution.FromInterval90(2, 1));
        Fails(FairErrorCodes.InvalidParameter, "Lognormal", "low", () => LognormalDistribution.FromInterval90(0, 1));
        Fails(FairErrorCodes.InvalidParameter, "Lognormal", "low probability", () => LognormalDistribution.FromQuantiles(0.9, 1, 0.1, 2));
        Fails(FairErrorCodes.InvalidParameter, "Lognormal", "sigma", () => _ = new LognormalDistribution(0, -1));
        Fails(FairErrorCodes.InvalidParameter, "Normal", "standard deviation", () => _ = new NormalDistribution(0, 0));
        Fails(FairErrorCodes.NonFinite, "Normal", "truncation", () => _ = new NormalDistribution(0, 1, double.NaN));
        Fails(FairErrorCodes.LowAboveHigh, "Normal", "truncation", () => _ = new NormalDistribution(0, 1, 1, 0));
        Fails(FairErrorCodes.InvalidParameter, "Normal", "truncation", () => _ = new NormalDistribution(0, 1, 8, 9));
        Fails(FairErrorCodes.OutsideDomain, "Poisson", "rate", () => _ = new PoissonDistribution(-1));

        var truncation = Assert.Throws<IsmsException>(() => new NormalDistribution(0, 1, 8, 9));
        Assert.Equal("[8, 9]", truncation.Value);
        Assert.Equal("[NaN, Infinity]", Assert.Throws<IsmsException>(() => new NormalDistribution(0, 1, double.NaN)).Value);
    }

    [Fact]
    public void A_constant_is_its_own_range_and_mean()
    {
        var d = new ConstantDistribution(-2.5);

        Assert.Equal((DistributionKind.Constant, -2.5, -2.5, -2.5), (d.Kind, d.Minimum, d.Maximum, d.Mean));
        Assert.Equal("Constant(-2.5)", d.Describe());
    }

    [Fact]
    public void A_uniform_ranges_from_low_to_high_and_may_be_a_point()
    {
        var d = new UniformDistribution(2, 6);

        Assert.Equal((DistributionKind.Uniform, 2.0, 6.0, 4.0), (d.Kind, d.Minimum, d.Maximum, d.Mean));
        Assert.Equal("Uniform(2, 6)", d.Describe());
        Assert.Equal(3, new UniformDistribution(3, 3).Mean);
        Fails(FairErrorCodes.LowAboveHigh, "low", () => _ = new UniformDistribution(3, 2.999));
    }

    [Fact]
    public void A_triangular_mode_lies_within_its_range_bounds_included()
    {
        var d = new TriangularDistribution(1, 2, 6);

        Assert.Equal((DistributionKind.Triangular, 1.0, 6.0, 3.0), (d.Kind, d.Minimum, d.Maximum, d.Mean));
        Assert.Equal("Triangular(1, 2, 6)", d.Describe());
        Assert.Equal(1, new TriangularDistribution(1, 1, 6).Mode);
        Assert.Equal(6, new TriangularDistribution(1, 6, 6).Mode);
        Fails(FairErrorCodes.ModeOutsideRange, "mode", () => _ = new TriangularDistribution(1, 0.999, 6));
        Fails(FairErrorCodes.ModeOutsideRange, "mode", () => _ = new TriangularDistribution(1, 6.001, 6));
        Fails(FairErrorCodes.LowAboveHigh, "low", () => _ = new TriangularDistribution(6, 6, 1));
    }

    [Fact]
    public void A_pert_is_checked_and_its_textbook_mean_weights_the_mode_by_the_shape()
    {
        var d = new PertDistribution(0, 10, 100);

        Assert.Equal((DistributionKind.Pert, 0.0, 100.0), (d.Kind, d.Minimum, d.Maximum));
        Assert.Equal((0 + (4 * 10) + 100) / 6.0, d.Mean, 12);
        Assert.Equal((0 + (2 * 10) + 100) / 4.0, new PertDistribution(0, 10, 100, shape: 2).Mean, 12);
        Assert.Equal("PERT(0, 10, 100)", d.Describe());
        Assert.Equal("PERT(0, 10, 100, shape 2, Textbook)", new PertDistribution(0, 10, 100, shape: 2).Describe());
        Assert.Equal("PERT(0, 10, 100, shape 4, MomentMatched)", new PertDistribution(0, 10, 100, variant: PertVariant.MomentMatched).Describe());
        Assert.Equal(1e-9, new PertDistribution(0, 1, 2, shape: 1e-9).Shape);
        Assert.Equal(0, new PertDistribution(0, 0, 2).Mode);
        Assert.Equal(2, new PertDistribution(0, 2, 2).Mode);
        Fails(FairErrorCodes.InvalidParameter, "shape", () => _ = new PertDistribution(0, 1, 2, shape: 0));
        Fails(FairErrorCodes.InvalidParameter, "shape", () => _ = new PertDistribution(0, 1, 2, shape: -1));
        Fails(FairErrorCodes.InvalidParameter, "variant", () => _ = new PertDistribution(0, 1, 2, variant: (PertVariant)7));
        Fails(FairErrorCodes.ModeOutsideRange, "mode", () => _ = new PertDistribution(0, -0.5, 2));
        Fails(FairErrorCodes.ModeOutsideRange, "mode", () => _ = new PertDistribution(0, 2.5, 2));
        Fails(FairErrorCodes.LowAboveHigh, "low", () => _ = new PertDistribution(2, 2, 1));
    }

    [Theory]
    [InlineData(PertVariant.Textbook)]
    [InlineData(PertVariant.MomentMatched)]
    public void A_pert_of_zero_width_is_the_point(PertVariant variant)
    {
        var d = new PertDistribution(7, 7, 7, variant: variant);

        Assert.Equal((1.0, 1.0, 7.0), (d.Alpha, d.Beta, d.Mean));
    }

    /// <summary>Both forms keep the mean (low + shape x mode + high) / (shape + 2); the moment-matched form also has the sd (high - low) / (shape + 2).</summary>
    [Property(MaxTest = 100)]
    public Property Pert_means_follow_the_closed_form() =>
        Prop.ForAll(
            Gen.Choose(0, 1000).ArrayOf(3).Select(t => t.Order().ToArray()).Where(a => a[0] < a[2]).ToArbitrary(),
            Gen.Choose(1, 8).ToArbitrary(),
            (points, shape) =>
            {
                double low = points[0], mode = points[1], high = points[2];
                var expected = (low + (shape * mode) + high) / (shape + 2);
                var textbook = new PertDistribution(low, mode, high, shape);
                var matched = new PertDistribution(low, mode, high, shape, PertVariant.MomentMatched);
                var a = matched.Alpha;
                var b = matched.Beta;
                var sd = (high - low) * Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
                return Math.Abs(textbook.Mean - expected) < 1e-9 * high
                    && Math.Abs(textbook.Alpha - (1 + (shape * (mode - low) / (high - low)))) < 1e-12
                    && Math.Abs(textbook.Beta - (1 + (shape * (high - mode) / (high - low)))) < 1e-12
                    && Math.Abs(matched.Mean - expected) < 1e-9 * high
                    && Math.Abs(sd - ((high - low) / (shape + 2))) < 1e-9 * high;
            });

    [Fact]
    public void A_normal_needs_a_positive_deviation_and_bounds_that_hold_probability()
    {
        Fails(FairErrorCodes.InvalidParameter, "standard deviation", () => _ = new NormalDistribution(0, 0));
        Fails(FairErrorCodes.InvalidParameter, "standard deviation", () => _ = new NormalDistribution(0, -1));
        Fails(FairErrorCodes.NonFinite, "truncation", () => _ = new NormalDistribution(0, 1, double.NaN));
        Fails(FairErrorCodes.NonFinite, "truncation", () => _ = new NormalDistribution(0, 1, 0, double.NaN));
        Fails(FairErrorCodes.NonFinite, "truncation", () => _ = new NormalDistribution(0, 1, double.PositiveInfinity));
        Fails(FairErrorCodes.NonFinite, "truncation", () => _ = new NormalDistribution(0, 1, double.NegativeInfinity, double.NegativeInfinity));
        Fails(FairErrorCodes.LowAboveHigh, "truncation", () => _ = new NormalDistribution(0, 1, 1, 1));
        Fails(FairErrorCodes.LowAboveHigh, "truncation", () => _ = new NormalDistribution(0, 1, 2, 1));
        Fails(FairErrorCodes.InvalidParameter, "truncation", () => _ = new NormalDistribution(0, 1, 6, 7));
        Assert.Equal(5, new NormalDistribution(0, 1, 4, 5).TruncateAbove);
    }

    [Fact]
    public void A_normal_truncated_at_its_mean_has_the_half_normal_mean()
    {
        var half = new NormalDistribution(10, 2, truncateBelow: 10);

        Assert.Equal((DistributionKind.Normal, 10.0, double.PositiveInfinity), (half.Kind, half.Minimum, half.Maximum));
        Assert.Equal(10 + (2 * Math.Sqrt(2 / Math.PI)), half.Mean, 6);
        Assert.Equal(10 - (2 * Math.Sqrt(2 / Math.PI)), new NormalDistribution(10, 2, truncateAbove: 10).Mean, 6);
        Assert.Equal(10, new NormalDistribution(10, 2, 8, 12).Mean, 6);
        Assert.Equal(10, new NormalDistribution(10, 2).Mean);
        Assert.Equal(10 + (2 * Math.Sqrt(2 / Math.PI)), new NormalDistribution(10, 2).MeanWithin(10, double.PositiveInfinity), 6);
        Assert.Equal(10 - (2 * Math.Sqrt(2 / Math.PI)), new NormalDistribution(10, 2).MeanWithin(double.NegativeInfinity, 10), 6);
        Assert.Equal(0.5, new NormalDistribution(10, 2).Mass(10, double.PositiveInfinity), 6);
        Assert.Equal(0.6827, new NormalDistribution(10, 2).Mass(8, 12), 4);
        Assert.Equal("Normal(10, sd 2)", new NormalDistribution(10, 2).Describe());
        Assert.Equal("Normal(10, sd 2, within [10, Infinity])", half.Describe());
        Assert.Equal("Normal(10, sd 2, within [-Infinity, 12])", new NormalDistribution(10, 2, truncateAbove: 12).Describe());
    }

    [Fact]
    public void A_lognormal_from_a_90_percent_interval_has_its_bounds_as_5th_and_95th_percentiles()
    {
        var d = LognormalDistribution.FromInterval90(1_000, 100_000);

        Assert.Equal((DistributionKind.Lognormal, 0.0, double.PositiveInfinity), (d.Kind, d.Minimum, d.Maximum));
        Assert.Equal(10_000, d.Median, 6);
        Assert.Equal(Math.Log(100) / (2 * StandardNormal.Z95), d.Sigma, 12);
        Assert.Equal(Math.Exp(d.Mu + (d.Sigma * d.Sigma / 2)), d.Mean, 6);
        Assert.Equal("Lognormal(median 10000, sigma 1.39987)", d.Describe());
    }

    [Fact]
    public void A_lognormal_through_two_quantiles_passes_through_both()
    {
        var symmetric = LognormalDistribution.FromQuantiles(0.1, 100, 0.9, 400);
        Assert.Equal(200, symmetric.Median, 6);
        Assert.Equal(StandardNormal.Cdf(1.2815515655446004), StandardNormal.Cdf((Math.Log(400) - symmetric.Mu) / symmetric.Sigma), 7);

        var skewed = LognormalDistribution.FromQuantiles(0.5, 100, 0.99, 1_000);
        Assert.Equal(100, skewed.Median, 6);
        Assert.Equal(Math.Log(10) / StandardNormal.Quantile(0.99), skewed.Sigma, 9);

        var low = LognormalDistribution.FromQuantiles(0.01, 10, 0.5, 100);
        Assert.Equal(100, low.Median, 6);
    }

    [Fact]
    public void A_lognormal_is_positive_with_ordered_probabilities_strictly_between_0_and_1()
    {
        Fails(FairErrorCodes.InvalidParameter, "sigma", () => _ = new LognormalDistribution(0, -0.1));
        Fails(FairErrorCodes.InvalidParameter, "low", () => LognormalDistribution.FromInterval90(0, 10));
        Fails(FairErrorCodes.InvalidParameter, "low", () => LognormalDistribution.FromInterval90(-1, 10));
        Fails(FairErrorCodes.LowAboveHigh, "low", () => LognormalDistribution.FromInterval90(10, 9));
        Fails(FairErrorCodes.InvalidParameter, "low probability", () => LognormalDistribution.FromQuantiles(0, 1, 0.9, 2));
        Fails(FairErrorCodes.InvalidParameter, "low probability", () => LognormalDistribution.FromQuantiles(0.5, 1, 0.5, 2));
        Fails(FairErrorCodes.InvalidParameter, "low probability", () => LognormalDistribution.FromQuantiles(0.6, 1, 0.5, 2));
        Fails(FairErrorCodes.InvalidParameter, "low probability", () => LognormalDistribution.FromQuantiles(0.1, 1, 1, 2));

        var point = new LognormalDistribution(Math.Log(50), 0);
        Assert.Equal(50, point.Maximum, 9);
        Assert.Equal(50, point.Mean, 9);
        Assert.Equal(0, LognormalDistribution.FromInterval90(20, 20).Sigma);
    }

    [Fact]
    public void A_poisson_count_has_a_rate_not_negative()
    {
        var d = new PoissonDistribution(2.5);

        Assert.Equal((DistributionKind.Poisson, 0.0, double.PositiveInfinity, 2.5), (d.Kind, d.Minimum, d.Maximum, d.Mean));
        Assert.Equal(0, new PoissonDistribution(0).Maximum);
        Assert.Equal("Poisson(2.5)", d.Describe());
        Fails(FairErrorCodes.OutsideDomain, "rate", () => _ = new PoissonDistribution(-0.001));
    }

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.025, -1.959963984540054)]
    [InlineData(0.02425, -1.9729610513118845)]
    [InlineData(0.01, -2.326347874040841)]
    [InlineData(0.99, 2.326347874040841)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(0.999, 3.090232306167813)]
    public void The_standard_normal_quantile_matches_the_tables(double p, double z)
    {
        Assert.Equal(z, StandardNormal.Quantile(p), 3);
        Assert.Equal(p, StandardNormal.Cdf(StandardNormal.Quantile(p)), 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void The_standard_normal_quantile_needs_a_probability_strictly_between_0_and_1(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardNormal.Quantile(p));

    [Fact]
    public void The_standard_normal_density_and_distribution_function_match_the_tables()
    {
        Assert.Equal(1 / Math.Sqrt(2 * Math.PI), StandardNormal.Density(0), 12);
        Assert.Equal(0.24197072451914337, StandardNormal.Density(1), 12);
        Assert.Equal(StandardNormal.Density(1.3), StandardNormal.Density(-1.3), 15);
        Assert.Equal(0.5, StandardNormal.Cdf(0), 7);
        Assert.Equal(0.8413447460685429, StandardNormal.Cdf(1), 7);
        Assert.Equal(0.15865525393145707, StandardNormal.Cdf(-1), 7);
        Assert.Equal(0.95, StandardNormal.Cdf(StandardNormal.Z95), 7);
    }

    /// <summary>Phi is increasing, Phi(-x) = 1 - Phi(x), and the quantile inverts it across all three regions of Acklam's fit.</summary>
    [Property(MaxTest = 200)]
    public Property The_quantile_inverts_the_distribution_function() =>
        Prop.ForAll(
            Gen.Choose(1, 99_999).Select(i => i / 100_000.0).ToArbitrary(),
            p =>
            {
                var z = StandardNormal.Quantile(p);
                return Math.Abs(StandardNormal.Cdf(z) - p) < 1e-6
                    && Math.Abs(StandardNormal.Quantile(1 - p) + z) < 1e-6
                    && Math.Abs(StandardNormal.Cdf(-z) - (1 - StandardNormal.Cdf(z))) < 1e-7
                    && StandardNormal.Cdf(z + 0.01) > StandardNormal.Cdf(z);
            });
}
