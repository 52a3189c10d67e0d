using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Criteria;

/// <summary>Applies a <see cref="ConsequenceCombination"/> to consequences assessed per criterion.</summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ConsequenceCombinations
{
    /// <summary>Combines per-criterion consequences into one level.</summary>
    /// <param name="combination">The documented combination.</param>
    /// <param name="consequences">The consequences, at least one.</param>
    /// <returns>The worst level, or the mean rounded up, as <paramref name="combination"/> says.</returns>
    /// <exception cref="ArgumentException">No consequences given.</exception>
    public static ConsequenceLevel Combine(ConsequenceCombination combination, IEnumerable<CriterionConsequence> consequences)
    {
        Guard.Against.Null(consequences);
        var count = 0;
        var max = int.MinValue;
        long sum = 0;
        foreach (var consequence in consequences)
        {
            count++;
            sum += consequence.Level.Value;
            max = Math.Max(max, consequence.Level.Value);
        }

        if (count == 0)
        {
            throw new ArgumentException("At least one consequence is needed to combine.", nameof(consequences));
        }

        return combination switch
        {
            ConsequenceCombination.WorstCase => new ConsequenceLevel(max),
            ConsequenceCombination.MeanRoundedUp => new ConsequenceLevel((int)((sum + count - 1) / count)),
            _ => throw new ArgumentOutOfRangeException(nameof(combination), combination, "Not a defined consequence combination."),
        };
    }
}
