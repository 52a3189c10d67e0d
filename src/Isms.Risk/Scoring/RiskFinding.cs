using Isms.Core;

namespace Isms.Risk.Scoring;

/// <summary>
/// A consistency finding on one risk of the register, with a stable <see cref="Code"/> (see
/// <see cref="RiskFindingCodes"/>, documented in docs/risk.md) that the readiness analysis and vendors can rely on.
/// </summary>
/// <param name="Code">The stable code, e.g. <c>ISMS-RISK-101</c>.</param>
/// <param name="RiskId">The risk concerned.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What was found, naming the values.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskFinding(string Code, RiskId RiskId, FindingSeverity Severity, string Message)
{
    /// <summary>Returns e.g. <c>ISMS-RISK-104 R-007: the acceptance expired on 2026-06-30.</c>.</summary>
    public override string ToString() => $"{Code} {RiskId}: {Message}";
}
