using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// An N x M risk matrix: likelihood (rows) x consequence (columns) mapped to one of the ordered risk levels.
/// Every cell is filled and the dimensions match the scales. A matrix where a higher likelihood or consequence gives
/// a lower level (not monotone) is rejected unless the caller explicitly allows it.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d 3: determine the levels of risk.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class RiskMatrix
{
    private readonly int[] _cells; // row-major: (likelihood - 1) * consequenceCount + (consequence - 1) -> risk level value

    /// <summary>Creates a matrix.</summary>
    /// <param name="likelihood">The likelihood scale (rows).</param>
    /// <param name="consequence">The consequence scale (columns).</param>
    /// <param name="levels">The risk levels, lowest first.</param>
    /// <param name="cells">The cells, indexed <c>[likelihood - 1][consequence - 1]</c>, each a 1-based risk level.</param>
    /// <param name="allowNonMonotone">True to accept a matrix where a higher likelihood or consequence gives a lower level.</param>
    /// <exception cref="ArgumentException">A missing row or cell, a level outside the risk levels, or a non-monotone matrix not allowed.</exception>
    public RiskMatrix(
        RiskScale likelihood,
        RiskScale consequence,
        IEnumerable<RiskLevelDefinition> levels,
        IReadOnlyList<IReadOnlyList<int>> cells,
        bool allowNonMonotone = false)
    {
        Guard.Against.Null(likelihood);
        Guard.Against.Null(consequence);
        Guard.Against.Null(levels);
        Guard.Against.Null(cells);
        Levels = [.. levels];
        if (Levels.Length < 2)
        {
            throw new ArgumentException($"A risk matrix needs at least 2 risk levels; {Levels.Length} given.", nameof(levels));
        }

        if (cells.Count != likelihood.Count)
        {
            throw new ArgumentException(
                $"The matrix has {cells.Count} rows; the likelihood scale '{likelihood.Name}' has {likelihood.Count} levels.", nameof(cells));
        }

        _cells = new int[likelihood.Count * consequence.Count];
        for (var l = 0; l < likelihood.Count; l++)
        {
            var row = cells[l] ?? throw new ArgumentException($"Matrix row for likelihood {l + 1} is missing.", nameof(cells));
            if (row.Count != consequence.Count)
            {
                throw new ArgumentException(
                    $"Matrix row for likelihood {l + 1} has {row.Count} cells; the consequence scale '{consequence.Name}' has {consequence.Count} levels.",
                    nameof(cells));
            }

            for (var c = 0; c < consequence.Count; c++)
            {
                var value = row[c];
                if (value < 1 || value > Levels.Length)
                {
                    throw new ArgumentException(
                        $"Matrix cell (likelihood {l + 1}, consequence {c + 1}) is {value}; risk levels are 1 to {Levels.Length}.", nameof(cells));
                }

                _cells[(l * consequence.Count) + c] = value;
            }
        }

        Likelihood = likelihood;
        Consequence = consequence;
        IsMonotone = CheckMonotone(out var violation);
        if (!IsMonotone && !allowNonMonotone)
        {
            throw new ArgumentException($"The matrix is not monotone: {violation}. Pass allowNonMonotone: true to accept it.", nameof(cells));
        }
    }

    /// <summary>The likelihood scale (rows).</summary>
    public RiskScale Likelihood { get; }

    /// <summary>The consequence scale (columns).</summary>
    public RiskScale Consequence { get; }

    /// <summary>The ordered risk levels, lowest first. Level <c>n</c> is <c>Levels[n - 1]</c>.</summary>
    public ImmutableArray<RiskLevelDefinition> Levels { get; }

    /// <summary>True when a higher likelihood or consequence never gives a lower level.</summary>
    public bool IsMonotone { get; }

    /// <summary>The risk level of a cell.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The likelihood or consequence is not on its scale.</exception>
    public RiskLevel LevelOf(LikelihoodLevel likelihood, ConsequenceLevel consequence)
    {
        if (!Likelihood.Contains(likelihood.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(likelihood), likelihood.Value, $"Likelihood scale '{Likelihood.Name}' has levels 1 to {Likelihood.Count}.");
        }

        if (!Consequence.Contains(consequence.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(consequence), consequence.Value, $"Consequence scale '{Consequence.Name}' has levels 1 to {Consequence.Count}.");
        }

        return new RiskLevel(_cells[((likelihood.Value - 1) * Consequence.Count) + consequence.Value - 1]);
    }

    /// <summary>The definition of a risk level.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not one of this matrix's levels.</exception>
    public RiskLevelDefinition Definition(RiskLevel level) =>
        level.Value >= 1 && level.Value <= Levels.Length
            ? Levels[level.Value - 1]
            : throw new ArgumentOutOfRangeException(nameof(level), level.Value, $"Risk levels are 1 to {Levels.Length}.");

    /// <summary>The cells as a row-major copy: index <c>(likelihood - 1) * Consequence.Count + (consequence - 1)</c>.</summary>
    public ImmutableArray<int> Cells => [.. _cells];

    private bool CheckMonotone(out string violation)
    {
        var columns = Consequence.Count;
        for (var l = 0; l < Likelihood.Count; l++)
        {
            for (var c = 0; c < columns; c++)
            {
                var here = _cells[(l * columns) + c];
                if (l + 1 < Likelihood.Count && _cells[((l + 1) * columns) + c] < here)
                {
                    violation = $"likelihood {l + 2} x consequence {c + 1} is lower than likelihood {l + 1} x consequence {c + 1}";
                    return false;
                }

                if (c + 1 < columns && _cells[(l * columns) + c + 1] < here)
                {
                    violation = $"likelihood {l + 1} x consequence {c + 2} is lower than likelihood {l + 1} x consequence {c + 1}";
                    return false;
                }
            }
        }

        violation = string.Empty;
        return true;
    }
}
