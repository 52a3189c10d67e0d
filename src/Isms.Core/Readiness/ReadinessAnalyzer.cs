using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.Readiness.Rules;
using NodaTime;

namespace Isms.Core.Readiness;

/// <summary>
/// Evaluates an ISMS as a Stage 1 auditor would on a given date: mandatory documented information, context and
/// scope, leadership, the risk register, the risk treatment plan, the Statement of Applicability, objectives,
/// competence and awareness, monitoring, internal audit, management review and nonconformities. Rules are pluggable:
/// <see cref="Default"/> holds the built-in rules, <see cref="WithRule(IReadinessRule)"/> adds one; the analyzer holds
/// its <see cref="Options"/> (<see cref="WithOptions"/>).
/// <code>
/// var analyzer = ReadinessAnalyzer.Default.WithRule(new RiskEvaluationRule()); // Isms.Risk: levels and acceptance
/// var report = analyzer.Analyze(isms, clock.GetCurrentInstant().InUtc().Date);
/// if (report.HasBlocking) { ... }
/// </code>
/// </summary>
/// <remarks>The built-in rules check the risk register as recorded (a register exists, owners active, assessments
/// recent, controls where a risk is modified). What the levels mean (the residual risk against the appetite and its
/// owner's acceptance, 6.1.3 f) needs the risk engine: add Isms.Risk's <c>RiskEvaluationRule</c>, which
/// <c>services.AddIsms()</c> registers.</remarks>
/// <threadsafety>This type is immutable, stateless and thread-safe.</threadsafety>
public sealed class ReadinessAnalyzer
{
    /// <summary>Creates an analyzer with the given rules and the default options.</summary>
    /// <param name="rules">The rules.</param>
    public ReadinessAnalyzer(IEnumerable<IReadinessRule> rules)
        : this(rules, ReadinessOptions.Default)
    {
    }

    /// <summary>Creates an analyzer with the given rules and options.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="options">The intervals the rules apply.</param>
    public ReadinessAnalyzer(IEnumerable<IReadinessRule> rules, ReadinessOptions options)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(options);
        Rules = [.. rules];
        foreach (var rule in Rules)
        {
            Guard.Against.Null(rule, nameof(rules));
        }

        Options = options;
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

    /// <summary>An analyzer with the built-in rules and the default options.</summary>
    public static ReadinessAnalyzer Default { get; } = new(BuiltInRules);

    /// <summary>The rules, in evaluation order.</summary>
    public ImmutableArray<IReadinessRule> Rules { get; }

    /// <summary>The intervals the rules apply.</summary>
    public ReadinessOptions Options { get; }

    /// <summary>Returns an analyzer with a further rule (and the same options).</summary>
    /// <param name="rule">The rule.</param>
    public ReadinessAnalyzer WithRule(IReadinessRule rule)
    {
        Guard.Against.Null(rule);
        return new(Rules.Add(rule), Options);
    }

    /// <summary>Returns an analyzer with the same rules and other options.</summary>
    /// <param name="options">The intervals the rules apply.</param>
    public ReadinessAnalyzer WithOptions(ReadinessOptions options) => new(Rules, options);

    /// <summary>Analyses an ISMS as of a date, with this analyzer's <see cref="Options"/>.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="asOf">The date (e.g. the planned Stage 1 date).</param>
    /// <returns>The findings and a summary per clause.</returns>
    public ReadinessReport Analyze(InformationSecurityManagementSystem isms, LocalDate asOf)
    {
        var context = new ReadinessContext(isms, asOf, Options);
        return new ReadinessReport(asOf, Rules.SelectMany(rule => rule.Evaluate(context)).ToList());
    }
}
