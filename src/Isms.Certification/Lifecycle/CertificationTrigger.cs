namespace Isms.Certification.Lifecycle;

/// <summary>
/// What can happen to a certification, as data (the value recorded in a history and written in documents). Each
/// value has one descriptor in <see cref="CertificationTriggers"/> (<see cref="CertificationTriggers.Of"/>): a person's
/// trigger (<see cref="PersonTrigger{TPayload}"/>) carries a <see cref="TriggerPayload"/> of its type; a time-driven one
/// (<see cref="ClockTrigger"/>) is fired by <see cref="CertificationLifecycle.Advance(CertificationRecord, NodaTime.Instant)"/>
/// when a deadline passes. Being time-driven is the descriptor's property (<see cref="LifecycleTrigger.IsTimeDriven"/>), not
/// a matter of the values' order.
/// </summary>
public enum CertificationTrigger
{
    /// <summary>The certification body accepts the application (payload <see cref="ApplicationReview"/>).</summary>
    AcceptApplication = 0,

    /// <summary>The certification body declines the application (payload <see cref="ApplicationReview"/> with a reason).</summary>
    DeclineApplication = 1,

    /// <summary>An audit plan is recorded (payload <see cref="Audits.AuditPlan"/>); no state change.</summary>
    PlanAudit = 2,

    /// <summary>Stage 1 concluded (payload <see cref="Audits.Stage1Report"/>): ready or not ready.</summary>
    CompleteStage1 = 3,

    /// <summary>Stage 2 held (payload <see cref="Audits.AuditReport"/> of kind Stage2).</summary>
    CompleteStage2 = 4,

    /// <summary>Corrections reviewed (payload <see cref="Audits.CorrectionVerification"/>).</summary>
    VerifyCorrections = 5,

    /// <summary>Certification granted (payload <see cref="CertificationDecision"/>).</summary>
    Grant = 6,

    /// <summary>Certification refused (payload <see cref="CertificationDecision"/> with a reason).</summary>
    Refuse = 7,

    /// <summary>A surveillance audit held (payload <see cref="Audits.AuditReport"/> of kind Surveillance).</summary>
    CompleteSurveillance = 8,

    /// <summary>The recertification audit held (payload <see cref="Audits.AuditReport"/> of kind Recertification).</summary>
    CompleteRecertificationAudit = 9,

    /// <summary>The transition audit to the 2022 edition held (payload <see cref="Audits.AuditReport"/> of kind Transition).</summary>
    CompleteTransitionAudit = 10,

    /// <summary>The scope extended after a special audit (payload <see cref="ScopeChange"/>).</summary>
    ExtendScope = 11,

    /// <summary>The scope reduced (payload <see cref="ScopeChange"/>).</summary>
    ReduceScope = 12,

    /// <summary>The certificate transferred to another certification body (payload <see cref="TransferRequest"/>).</summary>
    Transfer = 13,

    /// <summary>The certificate suspended (payload <see cref="SuspensionNotice"/>).</summary>
    Suspend = 14,

    /// <summary>The suspension lifted (payload <see cref="Reinstatement"/>).</summary>
    Reinstate = 15,

    /// <summary>The certificate withdrawn (payload <see cref="WithdrawalNotice"/>).</summary>
    Withdraw = 16,

    /// <summary>After expiry, the outstanding recertification work completed (payload <see cref="Audits.AuditReport"/> of kind Restoration).</summary>
    CompleteRestorationAudit = 17,

    /// <summary>Time-driven: Stage 2 did not start within the CB's maximum interval after Stage 1; Stage 1 is to be repeated.</summary>
    Stage2WindowLapsed = 18,

    /// <summary>Time-driven: majors not verified within 6 months of the last Stage 2 day; another Stage 2 is needed.</summary>
    MajorVerificationLapsed = 19,

    /// <summary>Time-driven: a surveillance audit was not held by its due date; the certificate is suspended.</summary>
    SurveillanceMissed = 20,

    /// <summary>Time-driven: majors of a surveillance or special audit not closed within the CB's limit; suspended.</summary>
    MajorsNotClosedInTime = 21,

    /// <summary>Time-driven: a suspension reached the CB's cap unresolved; the certificate is withdrawn.</summary>
    SuspensionCapReached = 22,

    /// <summary>Time-driven: the expiry date passed without a recertification decision.</summary>
    CertificateExpired = 23,

    /// <summary>Time-driven: a 2013-edition certificate passed 31 October 2025 (IAF MD 26); withdrawn.</summary>
    EditionWithdrawn = 24,
}
