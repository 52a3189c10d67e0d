using System.Collections.Immutable;

namespace Isms.Risk.Scoring;

/// <summary>
/// A scored risk: inherent, current and residual stages, the evaluation against the acceptance criteria, flags, the
/// controls' reductions applied, and the explanation in words, so an auditor can follow how each level was reached.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d and e (analyse and evaluate); 8.2 (risk assessment results).</para>
/// </summary>
/// <param name="RiskId">The risk's id.</param>
/// <param name="Inherent">The inherent stage.</param>
/// <param name="Current">The current stage.</param>
/// <param name="Residual">The residual stage.</param>
/// <param name="Evaluation">The evaluation (current level against the appetite; the residual's acceptance above it).</param>
/// <param name="Flags">What the scoring kernel noticed.</param>
/// <param name="Reductions">The controls' reductions applied to derive the residual (empty when assessed).</param>
/// <param name="Explanation">How the result was reached, one step a line.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record RiskScore(
    string RiskId,
    StageScore Inherent,
    StageScore Current,
    StageScore Residual,
    RiskEvaluation Evaluation,
    RiskScoreFlags Flags,
    ImmutableArray<AppliedReduction> Reductions,
    ImmutableArray<string> Explanation)
{
    /// <summary>The stage asked for.</summary>
    public StageScore this[RiskStage stage] => stage switch
    {
        RiskStage.Inherent => Inherent,
        RiskStage.Current => Current,
        _ => Residual,
    };
}
