namespace Isms.Risk.Quantitative;

/// <summary>One point of a loss exceedance curve: P(annual loss &gt; <see cref="Loss"/>) = <see cref="Probability"/>.</summary>
/// <param name="Loss">The annual loss.</param>
/// <param name="Probability">The probability of losing more than it in a year.</param>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public readonly record struct ExceedancePoint(double Loss, double Probability);
