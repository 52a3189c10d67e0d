using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// The organisation's risk criteria: the matrix (with its likelihood and consequence scales and risk levels) and
/// the risk acceptance criteria (the highest level accepted without treatment: the risk appetite).
/// <para>ISO/IEC 27001:2022 clause 6.1.2 a: establish and maintain information security risk criteria, including
/// the risk acceptance criteria and the criteria for performing risk assessments.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class RiskCriteria
{
    private readonly ImmutableArray<ConsequenceCriterion> _consequenceCriteria =
        [ConsequenceCriterion.Confidentiality, ConsequenceCriterion.Integrity, ConsequenceCriterion.Availability];

    private readonly ConsequenceCombination _combination = ConsequenceCombination.WorstCase;

    /// <summary>Creates risk criteria.</summary>
    /// <param name="name">The methodology's name, e.g. <c>ACME 5x5 (2026)</c>.</param>
    /// <param name="matrix">The risk matrix.</param>
    /// <param name="acceptanceLevel">The highest risk level accepted without treatment.</param>
    /// <exception cref="ArgumentOutOfRangeException">The acceptance level is not one of the matrix's levels.</exception>
    public RiskCriteria(string name, RiskMatrix matrix, RiskLevel acceptanceLevel)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(matrix);
        Check.WellFormed(name, "RiskCriteria.Name");
        _ = matrix.Definition(acceptanceLevel);
        Name = name;
        Matrix = matrix;
        AcceptanceLevel = acceptanceLevel;
    }

    /// <summary>The methodology's name.</summary>
    public string Name { get; }

    /// <summary>The risk matrix.</summary>
    public RiskMatrix Matrix { get; }

    /// <summary>The highest risk level accepted without treatment (the risk appetite).</summary>
    public RiskLevel AcceptanceLevel { get; }

    /// <summary>
    /// The criteria on which consequence is assessed when it is assessed per criterion: by default confidentiality,
    /// integrity and availability; an organisation may add others (financial, legal, reputational...). Names unique.
    /// </summary>
    /// <exception cref="ArgumentException">Set to an empty list or to a list with a repeated criterion.</exception>
    public ImmutableArray<ConsequenceCriterion> ConsequenceCriteria
    {
        get => _consequenceCriteria;
        init
        {
            if (value.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"Risk criteria '{Name}': at least one consequence criterion is needed.", nameof(ConsequenceCriteria));
            }

            var seen = new HashSet<ConsequenceCriterion>();
            foreach (var criterion in value)
            {
                if (criterion.Name is null || !seen.Add(criterion))
                {
                    throw new ArgumentException($"Risk criteria '{Name}': consequence criterion '{criterion}' is empty or repeated.", nameof(ConsequenceCriteria));
                }
            }

            _consequenceCriteria = value;
        }
    }

    /// <summary>How consequences assessed per criterion combine into one level (default: the worst case).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined combination.</exception>
    public ConsequenceCombination Combination
    {
        get => _combination;
        init => _combination = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Combination), value, "Not a defined consequence combination.");
    }

    /// <summary>True when a level is within the acceptance criteria (at or below <see cref="AcceptanceLevel"/>).</summary>
    public bool IsAcceptable(RiskLevel level) => level.Value <= AcceptanceLevel.Value;

    /// <summary>Combines consequences assessed per criterion into one level, by <see cref="Combination"/>.</summary>
    /// <exception cref="ArgumentException">No consequences given.</exception>
    public ConsequenceLevel CombineConsequences(IEnumerable<CriterionConsequence> consequences) =>
        ConsequenceCombinations.Combine(Combination, consequences);
}
