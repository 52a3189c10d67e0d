namespace Isms.Risk.Scoring;

/// <summary>
/// What the scoring kernel noticed about a risk beyond its levels. Every consistency finding of the register and
/// every line of a risk's explanation is derived from these flags (and the register's facts), so the batch path and
/// the explained path cannot disagree.
/// </summary>
[Flags]
#pragma warning disable CA1028 // Two bytes keep the batch output small.
public enum RiskScoreFlags : ushort
#pragma warning restore CA1028
{
    /// <summary>Nothing noticed.</summary>
    None = 0,

    /// <summary>The current assessment is above the inherent one (likelihood, consequence or level): kept as assessed, reported.</summary>
    CurrentAboveInherent = 1,

    /// <summary>The assessed residual is above the current assessment: kept as assessed, reported.</summary>
    ResidualAboveCurrent = 2,

    /// <summary>The residual was derived from the controls' effects (not assessed directly).</summary>
    ResidualDerived = 4,

    /// <summary>The residual level is within the appetite (at or below the acceptance level): no acceptance is needed.</summary>
    ResidualWithinAppetite = 8,

    /// <summary>The residual is above the appetite and its acceptance had expired on the evaluation date.</summary>
    AcceptanceExpired = 16,

    /// <summary>The residual is above the appetite and the acceptance in force accepted another cell than the residual one.</summary>
    AcceptanceMismatch = 32,

    /// <summary>The residual is above the appetite and its acceptance is dated after the evaluation date.</summary>
    AcceptanceNotYetValid = 64,

    /// <summary>A derived residual was capped at the current level (only possible with a non-monotone matrix).</summary>
    ResidualCapped = 128,

    /// <summary>The residual is above the appetite and its acceptance was given by someone other than the risk owner.</summary>
    AcceptanceNotByOwner = 256,

    /// <summary>
    /// The residual is above the appetite and covered by an acceptance that counts: in force on the evaluation date,
    /// given by the risk owner, of exactly the residual likelihood and consequence (ISO/IEC 27001:2022 6.1.3 f).
    /// </summary>
    ResidualAccepted = 512,

    /// <summary>
    /// The input could not be scored (a level off its scale, or only one of likelihood and consequence given): every
    /// level of the output is 0, the evaluation is <see cref="RiskEvaluation.None"/> and no other flag is set.
    /// <see cref="RiskScorer.Validate(in RiskInput, string)"/> says why.
    /// </summary>
    NotScored = 1024,
}
