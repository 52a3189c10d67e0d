namespace Isms.Core.Readiness;

/// <summary>
/// A readiness rule: examines the ISMS in a <see cref="ReadinessContext"/> and reports findings. The built-in rules
/// cover clauses 4 to 10 and Annex A; vendors add their own (sector rules, house policies) through
/// <see cref="ReadinessAnalyzer.WithRule(IReadinessRule)"/>. Use your own code prefix (e.g. <c>ACME-001</c>).
/// </summary>
/// <threadsafety>Implementations must be stateless and thread-safe.</threadsafety>
public interface IReadinessRule
{
    /// <summary>A short name of the rule, e.g. <c>Mandatory documented information</c>.</summary>
    string Name { get; }

    /// <summary>Evaluates the rule.</summary>
    /// <param name="context">The ISMS, the date and the options.</param>
    /// <returns>The findings; empty when the rule is satisfied.</returns>
    IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context);
}
