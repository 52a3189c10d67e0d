namespace Isms.Risk.Methodology;

/// <summary>
/// A semi-quantitative scoring method: a number for each (likelihood, consequence) cell, which thresholds then map
/// to the risk levels (see <see cref="FormulaMatrix.Build"/>). Implement it to bring a method of your own; the engine
/// turns it into a matrix once, so scoring stays a table look-up.
/// </summary>
/// <remarks>Implementations must be pure (same inputs, same score) and thread-safe.</remarks>
public interface IRiskScoringMethod
{
    /// <summary>The method's name, e.g. <c>L x I</c>.</summary>
    string Name { get; }

    /// <summary>The score of a cell.</summary>
    /// <param name="likelihood">The 1-based likelihood position.</param>
    /// <param name="consequence">The 1-based consequence position.</param>
    /// <param name="likelihoodLevels">The number of likelihood levels.</param>
    /// <param name="consequenceLevels">The number of consequence levels.</param>
    /// <returns>A finite score; higher means more risk.</returns>
    double Score(int likelihood, int consequence, int likelihoodLevels, int consequenceLevels);
}
