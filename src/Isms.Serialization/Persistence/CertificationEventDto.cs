using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>One event of a certification record's history. <c>trigger</c> is the discriminator: a person's trigger carries exactly one payload member (the one its trigger names), a time-driven trigger none.</summary>
internal sealed record CertificationEventDto
{
    public required Instant At { get; init; }

    public required LocalDate On { get; init; }

    public required string Trigger { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string Actor { get; init; }

    public string? Note { get; init; }

    /// <summary>Payload of AcceptApplication and DeclineApplication.</summary>
    public ApplicationReviewDto? ApplicationReview { get; init; }

    /// <summary>Payload of PlanAudit.</summary>
    public AuditPlanDto? AuditPlan { get; init; }

    /// <summary>Payload of CompleteStage1.</summary>
    public Stage1ReportDto? Stage1Report { get; init; }

    /// <summary>Payload of CompleteStage2, CompleteSurveillance, CompleteRecertificationAudit, CompleteTransitionAudit and CompleteRestorationAudit.</summary>
    public AuditReportDto? AuditReport { get; init; }

    /// <summary>Payload of VerifyCorrections.</summary>
    public CorrectionVerificationDto? CorrectionVerification { get; init; }

    /// <summary>Payload of Grant and Refuse.</summary>
    public CertificationDecisionDto? Decision { get; init; }

    /// <summary>Payload of ExtendScope and ReduceScope.</summary>
    public ScopeChangeDto? ScopeChange { get; init; }

    /// <summary>Payload of Transfer.</summary>
    public TransferRequestDto? Transfer { get; init; }

    /// <summary>Payload of Suspend.</summary>
    public SuspensionNoticeDto? Suspension { get; init; }

    /// <summary>Payload of Reinstate.</summary>
    public ReinstatementDto? Reinstatement { get; init; }

    /// <summary>Payload of Withdraw.</summary>
    public WithdrawalNoticeDto? Withdrawal { get; init; }
}
