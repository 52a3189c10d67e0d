namespace Isms.Risk;

/// <summary>
/// The stable codes of the errors the qualitative risk engine throws (as <see cref="RiskScoringException"/> or
/// <see cref="Isms.Core.IsmsException"/>). Documented in docs/risk.md; vendors may map them to their own messages.
/// </summary>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class RiskErrorCodes
{
    /// <summary>A likelihood level is not on the likelihood scale.</summary>
    public const string LikelihoodOutsideScale = "ISMS-RISK-001";

    /// <summary>A consequence level is not on the consequence scale.</summary>
    public const string ConsequenceOutsideScale = "ISMS-RISK-002";

    /// <summary>A matrix to import or build is incomplete or inconsistent (missing cell, wrong dimensions, unknown level).</summary>
    public const string InvalidMatrix = "ISMS-RISK-003";

    /// <summary>A risk acceptance is given by someone who is not the risk owner.</summary>
    public const string AcceptanceNotByOwner = "ISMS-RISK-004";

    /// <summary>A control effectiveness is outside 0-100%.</summary>
    public const string EffectivenessOutOfRange = "ISMS-RISK-005";

    /// <summary>A consequence is assessed on a criterion the risk criteria do not define.</summary>
    public const string UnknownConsequenceCriterion = "ISMS-RISK-006";

    /// <summary>A risk refers to an applied control that does not exist.</summary>
    public const string UnknownAppliedControl = "ISMS-RISK-007";

    /// <summary>A methodology change lacks a correspondence for a level in use.</summary>
    public const string MissingCorrespondence = "ISMS-RISK-008";

    /// <summary>A control reduces a level by a negative number of levels.</summary>
    public const string NegativeReduction = "ISMS-RISK-010";

    /// <summary>Two risks in one register share an id.</summary>
    public const string DuplicateRiskId = "ISMS-RISK-011";

    /// <summary>Input and output spans of a batch differ in length.</summary>
    public const string BatchLengthMismatch = "ISMS-RISK-012";

    /// <summary>A level of a risk assessment is given for only one of likelihood and consequence.</summary>
    public const string IncompleteAssessment = "ISMS-RISK-013";
}
