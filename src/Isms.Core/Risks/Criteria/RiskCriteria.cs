using Ardalis.GuardClauses;

namespace Isms.Core.Risks.Criteria;

/// <summary>
/// The organisation's risk criteria: the matrix (with its likelihood and consequence scales and risk levels) and
/// the risk acceptance criteria (the highest level accepted without treatment: the risk appetite).
/// <para>ISO/IEC 27001:2022 clause 6.1.2 a: establish and maintain information security risk criteria, including
/// the risk acceptance criteria and the criteria for performing risk assessments.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RiskCriteria
{
    /// <summary>Creates risk criteria.</summary>
    /// <param name="name">The methodology's name, e.g. <c>ACME 5x5 (2026)</c>.</param>
    /// <param name="matrix">The risk matrix.</param>
    /// <param name="acceptanceLevel">The highest risk level accepted without treatment.</param>
    /// <exception cref="ArgumentOutOfRangeException">The acceptance level is not one of the matrix's levels.</exception>
    public RiskCriteria(string name, RiskMatrix matrix, RiskLevel acceptanceLevel)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(matrix);
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

    /// <summary>True when a level is within the acceptance criteria (at or below <see cref="AcceptanceLevel"/>).</summary>
    public bool IsAcceptable(RiskLevel level) => level.Value <= AcceptanceLevel.Value;
}
