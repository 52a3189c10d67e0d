using Isms.Core;
using Isms.Core.Readiness;

namespace Isms.Risk.Scoring;

/// <summary>
/// A finding of the risk rules on one risk of the register: a stable <see cref="Code"/> (see
/// <see cref="RiskFindingCodes"/>, documented in docs/risk.md), one severity and clause per code wherever it is
/// reported, a message for practitioners, and the person concerned. <c>isms risks</c> lists these findings and the
/// readiness analysis reports the very same ones (<see cref="ToReadinessFinding"/>, through <see cref="RiskEvaluationRule"/>).
/// </summary>
/// <param name="Code">The stable code, e.g. <c>ISMS-RISK-104</c>.</param>
/// <param name="RiskId">The risk concerned.</param>
/// <param name="Severity">How serious it is, in the terms of a certification audit (the same scale as readiness).</param>
/// <param name="Section">The clause it belongs to (6 planning, 8 operation).</param>
/// <param name="Reference">The clause, e.g. <c>6.1.3 f</c>.</param>
/// <param name="Message">What was found, naming the risk, the levels and the people.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskFinding(string Code, RiskId RiskId, ReadinessSeverity Severity, ReadinessSection Section, string Reference, string Message)
{
    /// <summary>The other entity involved (the risk owner, the person who accepted), or null.</summary>
    public EntityReference? Related { get; init; }

    /// <summary>The same finding as the readiness analysis reports it: the risk, then <see cref="Related"/>, as entities.</summary>
    public ReadinessFinding ToReadinessFinding() =>
        new(Code, Severity, Section, Reference, Message, Related is { } related ? [EntityReference.To(RiskId), related] : [EntityReference.To(RiskId)]);

    /// <summary>Returns e.g. <c>[Major] ISMS-RISK-104 6.1.3 f: Risk R-07 ...</c>, as a readiness finding prints.</summary>
    public override string ToString() => $"[{Severity}] {Code} {Reference}: {Message}";
}
