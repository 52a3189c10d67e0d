using Ardalis.GuardClauses;

namespace Isms.Risk.Methodology;

/// <summary>
/// The formula methods existing GRC tools use, on 1-based level positions L (likelihood) and I (impact, the
/// consequence): <c>L x I</c> and the impact- or likelihood-weighted variants <c>L*I+2I</c>, <c>L*I+I</c>,
/// <c>L*I+L</c>, <c>L*I+2L</c>. <see cref="ScaledToTen"/> rescales any method to 0-10 (10 at the highest cell).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FormulaMethod : IRiskScoringMethod
{
    private readonly Func<int, int, double> _formula;

    private FormulaMethod(string name, Func<int, int, double> formula)
    {
        Name = name;
        _formula = formula;
    }

    /// <summary><c>L x I</c>: likelihood times impact.</summary>
    public static FormulaMethod LikelihoodTimesImpact { get; } = new("L x I", (l, i) => l * i);

    /// <summary><c>L*I+2I</c>: weighs impact twice (a severe impact dominates).</summary>
    public static FormulaMethod PlusTwiceImpact { get; } = new("L*I+2I", (l, i) => (l * i) + (2 * i));

    /// <summary><c>L*I+I</c>: weighs impact.</summary>
    public static FormulaMethod PlusImpact { get; } = new("L*I+I", (l, i) => (l * i) + i);

    /// <summary><c>L*I+L</c>: weighs likelihood.</summary>
    public static FormulaMethod PlusLikelihood { get; } = new("L*I+L", (l, i) => (l * i) + l);

    /// <summary><c>L*I+2L</c>: weighs likelihood twice.</summary>
    public static FormulaMethod PlusTwiceLikelihood { get; } = new("L*I+2L", (l, i) => (l * i) + (2 * l));

    /// <summary>Every formula method above, in that order.</summary>
    public static IReadOnlyList<FormulaMethod> All { get; } =
        [LikelihoodTimesImpact, PlusTwiceImpact, PlusImpact, PlusLikelihood, PlusTwiceLikelihood];

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public double Score(int likelihood, int consequence, int likelihoodLevels, int consequenceLevels) => _formula(likelihood, consequence);

    /// <summary>
    /// Rescales a method to 0-10: <c>10 x score / score(highest likelihood, highest consequence)</c>, so methods and
    /// matrices of different sizes compare on one scale.
    /// </summary>
    /// <param name="method">The method to rescale.</param>
    public static IRiskScoringMethod ScaledToTen(IRiskScoringMethod method)
    {
        Guard.Against.Null(method);
        return new Scaled(method);
    }

    private sealed class Scaled(IRiskScoringMethod inner) : IRiskScoringMethod
    {
        public string Name => $"{inner.Name} (0-10)";

        public double Score(int likelihood, int consequence, int likelihoodLevels, int consequenceLevels)
        {
            var max = inner.Score(likelihoodLevels, consequenceLevels, likelihoodLevels, consequenceLevels);
            return max <= 0 ? 0 : 10.0 * inner.Score(likelihood, consequence, likelihoodLevels, consequenceLevels) / max;
        }
    }
}
