namespace Isms.Certification.Audits;

/// <summary>Where a nonconformity stands.</summary>
public enum FindingStatus
{
    /// <summary>Raised; no accepted action plan, not verified.</summary>
    Open = 0,

    /// <summary>The certification body accepted the correction and corrective-action plan (enough for a minor).</summary>
    ActionPlanAccepted = 1,

    /// <summary>Correction and corrective action verified by the certification body (required for a major).</summary>
    Verified = 2,

    /// <summary>No longer tracked: the audit that raised it was repeated (a new Stage 2 after the 6-month limit).</summary>
    Superseded = 3,
}
