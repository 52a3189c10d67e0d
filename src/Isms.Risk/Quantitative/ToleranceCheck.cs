namespace Isms.Risk.Quantitative;

/// <summary>The simulated and tolerated probability of exceeding one loss.</summary>
/// <param name="Loss">The annual loss.</param>
/// <param name="ToleratedProbability">The highest probability the tolerance curve accepts.</param>
/// <param name="SimulatedProbability">The probability the simulation gives.</param>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public readonly record struct ToleranceCheck(double Loss, double ToleratedProbability, double SimulatedProbability)
{
    /// <summary>True when the simulated probability is above the tolerated one: outside appetite.</summary>
    public bool Exceeds => SimulatedProbability > ToleratedProbability;
}
