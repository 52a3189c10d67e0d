using System.Collections.Immutable;
using Isms.Certification.Audits;

namespace Isms.Certification.Lifecycle;

/// <summary>Facts about <see cref="CertificationTrigger"/> values: their payload type and whether time fires them.</summary>
/// <threadsafety>This type is stateless; its members are safe to use from any thread.</threadsafety>
public static class CertificationTriggers
{
    private static readonly Type?[] PayloadTypes = BuildPayloadTypes();

    /// <summary>Every trigger, in enum order.</summary>
    public static ImmutableArray<CertificationTrigger> All { get; } = [.. Enum.GetValues<CertificationTrigger>()];

    /// <summary>The time-driven triggers, in the order <see cref="CertificationLifecycle.Advance(CertificationRecord, NodaTime.Instant)"/> considers them on the same day.</summary>
    public static ImmutableArray<CertificationTrigger> TimeDriven { get; } =
    [
        CertificationTrigger.EditionWithdrawn,
        CertificationTrigger.CertificateExpired,
        CertificationTrigger.SuspensionCapReached,
        CertificationTrigger.SurveillanceMissed,
        CertificationTrigger.MajorsNotClosedInTime,
        CertificationTrigger.MajorVerificationLapsed,
        CertificationTrigger.Stage2WindowLapsed,
    ];

    /// <summary>True when the trigger is fired by the passing of time, not by a person.</summary>
    /// <param name="trigger">The trigger.</param>
    public static bool IsTimeDriven(CertificationTrigger trigger) => trigger >= CertificationTrigger.Stage2WindowLapsed;

    /// <summary>The payload type the trigger carries, or null for a time-driven trigger.</summary>
    /// <param name="trigger">The trigger.</param>
    public static Type? PayloadType(CertificationTrigger trigger) =>
        (uint)trigger < (uint)PayloadTypes.Length ? PayloadTypes[(int)trigger] : null;

    private static Type?[] BuildPayloadTypes()
    {
        var types = new Type?[Enum.GetValues<CertificationTrigger>().Length];
        types[(int)CertificationTrigger.AcceptApplication] = typeof(ApplicationReview);
        types[(int)CertificationTrigger.DeclineApplication] = typeof(ApplicationReview);
        types[(int)CertificationTrigger.PlanAudit] = typeof(AuditPlan);
        types[(int)CertificationTrigger.CompleteStage1] = typeof(Stage1Report);
        types[(int)CertificationTrigger.CompleteStage2] = typeof(AuditReport);
        types[(int)CertificationTrigger.VerifyCorrections] = typeof(CorrectionVerification);
        types[(int)CertificationTrigger.Grant] = typeof(CertificationDecision);
        types[(int)CertificationTrigger.Refuse] = typeof(CertificationDecision);
        types[(int)CertificationTrigger.CompleteSurveillance] = typeof(AuditReport);
        types[(int)CertificationTrigger.CompleteRecertificationAudit] = typeof(AuditReport);
        types[(int)CertificationTrigger.CompleteTransitionAudit] = typeof(AuditReport);
        types[(int)CertificationTrigger.ExtendScope] = typeof(ScopeChange);
        types[(int)CertificationTrigger.ReduceScope] = typeof(ScopeChange);
        types[(int)CertificationTrigger.Transfer] = typeof(TransferRequest);
        types[(int)CertificationTrigger.Suspend] = typeof(SuspensionNotice);
        types[(int)CertificationTrigger.Reinstate] = typeof(Reinstatement);
        types[(int)CertificationTrigger.Withdraw] = typeof(WithdrawalNotice);
        types[(int)CertificationTrigger.CompleteRestorationAudit] = typeof(AuditReport);
        return types;
    }
}
