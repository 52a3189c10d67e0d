using Ardalis.GuardClauses;
using Isms.Core.Readiness;

namespace Isms.Risk.Scoring;

/// <summary>
/// The readiness rule for what the risk register's levels mean (clauses 6.1.2 d-e, 6.1.3 and 8.2): it reports the
/// findings of <see cref="RegisterScorer"/> on the analysed ISMS, unchanged (same codes, severities, clauses and
/// messages as <c>isms risks</c>), so the readiness analysis and the risk register never disagree: the residual risk
/// above the appetite and its owner's acceptance (expired, not yet valid, of another cell, not by the owner), treatment
/// consistency, assessments that contradict each other, risks that cannot be scored.
/// </summary>
/// <remarks>
/// <para><c>services.AddIsms()</c> registers it, so the <see cref="ReadinessAnalyzer"/> from the container includes it.
/// Without dependency injection: <c>ReadinessAnalyzer.Default.WithRule(new RiskEvaluationRule())</c>.</para>
/// <para>Isms.Core's built-in rules check the register as recorded, with no risk engine: a register exists
/// (<c>RDY-RSK-001</c>), owners are active (<c>RDY-RSK-002</c>), assessments are recent (<c>RDY-RSK-003</c>), a risk to
/// be modified has controls (<c>RDY-RSK-004</c>), risks name assets (<c>RDY-RSK-009</c>) and do not rely on ineffective
/// controls (<c>RDY-RSK-010</c>). A Core-only analysis therefore does not evaluate levels or acceptances.</para>
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class RiskEvaluationRule : IReadinessRule
{
    /// <inheritdoc />
    public string Name => "Risk evaluation and acceptance";

    /// <inheritdoc />
    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        Guard.Against.Null(context);
        return RegisterScorer.Score(context.Isms, context.AsOf).Findings.Select(f => f.ToReadinessFinding());
    }
}
