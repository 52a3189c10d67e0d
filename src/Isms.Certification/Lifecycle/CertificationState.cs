namespace Isms.Certification.Lifecycle;

/// <summary>
/// The states of a certification. Superstates group substates: <see cref="InitialAudit"/> holds the states between
/// an accepted application and the decision; <see cref="Certified"/> holds <see cref="Valid"/> (itself holding
/// <see cref="Active"/>, <see cref="CorrectionsPending"/>, <see cref="RecertificationDecisionPending"/>) and
/// <see cref="Suspended"/>; <see cref="Lapsed"/> holds <see cref="Expired"/> and <see cref="RestorationDecisionPending"/>.
/// A record is always in a leaf state; the superstates exist for the rules that apply to all their substates.
/// </summary>
public enum CertificationState
{
    /// <summary>The application was submitted; the certification body reviews it (ISO/IEC 17021-1 clause 9.1.2).</summary>
    Applied = 0,

    /// <summary>The certification body declined the application (final).</summary>
    Declined = 1,

    /// <summary>Superstate: the initial audit, from accepted application to decision.</summary>
    InitialAudit = 2,

    /// <summary>Application accepted; Stage 1 not yet concluded.</summary>
    AwaitingStage1 = 3,

    /// <summary>Stage 1 concluded not ready: gaps to close, Stage 1 to repeat.</summary>
    Stage1NotReady = 4,

    /// <summary>Stage 1 concluded ready; Stage 2 awaited.</summary>
    AwaitingStage2 = 5,

    /// <summary>Stage 2 (or a Stage 2 after lapse) held; nonconformities being closed and the decision awaited.</summary>
    AwaitingDecision = 6,

    /// <summary>The certification decision refused certification (final for this application).</summary>
    Refused = 7,

    /// <summary>Superstate: a certificate has been issued and is neither expired nor withdrawn.</summary>
    Certified = 8,

    /// <summary>Superstate of <see cref="Certified"/>: the certificate is valid (not suspended).</summary>
    Valid = 9,

    /// <summary>Certified, nothing outstanding beyond the audit programme.</summary>
    Active = 10,

    /// <summary>Certified; a surveillance or special audit raised major nonconformities being closed (time limit: CB policy).</summary>
    CorrectionsPending = 11,

    /// <summary>Certified; the recertification audit was held, the recertification decision is awaited.</summary>
    RecertificationDecisionPending = 12,

    /// <summary>The certificate is temporarily invalid (ISO/IEC 17021-1 clause 9.6.5).</summary>
    Suspended = 13,

    /// <summary>Superstate: the certificate's expiry passed without recertification.</summary>
    Lapsed = 14,

    /// <summary>The certificate expired; restoration possible within 6 months (ISO/IEC 17021-1 clause 9.6.3.2.5), else a new Stage 2.</summary>
    Expired = 15,

    /// <summary>The outstanding recertification work was completed within 6 months of expiry; the decision is awaited.</summary>
    RestorationDecisionPending = 16,

    /// <summary>The certificate was withdrawn (final).</summary>
    Withdrawn = 17,
}
