using System.Collections.Immutable;
using FsCheck;
using FsCheck.Xunit;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// The statistics of a loss distribution against their definitions (the type's remarks) on small samples, without
/// simulating: every statistic is computed here from the full sorted sample, zeros written out.
/// </summary>
public sealed class LossDistributionTests
{
    private static readonly ImmutableArray<double> Levels = [0.0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0];

    private static LossDistribution Of(int zeros, double[] positives, int curvePoints = 8) =>
        new(zeros, [.. positives.Order()], Levels, curvePoints);

    private static bool Near(double expected, double actual) =>
        Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected));

    /// <summary>Type 7: h = (n - 1) p, interpolated between the order statistics around h.</summary>
    private static double Type7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }

    [Fact]
    public void The_statistics_of_a_small_sample_are_those_of_its_definitions()
    {
        // Ten years: 0, 0, 1, 2, 3, 4, 5, 6, 7, 8 (sum 36).
        var d = Of(2, [8, 3, 1, 7, 2, 6, 4, 5]);

        Assert.Equal(10, d.Count);
        Assert.Equal(3.6, d.Mean, 12);
        Assert.Equal(Math.Sqrt(74.4 / 9), d.StandardDeviation, 12); // sum of squares 204 - 10 x 3.6^2 = 74.4
        Assert.Equal(Math.Sqrt(74.4 / 9) / Math.Sqrt(10), d.StandardError, 12);
        Assert.Equal((0.0, 8.0), (d.Minimum, d.Maximum));
        Assert.Equal(0.8, d.ProbabilityOfLoss, 12);
        Assert.Equal([0.0, 0, 1, 2, 3, 4, 5, 6, 7, 8], d.SortedSample.ToArray());
        Assert.Equal(3.5, d.Percentile(0.5), 12); // h = 4.5: 3 + 0.5 x (4 - 3)
        Assert.Equal(7.1, d.Percentile(0.9), 12); // h = 8.1: 7 + 0.1 x 1
        Assert.Equal(d.Percentile(0.95), d.ValueAtRisk(0.95));
        Assert.Equal(7.5, d.ExpectedShortfall(0.8), 12); // the worst 2 years: 7 and 8
        Assert.Equal(7.0, d.ExpectedShortfall(0.75), 12); // ceil(2.5) = 3 years: 6, 7, 8
        Assert.Equal(8.0, d.ExpectedShortfall(0.99), 12); // at least one year
        Assert.Equal(3.6, d.ExpectedShortfall(0), 12); // every year
        Assert.Equal(0.3, d.ProbabilityOfExceeding(5), 12); // 6, 7, 8
        Assert.Equal(0.3, d.ProbabilityOfExceeding(5.5), 12);
        Assert.Equal(0.8, d.ProbabilityOfExceeding(0), 12);
        Assert.Equal(1.0, d.ProbabilityOfExceeding(-1), 12);
        Assert.Equal(0.0, d.ProbabilityOfExceeding(8), 12);
    }

    [Fact]
    public void The_exceedance_curve_starts_at_zero_and_runs_on_a_log_spaced_grid_from_the_smallest_to_the_largest_positive_loss()
    {
        var d = Of(2, [8, 3, 1, 7, 2, 6, 4, 5], curvePoints: 4);

        var points = d.ExceedanceCurve.Points;

        Assert.Equal(5, points.Length);
        Assert.Equal(new ExceedancePoint(0, 0.8), points[0]);
        Assert.Equal(1.0, points[1].Loss, 12);
        Assert.Equal(2.0, points[2].Loss, 12); // 1 x 8^(1/3)
        Assert.Equal(4.0, points[3].Loss, 12);
        Assert.Equal(8.0, points[4].Loss);
        Assert.Equal([0.7, 0.6, 0.4, 0.0], points.Skip(1).Select(p => Math.Round(p.Probability, 12)));
        Assert.Equal(d.ExceedanceCurve.Points, d.ExceedanceCurveWith(4).Points);
        Assert.Equal([0.0, 2, 4, 8, 16], Of(0, [16, 2, 8, 4], curvePoints: 4).ExceedanceCurve.Points.Select(p => Math.Round(p.Loss, 9))); // 2 x 8^(i/3)
        Assert.Equal(3, d.ExceedanceCurveWith(2).Points.Length);
    }

    [Fact]
    public void A_distribution_without_losses_or_with_one_loss_value_has_a_degenerate_curve()
    {
        var none = Of(5, []);
        var one = Of(2, [4, 4, 4]);

        Assert.Equal([new ExceedancePoint(0, 0)], none.ExceedanceCurve.Points);
        Assert.Equal((0.0, 0.0, 0.0, 0.0), (none.Mean, none.StandardDeviation, none.Maximum, none.ProbabilityOfLoss));
        Assert.Equal([new ExceedancePoint(0, 0.6), new ExceedancePoint(4, 0)], one.ExceedanceCurve.Points);
        Assert.Equal(0.0, Of(0, [7]).StandardDeviation);
    }

    [Fact]
    public void Levels_outside_their_ranges_are_argument_errors()
    {
        var d = Of(1, [1, 2]);

        Assert.Throws<ArgumentOutOfRangeException>(() => d.Percentile(1.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => d.Percentile(-0.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => d.ExpectedShortfall(1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => d.ExceedanceCurveWith(1));
    }

    [Property(MaxTest = 200)]
    public bool Every_statistic_agrees_with_its_definition_on_the_full_sorted_sample(byte zeroYears, PositiveInt[] losses)
    {
        var zeros = (zeroYears % 20) + (losses.Length == 0 ? 1 : 0);
        var positives = losses.Select(l => (double)l.Get).ToArray();
        var d = Of(zeros, positives);
        var sorted = Enumerable.Repeat(0.0, zeros).Concat(positives.Order()).ToArray();
        var n = sorted.Length;
        var mean = sorted.Average();
        var sd = n > 1 ? Math.Sqrt(sorted.Sum(x => (x - mean) * (x - mean)) / (n - 1)) : 0;

        bool Exceeding(double t) => Near(sorted.Count(x => x > t) / (double)n, d.ProbabilityOfExceeding(t));
        bool Shortfall(double q, int years) => Near(sorted.Skip(n - years).Average(), d.ExpectedShortfall(q));

        return d.Count == n
            && Near(mean, d.Mean) && Near(sd, d.StandardDeviation) && Near(sd / Math.Sqrt(n), d.StandardError)
            && d.Minimum == sorted[0] && d.Maximum == sorted[^1]
            && d.SortedSample.SequenceEqual(sorted)
            && Levels.All(p => Near(Type7(sorted, p), d.Percentile(p)))
            && d.Percentiles.Select(p => p.Probability).SequenceEqual(Levels)
            && d.Percentiles.All(p => Near(Type7(sorted, p.Probability), p.Loss))
            && Shortfall(0.5, (n + 1) / 2) && Shortfall(0.0, n) && Shortfall(Math.BitDecrement(1.0), 1)
            && sorted.Distinct().All(x => Exceeding(x) && Exceeding(x - 0.5))
            && Exceeding(-1) && Near(sorted.Count(x => x > 0) / (double)n, d.ProbabilityOfLoss)
            && d.ExceedanceCurve.Points.All(p => Exceeding(p.Loss) && Near(d.ProbabilityOfExceeding(p.Loss), p.Probability))
            && d.ExceedanceCurve.Points[0] == new ExceedancePoint(0, d.ProbabilityOfLoss);
    }

    [Fact]
    public void A_tolerance_comparison_checks_the_tolerance_points_and_the_curve_grid_in_ascending_order()
    {
        var d = Of(0, [16, 2, 8, 4], curvePoints: 4);
        var tolerance = new RiskToleranceCurve("Board", [new TolerancePoint(3, 0.5), new TolerancePoint(10, 0.1)]);

        var comparison = d.CompareWith(tolerance);

        Assert.Equal("Board", comparison.CurveName);
        Assert.Equal([2.0, 3, 4, 8, 10, 16], comparison.Checks.Select(c => Math.Round(c.Loss, 9)));
        Assert.Equal([0.75, 0.75, 0.5, 0.25, 0.25, 0], comparison.Checks.Select(c => c.SimulatedProbability));
        Assert.All(comparison.Checks, c => Assert.Equal(tolerance.ToleratedProbability(c.Loss), c.ToleratedProbability));
        Assert.Throws<ArgumentNullException>(() => d.CompareWith(null!));
    }
}
