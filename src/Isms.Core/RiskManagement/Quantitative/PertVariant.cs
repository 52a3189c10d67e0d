namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>Which PERT parameterisation a <see cref="PertDistribution"/> uses.</summary>
/// <threadsafety>An enumeration: immutable.</threadsafety>
public enum PertVariant
{
    /// <summary>
    /// The textbook (Vose, Open FAIR) form: Beta(alpha, beta) on [low, high] with alpha = 1 + shape (mode - low) / (high - low)
    /// and beta = 1 + shape (high - mode) / (high - low). Mean (low + shape mode + high) / (shape + 2).
    /// </summary>
    Textbook = 0,

    /// <summary>
    /// The moment-matched form some tools use: a Beta on [low, high] whose mean is (low + shape mode + high) / (shape + 2)
    /// and whose standard deviation is (high - low) / (shape + 2), i.e. (high - low) / 6 with the default shape 4.
    /// </summary>
    MomentMatched = 1,
}
