using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative;

/// <summary>
/// The simulated distribution of annual loss: one sorted sample, from which every statistic is read (mean with its
/// standard error, standard deviation, percentiles, value at risk, expected shortfall, exceedance probabilities and the
/// loss exceedance curve), so they agree with one another.
/// </summary>
/// <remarks>
/// Percentiles interpolate linearly between order statistics (Hyndman and Fan type 7, the default of R, NumPy and Excel's
/// PERCENTILE.INC). Value at risk at level q is the q-percentile; expected shortfall at level q is the mean of the worst
/// ceil(n (1 - q)) years.
/// </remarks>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed class LossDistribution
{
    private readonly int _count;
    private readonly int _zeros;
    private readonly double[] _positives;
    private double[]? _sorted;

    /// <summary>
    /// A distribution from its sorted sample, held as the number of zero years and the sorted positive losses (the zeros,
    /// often most years, are not stored; <see cref="SortedSample"/> writes them out on first use).
    /// </summary>
    internal LossDistribution(int zeros, double[] positives, ImmutableArray<double> percentileLevels, int curvePoints)
    {
        _zeros = zeros;
        _positives = positives;
        _count = zeros + positives.Length;
        var n = _count;

        // The zeros add nothing to the sum, and (0 - mean)^2 each to the squares.
        var mean = 0.0;
        foreach (var x in positives)
        {
            mean += x;
        }

        mean /= n;
        var m2 = zeros * mean * mean;
        foreach (var x in positives)
        {
            var d = x - mean;
            m2 += d * d;
        }

        Mean = mean;
        StandardDeviation = n > 1 ? Math.Sqrt(m2 / (n - 1)) : 0;
        StandardError = StandardDeviation / Math.Sqrt(n);
        Percentiles = [.. percentileLevels.Select(p => new PercentileValue(p, Percentile(p)))];
        ExceedanceCurve = BuildCurve(curvePoints);
    }

    /// <summary>The number of simulated years.</summary>
    public int Count => _count;

    /// <summary>The mean annual loss (the annualised loss expectancy, ALE).</summary>
    public double Mean { get; }

    /// <summary>The standard error of <see cref="Mean"/>: standard deviation / sqrt(years).</summary>
    public double StandardError { get; }

    /// <summary>The sample standard deviation of annual loss.</summary>
    public double StandardDeviation { get; }

    /// <summary>The smallest simulated annual loss.</summary>
    public double Minimum => At(0);

    /// <summary>The largest simulated annual loss.</summary>
    public double Maximum => At(_count - 1);

    /// <summary>The probability of any loss in a year: P(loss &gt; 0).</summary>
    public double ProbabilityOfLoss => ProbabilityOfExceeding(0);

    /// <summary>The percentiles asked for in the options (P5 to P99.9 by default).</summary>
    public ImmutableArray<PercentileValue> Percentiles { get; }

    /// <summary>The loss exceedance curve on a log-spaced grid from the smallest to the largest positive loss.</summary>
    public LossExceedanceCurve ExceedanceCurve { get; }

    /// <summary>The sorted sample (ascending). The zero years are held as a count; the full array is written out on first use (thread-safe).</summary>
    public ReadOnlySpan<double> SortedSample
    {
        get
        {
            if (_sorted is null)
            {
                var sorted = new double[_count];
                _positives.CopyTo(sorted, _zeros);
                Interlocked.CompareExchange(ref _sorted, sorted, null);
            }

            return _sorted;
        }
    }

    /// <summary>The percentile at level <paramref name="probability"/> (type 7 interpolation).</summary>
    /// <param name="probability">The level, within [0, 1] (0.9 for P90).</param>
    /// <returns>The loss.</returns>
    public double Percentile(double probability)
    {
        Guard.Against.OutOfRange(probability, nameof(probability), 0.0, 1.0);
        var h = (_count - 1) * probability;
        var lo = (int)Math.Floor(h);
        if (lo >= _count - 1)
        {
            return At(_count - 1);
        }

        return At(lo) + ((h - lo) * (At(lo + 1) - At(lo)));
    }

    /// <summary>Value at risk: the loss not exceeded with probability <paramref name="level"/> (its percentile).</summary>
    /// <param name="level">The confidence level, e.g. 0.95.</param>
    /// <returns>The loss.</returns>
    public double ValueAtRisk(double level) => Percentile(level);

    /// <summary>Expected shortfall (conditional value at risk): the mean loss of the worst ceil(n (1 - level)) years.</summary>
    /// <param name="level">The confidence level within [0, 1), e.g. 0.99.</param>
    /// <returns>The mean loss in the tail.</returns>
    public double ExpectedShortfall(double level)
    {
        Guard.Against.OutOfRange(level, nameof(level), 0.0, Math.BitDecrement(1.0));
        var k = Math.Max(1, (int)Math.Ceiling(Math.Round(_count * (1 - level), 9)));
        var sum = 0.0;
        for (var i = _count - k; i < _count; i++)
        {
            sum += At(i);
        }

        return sum / k;
    }

    /// <summary>The probability that a year's loss exceeds <paramref name="threshold"/>: P(loss &gt; threshold).</summary>
    /// <param name="threshold">The loss threshold.</param>
    /// <returns>The fraction of simulated years above it.</returns>
    public double ProbabilityOfExceeding(double threshold)
    {
        var index = UpperBound(threshold);
        return (double)(_count - index) / _count;
    }

    /// <summary>A loss exceedance curve with another number of points.</summary>
    /// <param name="points">The number of grid points, at least 2.</param>
    /// <returns>The curve.</returns>
    public LossExceedanceCurve ExceedanceCurveWith(int points)
    {
        Guard.Against.OutOfRange(points, nameof(points), 2, 100_000);
        return BuildCurve(points);
    }

    /// <summary>Compares the loss exceedance with a risk tolerance curve, at the tolerance curve's points and this distribution's grid.</summary>
    /// <param name="tolerance">The tolerance curve.</param>
    /// <returns>The comparison.</returns>
    public ToleranceComparison CompareWith(RiskToleranceCurve tolerance)
    {
        Guard.Against.Null(tolerance);
        var losses = tolerance.Points.Select(p => p.Loss).Concat(ExceedanceCurve.Points.Select(p => p.Loss).Where(l => l > 0)).Distinct().Order();
        return new ToleranceComparison(tolerance.Name, [.. losses.Select(l => new ToleranceCheck(l, tolerance.ToleratedProbability(l), ProbabilityOfExceeding(l)))]);
    }

    private int UpperBound(double value)
    {
        if (!(value >= 0))
        {
            return 0;
        }

        // Every zero is at most value; search the positives.
        int lo = 0, hi = _positives.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_positives[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return _zeros + lo;
    }

    /// <summary>The order statistic at <paramref name="index"/> (0-based) of the sorted sample.</summary>
    internal double At(int index) => index < _zeros ? 0 : _positives[index - _zeros];

    private LossExceedanceCurve BuildCurve(int points)
    {
        var firstPositive = UpperBound(0);
        if (firstPositive == _count || points < 2)
        {
            return new LossExceedanceCurve([new ExceedancePoint(0, 0)]);
        }

        var low = At(firstPositive);
        var high = At(_count - 1);
        if (high <= low)
        {
            return new LossExceedanceCurve([new ExceedancePoint(0, ProbabilityOfExceeding(0)), new ExceedancePoint(low, 0)]);
        }

        var builder = ImmutableArray.CreateBuilder<ExceedancePoint>(points + 1);
        builder.Add(new ExceedancePoint(0, ProbabilityOfExceeding(0)));
        var ratio = Math.Log(high / low);
        for (var i = 0; i < points; i++)
        {
            var loss = i == points - 1 ? high : low * Math.Exp(ratio * i / (points - 1));
            builder.Add(new ExceedancePoint(loss, ProbabilityOfExceeding(loss)));
        }

        return new LossExceedanceCurve(builder.MoveToImmutable());
    }
}
