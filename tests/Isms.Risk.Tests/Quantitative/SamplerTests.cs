using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;
using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// The samplers against exact distribution functions: Kolmogorov-Smirnov statistics below the 1% critical value
/// (1.6276 / sqrt(n)), moments and tail frequencies within 4 standard errors, chi-square below its 1% critical value.
/// Seeds are fixed, so each test is deterministic.
/// </summary>
public sealed class SamplerTests
{
    private const int Draws = 1_000_000;

    private static double KsCritical(int n) => 1.6276 / Math.Sqrt(n);

    /// <summary>The Kolmogorov-Smirnov statistic of the sample against the distribution function.</summary>
    private static double Ks(double[] sample, Func<double, double> cdf)
    {
        Array.Sort(sample);
        var n = sample.Length;
        var d = 0.0;
        for (var i = 0; i < n; i++)
        {
            var f = cdf(sample[i]);
            d = Math.Max(d, Math.Max(((i + 1.0) / n) - f, f - ((double)i / n)));
        }

        return d;
    }

    private static double[] Normals(ulong seed, int n)
    {
        var rng = new Xoshiro256StarStar(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = rng.NextNormal();
        }

        return values;
    }

    private static double[] Exponentials(ulong seed, int n)
    {
        var rng = new Xoshiro256StarStar(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = rng.NextExponential();
        }

        return values;
    }

    private static void Near(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected} +/- {tolerance}, got {actual}");

    /// <summary>The tail probability P(Z &gt; z) of the standard normal, accurate in the far tail (continued fraction).</summary>
    internal static double UpperTail(double z)
    {
        // Laplace's continued fraction for the Mills ratio, converged for z >= 3 well below 1e-12 relative.
        var f = z;
        for (var k = 60; k >= 1; k--)
        {
            f = z + (k / f);
        }

        return StandardNormal.Density(z) / f;
    }

    [Fact]
    public void Ziggurat_normals_pass_a_Kolmogorov_Smirnov_test_against_the_exact_normal_distribution()
    {
        var d = Ks(Normals(1, Draws), StandardNormal.Cdf);

        Assert.True(d < KsCritical(Draws), $"KS statistic {d} is above the 1% critical value {KsCritical(Draws)}");
    }

    [Fact]
    public void Ziggurat_normals_have_mean_0_variance_1_skewness_0_and_kurtosis_3()
    {
        var z = Normals(2, Draws);
        var mean = z.Average();
        var variance = z.Sum(x => (x - mean) * (x - mean)) / (Draws - 1);
        var skewness = z.Sum(x => Math.Pow(x - mean, 3)) / Draws;
        var kurtosis = z.Sum(x => Math.Pow(x - mean, 4)) / Draws;

        Near(0, mean, 4 / Math.Sqrt(Draws), "mean");
        Near(1, variance, 4 * Math.Sqrt(2.0 / Draws), "variance");
        Near(0, skewness, 4 * Math.Sqrt(6.0 / Draws), "skewness");
        Near(3, kurtosis, 4 * Math.Sqrt(96.0 / Draws), "kurtosis");
    }

    [Theory]
    [InlineData(3.5)]
    [InlineData(Ziggurat.NormalR)]
    [InlineData(4.0)]
    [InlineData(4.5)]
    public void Ziggurat_normal_tails_beyond_z_have_the_exact_normal_frequency_on_each_side(double z)
    {
        const int n = 4 * Draws;
        var sample = Normals(3, n);
        var expected = n * UpperTail(z);
        var tolerance = 4 * Math.Sqrt(expected);

        Near(expected, sample.Count(x => x > z), tolerance, $"P(Z > {z}) x n");
        Near(expected, sample.Count(x => x < -z), tolerance, $"P(Z < -{z}) x n");
    }

    [Fact]
    public void Ziggurat_normals_beyond_the_base_layer_follow_the_normal_tail()
    {
        // E[Z | Z > r] = phi(r) / (1 - Phi(r)); the draws beyond r come from Marsaglia's tail algorithm.
        var tail = Normals(4, 4 * Draws).Where(x => Math.Abs(x) > Ziggurat.NormalR).Select(Math.Abs).ToArray();
        var expected = StandardNormal.Density(Ziggurat.NormalR) / UpperTail(Ziggurat.NormalR);
        var sd = Math.Sqrt(1 + (Ziggurat.NormalR * expected) - (expected * expected));

        Assert.True(tail.Length > 1000, $"only {tail.Length} tail draws");
        Near(expected, tail.Average(), 4 * sd / Math.Sqrt(tail.Length), "mean beyond r");
    }

    [Fact]
    public void Successive_ziggurat_normals_are_uncorrelated()
    {
        var z = Normals(5, Draws);
        var lag1 = 0.0;
        var squares = 0.0;
        for (var i = 0; i < z.Length - 1; i++)
        {
            lag1 += z[i] * z[i + 1];
            squares += z[i] * z[i];
        }

        Near(0, lag1 / squares, 4 / Math.Sqrt(Draws), "lag-1 correlation");
    }

    [Fact]
    public void Ziggurat_normals_and_the_layer_they_come_from_are_independent_of_sign()
    {
        // The layer is the low 8 bits, the value the high 53: a half of each sign, also far from 0.
        var z = Normals(6, Draws);
        var positive = z.Count(x => x > 0);
        var farPositive = z.Count(x => x > 2);
        var farNegative = z.Count(x => x < -2);

        Near(Draws / 2.0, positive, 4 * Math.Sqrt(Draws / 4.0), "positives");
        Near(farPositive, farNegative, 4 * Math.Sqrt(farPositive + farNegative), "beyond +/-2");
    }

    [Fact]
    public void Ziggurat_exponentials_pass_a_Kolmogorov_Smirnov_test_and_have_mean_and_variance_1()
    {
        var e = Exponentials(7, Draws);
        var mean = e.Average();
        var variance = e.Sum(x => (x - mean) * (x - mean)) / (Draws - 1);
        var d = Ks(e, x => 1 - Math.Exp(-x));

        Assert.True(d < KsCritical(Draws), $"KS statistic {d} is above the 1% critical value {KsCritical(Draws)}");
        Near(1, mean, 4 / Math.Sqrt(Draws), "mean");
        Near(1, variance, 4 * Math.Sqrt(8.0 / Draws), "variance");
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(Ziggurat.ExponentialR)]
    [InlineData(9.0)]
    public void Ziggurat_exponential_tails_beyond_x_have_frequency_exp_minus_x(double x)
    {
        const int n = 4 * Draws;
        var expected = n * Math.Exp(-x);

        Near(expected, Exponentials(8, n).Count(v => v > x), 4 * Math.Sqrt(expected), $"P(E > {x}) x n");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(8192)]
    [InlineData(1_000_003)]
    public void Bounded_indices_are_uniform(int bound)
    {
        const int cells = 10;
        var counts = new long[cells];
        var rng = new Xoshiro256StarStar(9);
        for (var i = 0; i < Draws; i++)
        {
            var k = rng.NextIndex(bound);
            Assert.InRange(k, 0, bound - 1);
            counts[(int)((long)k * cells / bound)]++;
        }

        // Cells of the index range as equal as the bound allows: expected count proportional to the indices in each cell.
        var chi = 0.0;
        for (var c = 0; c < cells; c++)
        {
            var first = (((long)c * bound) + cells - 1) / cells;
            var last = ((((long)c + 1) * bound) + cells - 1) / cells;
            var expected = Draws * (double)(last - first) / bound;
            chi += (counts[c] - expected) * (counts[c] - expected) / expected;
        }

        Assert.True(chi < 21.666, $"chi-square {chi} is above the 1% critical value 21.666 (9 degrees of freedom)");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3.0)]
    public void Marsaglia_Tsang_gamma_passes_a_Kolmogorov_Smirnov_test(double shape)
    {
        const int n = 200_000;
        var a = shape < 1 ? shape + 1 : shape;
        var d = a - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        var rng = new Xoshiro256StarStar(10);
        var sample = new double[n];
        for (var i = 0; i < n; i++)
        {
            sample[i] = Sampler.Gamma(ref rng, shape, d, c);
        }

        // Gamma(1/2) is half a chi-square with one degree of freedom; Gamma(3) has a closed-form distribution function.
        Func<double, double> cdf = shape == 0.5
            ? x => (2 * StandardNormal.Cdf(Math.Sqrt(2 * x))) - 1
            : x => 1 - (Math.Exp(-x) * (1 + x + (x * x / 2)));
        var ks = Ks(sample, cdf);

        Assert.True(ks < KsCritical(n), $"KS statistic {ks} is above the 1% critical value {KsCritical(n)}");
    }

    [Fact]
    public void Pert_draws_pass_a_Kolmogorov_Smirnov_test_against_their_beta_distribution()
    {
        // PERT(0, 0.25, 1), shape 4: Beta(2, 4), whose distribution function is a polynomial.
        const int n = 200_000;
        var compiled = CompiledDistribution.Compile(new PertDistribution(0, 0.25, 1));
        var rng = new Xoshiro256StarStar(11);
        var sample = new double[n];
        Sampler.Fill(ref rng, compiled, sample);
        static double Beta24(double x) => 1 - (Math.Pow(1 - x, 5) + (5 * x * Math.Pow(1 - x, 4)));
        var ks = Ks(sample, Beta24);

        Assert.True(ks < KsCritical(n), $"KS statistic {ks} is above the 1% critical value {KsCritical(n)}");
    }

    [Fact]
    public void Lognormal_draws_pass_a_Kolmogorov_Smirnov_test_against_their_distribution()
    {
        var lognormal = LognormalDistribution.FromInterval90(10_000, 1_000_000);
        var compiled = CompiledDistribution.Compile(lognormal);
        var rng = new Xoshiro256StarStar(12);
        var sample = new double[Draws];
        Sampler.Fill(ref rng, compiled, sample);
        var ks = Ks(sample, x => StandardNormal.Cdf((Math.Log(x) - lognormal.Mu) / lognormal.Sigma));

        Assert.True(ks < KsCritical(Draws), $"KS statistic {ks} is above the 1% critical value {KsCritical(Draws)}");
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.8)]
    [InlineData(3)]
    public void A_constant_rate_gives_independent_Poisson_counts_in_every_year(double rate)
    {
        // Annual loss with a loss of 1 per event is the year's event count: the scattered Poisson process must give each
        // year a Poisson(rate) count (chi-square on 0..4 and more) and no correlation between neighbouring years.
        const int years = 400_000;
        var scenario = new FairScenario(new("P"), "Counts", [new(FairNode.LossEventFrequency, new ConstantDistribution(rate)), new(FairNode.LossMagnitude, new ConstantDistribution(1))]);
        var counts = FairSimulator.Shared.SimulateScenario(scenario, new SimulationOptions { Iterations = years, Seed = 13 }, TestContext.Current.CancellationToken).PortfolioSamples.ToArray();
        var observed = new double[6];
        foreach (var c in counts)
        {
            observed[Math.Min((int)c, 5)]++;
        }

        var chi = 0.0;
        var pmf = Math.Exp(-rate);
        var cumulative = 0.0;
        for (var k = 0; k < 6; k++)
        {
            var p = k < 5 ? pmf : 1 - cumulative;
            cumulative += pmf;
            pmf *= rate / (k + 1);
            chi += (observed[k] - (years * p)) * (observed[k] - (years * p)) / (years * p);
        }

        var mean = counts.Average();
        var lag1 = 0.0;
        var squares = 0.0;
        for (var i = 0; i < years - 1; i++)
        {
            lag1 += (counts[i] - mean) * (counts[i + 1] - mean);
            squares += (counts[i] - mean) * (counts[i] - mean);
        }

        Assert.True(chi < 15.086, $"chi-square {chi} is above the 1% critical value 15.086 (5 degrees of freedom)");
        Near(0, lag1 / squares, 4 / Math.Sqrt(years), "lag-1 correlation of counts");
    }

    [Fact]
    public void A_rate_drawn_each_year_below_1_gives_the_mixed_Poisson_count_distribution()
    {
        // LEF ~ Uniform(0.2, 0.8) each year (exponential spacings): P(no event) = E[exp(-LEF)], mean 0.5, variance 0.5 + 0.03.
        const int years = 400_000;
        var scenario = new FairScenario(new("U"), "Mixed", [new(FairNode.LossEventFrequency, new UniformDistribution(0.2, 0.8)), new(FairNode.LossMagnitude, new ConstantDistribution(1))]);
        var counts = FairSimulator.Shared.SimulateScenario(scenario, new SimulationOptions { Iterations = years, Seed = 14 }, TestContext.Current.CancellationToken).PortfolioSamples.ToArray();
        var p0 = (Math.Exp(-0.2) - Math.Exp(-0.8)) / 0.6;
        var mean = counts.Average();
        var variance = counts.Sum(c => (c - mean) * (c - mean)) / (years - 1);

        Near(p0, counts.Count(c => c == 0) / (double)years, 4 * Math.Sqrt(p0 * (1 - p0) / years), "P(no event)");
        Near(0.5, mean, 4 * Math.Sqrt(0.53 / years), "mean");
        Near(0.53, variance, 0.01, "variance");
    }
}
