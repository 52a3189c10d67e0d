using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.RiskManagement.Criteria;
using NodaTime;

namespace Isms.Core.RiskManagement;

/// <summary>
/// One assessment of a risk: the likelihood and the consequence on the organisation's scales, and when it was made.
/// The level follows from the organisation's <see cref="RiskCriteria"/> (Isms.Risk scores it).
/// Consequence may be assessed once, or per criterion (C, I, A and others) with <see cref="PerCriterion"/>, which
/// keeps the per-criterion levels in <see cref="ByCriterion"/> and their combination in <see cref="Consequence"/>.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d (analyse) and 8.2 (risk assessment results, retained as documented information).</para>
/// </summary>
/// <param name="Likelihood">The likelihood level.</param>
/// <param name="Consequence">The consequence level (the worst of the criteria when assessed per criterion).</param>
/// <param name="AssessedOn">The date of the assessment.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record RiskAssessment(LikelihoodLevel Likelihood, ConsequenceLevel Consequence, LocalDate AssessedOn)
{
    /// <summary>
    /// The consequences assessed per criterion (empty when consequence was assessed once). When present, the scoring
    /// engine combines them by the criteria's documented <see cref="RiskCriteria.Combination"/>.
    /// </summary>
    public ImmutableArray<CriterionConsequence> ByCriterion { get; init; } = [];

    /// <summary>
    /// Creates an assessment whose consequence is assessed per criterion; <see cref="Consequence"/> is their
    /// combination (worst case unless <paramref name="combination"/> says otherwise).
    /// </summary>
    /// <param name="likelihood">The likelihood level.</param>
    /// <param name="consequences">The consequence per criterion, at least one, each criterion once.</param>
    /// <param name="assessedOn">The date of the assessment.</param>
    /// <param name="combination">How the criteria combine (the organisation's <see cref="RiskCriteria.Combination"/>).</param>
    /// <exception cref="ArgumentException">No consequences, or a criterion given twice.</exception>
    public static RiskAssessment PerCriterion(
        LikelihoodLevel likelihood,
        IEnumerable<CriterionConsequence> consequences,
        LocalDate assessedOn,
        ConsequenceCombination combination = ConsequenceCombination.WorstCase)
    {
        Guard.Against.Null(consequences);
        ImmutableArray<CriterionConsequence> list = [.. consequences];
        var seen = new HashSet<ConsequenceCriterion>();
        foreach (var item in list)
        {
            if (!seen.Add(item.Criterion))
            {
                throw new ArgumentException($"Consequence criterion '{item.Criterion}' is given twice.", nameof(consequences));
            }
        }

        return new RiskAssessment(likelihood, ConsequenceCombinations.Combine(combination, list), assessedOn) { ByCriterion = list };
    }
}
