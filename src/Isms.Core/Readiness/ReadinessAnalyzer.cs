using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.Readiness.Rules;
using NodaTime;

namespace Isms.Core.Readiness;

/// <summary>
/// Evaluates an ISMS as a Stage 1 auditor would on a given date: mandatory documented information, context and
/// scope, leadership, risk assessment and treatment, the Statement of Applicability, objectives, competence and
/// awareness, monitoring, internal audit, management review and nonconformities. Rules are pluggable:
/// <see cref="Default"/> holds the built-in rules, <see cref="WithRule(IReadinessRule)"/> adds a vendor's.
/// <code>
/// var report = ReadinessAnalyzer.Default.Analyze(isms, clock.GetCurrentInstant().InUtc().Date);
/// if (report.HasBlocking) { ... }
/// </code>
/// </summary>
/// <threadsafety>This type is immutable, stateless and thread-safe.</threadsafety>
public sealed class ReadinessAnalyzer
{
    /// <summary>Creates an analyzer with the given rules.</summary>
    /// <param name="rules">The rules.</param>
    public ReadinessAnalyzer(IEnumerable<IReadinessRule> rules)
    {
        Guard.Against.Null(rules);
        Rules = [.. rules];
        foreach (var rule in Rules)
        {
            Guard.Against.Null(rule, nameof(rules));
        }
    }

    /// <summary>The built-in rules (clauses 4 to 10 and Annex A).</summary>
    public static ImmutableArray<IReadinessRule> BuiltInRules { get; } =
    [
        new MandatoryDocumentsRule(),
        new ContextRule(),
        new LeadershipRule(),
        new RiskRule(),
        new TreatmentPlanRule(),
        new ObjectivesRule(),
        new SupportRule(),
        new AppliedControlsRule(),
        new MonitoringRule(),
        new InternalAuditRule(),
        new ManagementReviewRule(),
        new NonconformityRule(),
        new StatementOfApplicabilityRule(),
    ];

    /// <summary>An analyzer with the built-in rules.</summary>
    public static ReadinessAnalyzer Default { get; } = new(BuiltInRules);

    /// <summary>The rules, in evaluation order.</summary>
    public ImmutableArray<IReadinessRule> Rules { get; }

    /// <summary>Returns an analyzer with a further rule.</summary>
    /// <param name="rule">The rule.</param>
    public ReadinessAnalyzer WithRule(IReadinessRule rule)
    {
        Guard.Against.Null(rule);
        return new(Rules.Add(rule));
    }

    /// <summary>Analyses an ISMS as of a date.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="asOf">The date (e.g. the planned Stage 1 date).</param>
    /// <param name="options">Intervals and the residual estimator; <see langword="null"/> for the defaults.</param>
    /// <returns>The findings and a summary per clause.</returns>
    public ReadinessReport Analyze(InformationSecurityManagementSystem isms, LocalDate asOf, ReadinessOptions? options = null)
    {
        var context = new ReadinessContext(isms, asOf, options);
        return new ReadinessReport(asOf, Rules.SelectMany(rule => rule.Evaluate(context)).ToList());
    }
}
