namespace Isms.Risk.Scoring;

/// <summary>
/// The stable codes of the register's consistency findings. Errors a risk cannot be scored with are reported under
/// their <see cref="RiskErrorCodes"/> code (ISMS-RISK-0xx) with <see cref="FindingSeverity.Error"/>.
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

    /// <summary>The risk's acceptance has expired.</summary>
    public const string AcceptanceExpired = "ISMS-RISK-104";

    /// <summary>The risk's acceptance has no expiry date (acceptances should be reviewed on a date).</summary>
    public const string AcceptanceWithoutExpiry = "ISMS-RISK-105";

    /// <summary>The risk has no owner (clause 6.1.2 c 2).</summary>
    public const string RiskWithoutOwner = "ISMS-RISK-106";

    /// <summary>The risk was accepted by someone who is not its owner (clause 6.1.3 f).</summary>
    public const string AcceptanceNotByOwner = "ISMS-RISK-107";

    /// <summary>The acceptance accepted another assessment than the current one.</summary>
    public const string AcceptanceDoesNotMatch = "ISMS-RISK-108";

    /// <summary>The treatment is "retain" but the risk is above the appetite and not validly accepted.</summary>
    public const string RetainedAboveAppetiteWithoutAcceptance = "ISMS-RISK-109";

    /// <summary>The treatment is "avoid" but a residual risk above the lowest level remains.</summary>
    public const string AvoidedRiskHasResidual = "ISMS-RISK-110";

    /// <summary>The treatment is "modify" but no control is linked to the risk.</summary>
    public const string ModifyWithoutControls = "ISMS-RISK-111";

    /// <summary>The residual risk is above the appetite and not accepted by the risk owner (clause 6.1.3 f).</summary>
    public const string ResidualAboveAppetiteNotAccepted = "ISMS-RISK-112";

    /// <summary>The acceptance is dated after the evaluation date.</summary>
    public const string AcceptanceNotYetValid = "ISMS-RISK-113";

    /// <summary>A control linked to the risk is not effective or retired, so it reduces nothing.</summary>
    public const string ControlWithoutEffect = "ISMS-RISK-114";

    /// <summary>The stored consequence differs from the combination of the per-criterion consequences.</summary>
    public const string ConsequenceDisagreesWithCriteria = "ISMS-RISK-115";

    /// <summary>A derived residual was capped at the current level (non-monotone matrix).</summary>
    public const string ResidualCapped = "ISMS-RISK-116";
}
