namespace Isms.Risk.Quantitative;

/// <summary>A percentile of a loss distribution: P(annual loss &lt;= <see cref="Loss"/>) = <see cref="Probability"/>.</summary>
/// <param name="Probability">The level, e.g. 0.9 for P90.</param>
/// <param name="Loss">The loss at that level.</param>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public readonly record struct PercentileValue(double Probability, double Loss);
