namespace Isms.Risk.Scoring;

/// <summary>
/// A risk evaluated against the risk acceptance criteria.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 e (compare the analysis with the risk criteria, prioritise for treatment) on
/// the current level, and 6.1.3 f (the risk owners accept the residual risk) on the residual level.</para>
/// </summary>
public enum RiskEvaluation : byte
{
    /// <summary>Not evaluated: the risk could not be scored (see <see cref="RiskScoreFlags.NotScored"/>), or the default value of an unscored output.</summary>
    None = 0,

    /// <summary>The current level is at or below the acceptance level (the risk appetite).</summary>
    WithinAppetite = 1,

    /// <summary>
    /// The current level is above the appetite and the risk is not accepted: either the treatment still has to bring it
    /// within the appetite (the residual is within it), or the residual stays above the appetite without an acceptance
    /// that counts.
    /// </summary>
    NeedsTreatment = 2,

    /// <summary>
    /// The current level is above the appetite and the residual risk, also above it, is accepted by the risk owner: an
    /// acceptance in force on the evaluation date, of exactly the residual likelihood and consequence.
    /// </summary>
    Accepted = 3,
}
