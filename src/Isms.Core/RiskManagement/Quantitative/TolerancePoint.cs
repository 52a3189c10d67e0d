namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>One point of a risk tolerance curve: the organisation accepts losing more than <see cref="Loss"/> in a year with at most <see cref="Probability"/>.</summary>
/// <param name="Loss">The annual loss.</param>
/// <param name="Probability">The highest acceptable probability of exceeding it.</param>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public readonly record struct TolerancePoint(double Loss, double Probability);
