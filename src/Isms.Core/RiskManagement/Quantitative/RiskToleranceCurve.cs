using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// The organisation's risk tolerance (appetite) as a curve of annual loss against the highest acceptable probability of
/// exceeding it; a loss exceedance curve above it anywhere is outside appetite. Between points the tolerance is interpolated
/// linearly in log(loss); beyond the last point it stays at the last probability.
/// </summary>
/// <remarks><para>ISO/IEC 27001:2022 clause 6.1.2 a 1: the risk acceptance criteria, stated in money.</para></remarks>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed class RiskToleranceCurve
{
    /// <summary>Creates a tolerance curve.</summary>
    /// <param name="name">The curve's name (e.g. "Board appetite 2026").</param>
    /// <param name="points">The points: losses positive and increasing, probabilities in [0, 1] and not increasing.</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-012</c>: the points do not form a tolerance curve.</exception>
    public RiskToleranceCurve(string name, IEnumerable<TolerancePoint> points)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(points);
        Name = name;
        Points = [.. points];
        if (Points.IsEmpty)
        {
            throw Fault.Of(FairErrorCodes.InvalidTolerance, $"Risk tolerance curve '{name}' has no points.", nameof(RiskToleranceCurve), name, nameof(Points));
        }

        for (var i = 0; i < Points.Length; i++)
        {
            var p = Points[i];
            if (!double.IsFinite(p.Loss) || p.Loss <= 0 || !(p.Probability >= 0 && p.Probability <= 1))
            {
                throw Fault.Of(FairErrorCodes.InvalidTolerance, $"Risk tolerance curve '{name}' point {i + 1}: loss {p.Loss} must be positive and probability {p.Probability} within [0, 1].", nameof(RiskToleranceCurve), name, $"Points[{i}]");
            }

            if (i > 0 && (p.Loss <= Points[i - 1].Loss || p.Probability > Points[i - 1].Probability))
            {
                throw Fault.Of(FairErrorCodes.InvalidTolerance, $"Risk tolerance curve '{name}' point {i + 1}: losses must increase and probabilities must not.", nameof(RiskToleranceCurve), name, $"Points[{i}]");
            }
        }
    }

    /// <summary>The curve's name.</summary>
    public string Name { get; }

    /// <summary>The points, by increasing loss.</summary>
    public ImmutableArray<TolerancePoint> Points { get; }

    /// <summary>The highest acceptable probability of an annual loss above <paramref name="loss"/>.</summary>
    /// <param name="loss">The loss.</param>
    /// <returns>The tolerated probability (the first point's probability below its loss).</returns>
    public double ToleratedProbability(double loss)
    {
        if (loss <= Points[0].Loss)
        {
            return Points[0].Probability;
        }

        for (var i = 1; i < Points.Length; i++)
        {
            if (loss <= Points[i].Loss)
            {
                var a = Points[i - 1];
                var b = Points[i];
                var t = (Math.Log(loss) - Math.Log(a.Loss)) / (Math.Log(b.Loss) - Math.Log(a.Loss));
                return a.Probability + (t * (b.Probability - a.Probability));
            }
        }

        return Points[^1].Probability;
    }
}
