using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Methodology;

/// <summary>
/// A risk matrix built from a scoring method: each cell's score, then thresholds that map scores to risk levels.
/// Keeps the scores so results can show them (explainability).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FormulaMatrix
{
    private FormulaMatrix(IRiskScoringMethod method, RiskMatrix matrix, ImmutableArray<double> scores, ImmutableArray<double> thresholds)
    {
        Method = method;
        Matrix = matrix;
        Scores = scores;
        Thresholds = thresholds;
    }

    /// <summary>The method the matrix was built from.</summary>
    public IRiskScoringMethod Method { get; }

    /// <summary>The resulting matrix.</summary>
    public RiskMatrix Matrix { get; }

    /// <summary>The score of each cell, row-major: <c>(likelihood - 1) * consequences + (consequence - 1)</c>.</summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>The lowest score of risk levels 2, 3, ... (one fewer than the levels), ascending.</summary>
    public ImmutableArray<double> Thresholds { get; }

    /// <summary>The score of a cell.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cell is not on the scales.</exception>
    public double ScoreOf(LikelihoodLevel likelihood, ConsequenceLevel consequence)
    {
        _ = Matrix.LevelOf(likelihood, consequence);
        return Scores[((likelihood.Value - 1) * Matrix.Consequence.Count) + consequence.Value - 1];
    }

    /// <summary>Builds the matrix: a cell's level is the highest level whose threshold its score reaches.</summary>
    /// <param name="method">The scoring method.</param>
    /// <param name="likelihood">The likelihood scale.</param>
    /// <param name="consequence">The consequence scale.</param>
    /// <param name="levels">The risk levels, lowest first.</param>
    /// <param name="thresholds">The lowest score of levels 2, 3, ...: one fewer than the levels, strictly ascending.</param>
    /// <param name="allowNonMonotone">True to accept a method that does not grow with likelihood and consequence.</param>
    /// <exception cref="Isms.Core.IsmsException">Code <see cref="RiskErrorCodes.InvalidMatrix"/>: thresholds do not fit the levels, or a score is not finite.</exception>
    public static FormulaMatrix Build(
        IRiskScoringMethod method,
        RiskScale likelihood,
        RiskScale consequence,
        IReadOnlyList<RiskLevelDefinition> levels,
        IReadOnlyList<double> thresholds,
        bool allowNonMonotone = false)
    {
        Guard.Against.Null(method);
        Guard.Against.Null(likelihood);
        Guard.Against.Null(consequence);
        Guard.Against.Null(levels);
        Guard.Against.Null(thresholds);
        if (thresholds.Count != levels.Count - 1)
        {
            throw Invalid(method, "Thresholds", thresholds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Method '{method.Name}': {thresholds.Count} thresholds for {levels.Count} risk levels; give one fewer than the levels.");
        }

        for (var t = 1; t < thresholds.Count; t++)
        {
            if (!(thresholds[t] > thresholds[t - 1]))
            {
                throw Invalid(method, $"Thresholds[{t}]", thresholds[t].ToString(System.Globalization.CultureInfo.InvariantCulture), $"Method '{method.Name}': threshold {t + 1} ({thresholds[t]}) is not above threshold {t} ({thresholds[t - 1]}).");
            }
        }

        var scores = new double[likelihood.Count * consequence.Count];
        var cells = new int[likelihood.Count][];
        for (var l = 1; l <= likelihood.Count; l++)
        {
            cells[l - 1] = new int[consequence.Count];
            for (var c = 1; c <= consequence.Count; c++)
            {
                var score = method.Score(l, c, likelihood.Count, consequence.Count);
                if (!double.IsFinite(score))
                {
                    throw Invalid(method, $"Scores[{((l - 1) * consequence.Count) + c - 1}]", score.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Method '{method.Name}': the score of likelihood {l} x consequence {c} is {score}, not a finite number.");
                }

                scores[((l - 1) * consequence.Count) + c - 1] = score;
                var level = 1;
                while (level <= thresholds.Count && score >= thresholds[level - 1])
                {
                    level++;
                }

                cells[l - 1][c - 1] = level;
            }
        }

        var matrix = new RiskMatrix(likelihood, consequence, levels, cells, allowNonMonotone);
        return new FormulaMatrix(method, matrix, [.. scores], [.. thresholds]);
    }

    private static Core.IsmsException Invalid(IRiskScoringMethod method, string member, string value, string message) =>
        new(new Core.IsmsError(RiskErrorCodes.InvalidMatrix, message) { EntityKind = nameof(FormulaMatrix), EntityId = method.Name, Member = member, Value = value });
}
