using Ardalis.GuardClauses;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using NodaTime;

namespace Isms.Core.Readiness;

/// <summary>What a <see cref="IReadinessRule"/> evaluates: the ISMS, the date of the analysis and the options.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReadinessContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public ReadinessContext(InformationSecurityManagementSystem isms, LocalDate asOf, ReadinessOptions? options = null)
    {
        Guard.Against.Null(isms);
        Isms = isms;
        AsOf = asOf;
        Options = options ?? ReadinessOptions.Default;
    }

    /// <summary>The ISMS.</summary>
    public InformationSecurityManagementSystem Isms { get; }

    /// <summary>The date of the analysis.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The options.</summary>
    public ReadinessOptions Options { get; }

    /// <summary>True when the person exists and is active on <see cref="AsOf"/>.</summary>
    /// <param name="person">The person.</param>
    public bool IsActive(PersonId person) => Isms.People.TryGet(person, out var p) && p.IsActiveOn(AsOf);

    /// <summary>The person's name, or the id if unknown.</summary>
    /// <param name="person">The person.</param>
    public string NameOf(PersonId person) => Isms.People.TryGet(person, out var p) ? p.Name : person.Value;

    /// <summary>The residual assessment of a risk: assessed, or estimated by <see cref="ReadinessOptions.ResidualEstimator"/>.</summary>
    /// <param name="risk">The risk.</param>
    public RiskAssessment ResidualOf(RiskScenario risk)
    {
        Guard.Against.Null(risk);
        return risk.Residual ?? Options.ResidualEstimator?.Invoke(risk) ?? risk.ResidualOrLatest;
    }

    /// <summary>The risk level of an assessment on the organisation's matrix.</summary>
    /// <param name="assessment">The assessment.</param>
    public RiskLevel LevelOf(RiskAssessment assessment)
    {
        Guard.Against.Null(assessment);
        return Isms.RiskCriteria.Matrix.LevelOf(assessment.Likelihood, assessment.Consequence);
    }

    /// <summary>The level's name on the organisation's matrix, e.g. <c>High</c>.</summary>
    /// <param name="level">The level.</param>
    public string LevelName(RiskLevel level) => Isms.RiskCriteria.Matrix.Definition(level).Name;

    /// <summary>True when <paramref name="date"/> lies within <paramref name="period"/> before <see cref="AsOf"/> (inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <param name="period">The period.</param>
    public bool IsWithin(LocalDate date, Period period)
    {
        Guard.Against.Null(period);
        return date <= AsOf && date >= AsOf.Minus(period);
    }
}
