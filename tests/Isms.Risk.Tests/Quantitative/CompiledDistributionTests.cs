using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// What a distribution compiles to: a distribution with no spread is drawn as a constant (no random draws spent), a
/// Poisson read as a rate is its rate, and a normal is truncated to the node's domain as well as its own bounds, by
/// rejection while a quarter or more of it lies within them and by the inverse distribution function otherwise.
/// </summary>
public sealed class CompiledDistributionTests
{
    public static TheoryData<Distribution, double> Degenerate() => new()
    {
        { new PertDistribution(5, 5, 5), 5 },
        { new LognormalDistribution(2, 0), Math.Exp(2) },
        { new TriangularDistribution(2, 2, 2), 2 },
        { new UniformDistribution(3, 3), 3 },
        { new PoissonDistribution(0), 0 },
        { new ConstantDistribution(7), 7 },
    };

    [Theory]
    [MemberData(nameof(Degenerate))]
    public void A_distribution_without_spread_is_a_constant(Distribution distribution, double value)
    {
        var compiled = CompiledDistribution.Compile(distribution);
        var rng = new Xoshiro256StarStar(1);
        var untouched = new Xoshiro256StarStar(1);

        Assert.True(compiled.IsConstant);
        Assert.Equal(value, Sampler.Next(ref rng, compiled));
        Assert.Equal(untouched.NextUInt64(), rng.NextUInt64());
    }

    [Fact]
    public void Distributions_with_spread_are_not_constants_and_a_Poisson_read_as_a_rate_is_its_rate()
    {
        Assert.All(
            new Distribution[] { new PertDistribution(1, 2, 3), new LognormalDistribution(2, 0.1), new TriangularDistribution(1, 2, 3), new UniformDistribution(1, 2), new PoissonDistribution(2), new NormalDistribution(0, 1) },
            d => Assert.False(CompiledDistribution.Compile(d).IsConstant));
        var rate = CompiledDistribution.Compile(new PoissonDistribution(2.5), poissonAsRate: true);
        Assert.Equal((true, 2.5), (rate.IsConstant, rate.A));
    }

    [Theory]
    [InlineData(9.0, 14.0, 1)]       // 67% of N(10, 2) within: rejection
    [InlineData(0.0, 5.0, 2)]        // 0.6%: inverse distribution function
    [InlineData(15.0, 30.0, 2)]      // the upper tail
    public void A_truncated_normal_stays_within_its_bounds_and_picks_its_method_by_the_mass_within(double low, double high, int method)
    {
        var compiled = CompiledDistribution.Compile(new NormalDistribution(10, 2), low, high);
        var rng = new Xoshiro256StarStar(3);

        var draws = Enumerable.Range(0, 20_000).Select(_ => Sampler.Next(ref rng, compiled)).ToArray();

        Assert.Equal((low, high, method), (compiled.C, compiled.D, compiled.Method));
        Assert.All(draws, x => Assert.InRange(x, low, high));
        Assert.True(draws.Distinct().Count() > 19_000, "the draws are not one value");
    }

    [Fact]
    public void A_normal_is_truncated_to_the_tighter_of_its_own_bounds_and_the_domain()
    {
        var compiled = CompiledDistribution.Compile(new NormalDistribution(10, 2, truncateBelow: 8, truncateAbove: 20), 0, 12);

        Assert.Equal((8.0, 12.0), (compiled.C, compiled.D));
        Assert.Equal(0, CompiledDistribution.Compile(new NormalDistribution(10, 2)).Method);
    }
}
