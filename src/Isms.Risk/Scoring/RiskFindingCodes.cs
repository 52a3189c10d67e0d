namespace Isms.Risk.Scoring;

/// <summary>
/// The stable codes of the findings the risk rules report on a scored register (documented with their severity and
/// clause in docs/risk.md). They are reported, never thrown: <c>ISMS-RISK-1nn</c>. A risk that cannot be scored at all
/// is reported under the code of the error that prevents it (an <c>-0nn</c> code: <see cref="RiskErrorCodes"/> or
/// <see cref="Isms.Core.IsmsErrorCodes"/>), with severity <see cref="Isms.Core.Readiness.ReadinessSeverity.Major"/>.
/// </summary>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class RiskFindingCodes
{
    /// <summary>The assessed residual is above the current assessment.</summary>
    public const string ResidualAboveCurrent = "ISMS-RISK-101";

    /// <summary>The current assessment is above the inherent one.</summary>
    public const string CurrentAboveInherent = "ISMS-RISK-102";

    /// <summary>The assessed residual is lower than current, but no control is linked to the risk.</summary>
    public const string ResidualLoweredWithoutControl = "ISMS-RISK-103";

    /// <summary>The residual risk is above the appetite and its acceptance has expired (clause 6.1.3 f).</summary>
    public const string AcceptanceExpired = "ISMS-RISK-104";

    /// <summary>The residual risk is accepted, but the acceptance has no expiry date to review it on.</summary>
    public const string AcceptanceWithoutExpiry = "ISMS-RISK-105";

    /// <summary>The residual risk is above the appetite and was accepted by someone who is not the risk owner (clause 6.1.3 f).</summary>
    public const string AcceptanceNotByOwner = "ISMS-RISK-107";

    /// <summary>The residual risk is above the appetite and the acceptance in force accepted another likelihood and consequence.</summary>
    public const string AcceptanceDoesNotMatch = "ISMS-RISK-108";

    /// <summary>The treatment is "avoid" but a residual risk above the lowest level remains.</summary>
    public const string AvoidedRiskHasResidual = "ISMS-RISK-110";

    /// <summary>The residual risk is above the appetite and the risk owner has not accepted it (clause 6.1.3 f).</summary>
    public const string ResidualAboveAppetiteNotAccepted = "ISMS-RISK-112";

    /// <summary>The residual risk is above the appetite and its acceptance is dated after the evaluation date.</summary>
    public const string AcceptanceNotYetValid = "ISMS-RISK-113";

    /// <summary>The stored consequence differs from the combination of the per-criterion consequences.</summary>
    public const string ConsequenceDisagreesWithCriteria = "ISMS-RISK-115";

    /// <summary>A derived residual was capped at the current level (non-monotone matrix).</summary>
    public const string ResidualCapped = "ISMS-RISK-116";

    /// <summary>The treatment is "retain" but controls are planned: retaining means no further treatment, so they are not counted.</summary>
    public const string RetainedWithPlannedControls = "ISMS-RISK-117";
}
