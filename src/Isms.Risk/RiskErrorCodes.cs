namespace Isms.Risk;

/// <summary>
/// The stable codes of the errors that belong to the risk engines alone (documented in docs/risk.md). Errors are
/// <c>ISMS-RISK-0nn</c>; findings are <c>ISMS-RISK-1nn</c> (<see cref="Scoring.RiskFindingCodes"/>). Failures the model
/// already names keep the model's code: a level off the scales is <see cref="Isms.Core.IsmsErrorCodes.AssessmentOutsideScale"/>,
/// a link to an applied control that does not exist <see cref="Isms.Core.IsmsErrorCodes.DanglingReference"/>, a negative
/// control effect or an effectiveness outside 0-100% <see cref="Isms.Core.IsmsErrorCodes.OutOfRange"/>.
/// </summary>
/// <remarks>A single-risk operation throws these (as <see cref="RiskScoringException"/> or <see cref="Isms.Core.IsmsException"/>);
/// an operation over a register reports them as a finding on the risk concerned and scores the others.</remarks>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class RiskErrorCodes
{
    /// <summary>A matrix to import or build is incomplete or inconsistent (missing cell, wrong dimensions, unknown level).</summary>
    public const string InvalidMatrix = "ISMS-RISK-003";

    /// <summary>A consequence is assessed on a criterion the risk criteria do not define.</summary>
    public const string UnknownConsequenceCriterion = "ISMS-RISK-006";

    /// <summary>A methodology change lacks a correspondence for a level in use.</summary>
    public const string MissingCorrespondence = "ISMS-RISK-008";

    /// <summary>A level of a risk assessment is given for only one of likelihood and consequence (kernel input).</summary>
    public const string IncompleteAssessment = "ISMS-RISK-013";
}
