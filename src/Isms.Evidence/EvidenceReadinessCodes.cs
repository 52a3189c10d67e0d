namespace Isms.Evidence;

/// <summary>
/// The stable codes of the readiness findings of Isms.Evidence (documented in docs/evidence.md and docs/errors.md).
/// </summary>
/// <threadsafety>Constants; thread-safe.</threadsafety>
public static class EvidenceReadinessCodes
{
    /// <summary>An applicable control has no accepted evidence that is current on the date of the analysis.</summary>
    public const string ControlWithoutCurrentEvidence = "RDY-EVD-001";

    /// <summary>Accepted evidence expires before the certification body's next audit (Stage 2, surveillance or recertification).</summary>
    public const string EvidenceExpiresBeforeAudit = "RDY-EVD-002";

    /// <summary>Days between two accepted evidence items of a control are covered by none.</summary>
    public const string EvidenceGap = "RDY-EVD-003";

    /// <summary>A control test was not performed for its latest due occurrence (schedule and grace days).</summary>
    public const string ControlTestOverdue = "RDY-EVD-004";

    /// <summary>An objective's monitoring activity has no measurement result for its latest due occurrence (clause 9.1).</summary>
    public const string ObjectiveNotMeasured = "RDY-EVD-005";

    /// <summary>Evidence an automated collector proposed has not been accepted by a person, so it counts for nothing.</summary>
    public const string AutomatedEvidenceNotAccepted = "RDY-EVD-006";

    /// <summary>A schedule's recurrence rule could not be expanded into dates, so the rule that needs it could not be evaluated for that entity.</summary>
    public const string ScheduleNotEvaluable = "RDY-EVD-007";

    /// <summary>A change to the ISMS approved, under way or done without its purpose, consequences, resources or responsible person (clause 6.3).</summary>
    public const string ChangeNotPlanned = "RDY-CHG-001";
}
