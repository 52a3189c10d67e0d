using System.Collections.Immutable;
using Isms.Core.Readiness;
using Isms.Evidence.Rules;

namespace Isms.Evidence;

/// <summary>The readiness rules of Isms.Evidence, ready to add to a <see cref="ReadinessAnalyzer"/> (<c>AddIsms</c> registers them).</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class EvidenceRules
{
    /// <summary>Every rule with <paramref name="options"/> (e.g. the next audit of a certification record).</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults (no audit date).</param>
    public static ImmutableArray<IReadinessRule> Create(EvidenceOptions? options = null) =>
    [
        new ControlEvidenceRule(options),
        new AutomatedEvidenceRule(),
        new ControlTestScheduleRule(options),
        new ObjectiveMeasurementRule(options),
        new PlannedChangeRule(),
    ];
}
