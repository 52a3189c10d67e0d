namespace Isms.Certification.Audits;

/// <summary>What the certification body concluded about nonconformities it reviewed.</summary>
public enum CorrectionOutcome
{
    /// <summary>Correction and corrective action verified as implemented and effective (closes majors and minors).</summary>
    Verified = 0,

    /// <summary>The action plan was accepted (enough for a minor nonconformity; a major stays open).</summary>
    ActionPlanAccepted = 1,
}
