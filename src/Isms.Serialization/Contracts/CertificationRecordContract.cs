using System.Collections.Immutable;
using Isms.Certification.Applications;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using NodaTime;

namespace Isms.Serialization.Contracts;

/// <summary>A certification record as a host returns it: the state, the certificate, and the history of events, each
/// with its payload under the same member as in a stored certification history.</summary>
public sealed record CertificationRecordContract
{
    /// <summary>The state of the certification.</summary>
    public required CertificationState State { get; init; }

    /// <summary>When the record was opened.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>When the last event was recorded.</summary>
    public required Instant LastEventAt { get; init; }

    /// <summary>The certificate, once granted; null before.</summary>
    public CertificateContract? Certificate { get; init; }

    /// <summary>The events, oldest first.</summary>
    public required ImmutableArray<CertificationEventContract> History { get; init; }

    /// <summary>The contract of a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The contract.</returns>
    public static CertificationRecordContract From(CertificationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            State = record.State,
            OpenedAt = record.OpenedAt,
            LastEventAt = record.LastEventAt,
            Certificate = record.Certificate is { } c ? CertificateContract.From(c) : null,
            History = [.. record.History.Select(CertificationEventContract.Of)],
        };
    }
}

/// <summary>A certificate.</summary>
public sealed record CertificateContract
{
    /// <summary>The certificate number.</summary>
    public required string Number { get; init; }

    /// <summary>The certification body that issued it.</summary>
    public required string CertificationBody { get; init; }

    /// <summary>The certified scope.</summary>
    public required string Scope { get; init; }

    /// <summary>The edition of ISO/IEC 27001 certified against.</summary>
    public required StandardEdition Edition { get; init; }

    /// <summary>The day of issue.</summary>
    public required LocalDate IssueDate { get; init; }

    /// <summary>The day it expires.</summary>
    public required LocalDate ExpiryDate { get; init; }

    /// <summary>The first day of the three-year cycle.</summary>
    public required LocalDate CycleStart { get; init; }

    /// <summary>The contract of a certificate.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>The contract.</returns>
    public static CertificateContract From(Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new()
        {
            Number = certificate.Number.Value,
            CertificationBody = certificate.CertificationBody,
            Scope = certificate.Scope,
            Edition = certificate.Edition,
            IssueDate = certificate.IssueDate,
            ExpiryDate = certificate.ExpiryDate,
            CycleStart = certificate.CycleStart,
        };
    }
}

/// <summary>One event of a certification history: the members of a stored history's event, with at most one payload
/// member (the one its trigger names; none for a time-driven trigger).</summary>
public sealed record CertificationEventContract
{
    /// <summary>When the event was recorded.</summary>
    public required Instant At { get; init; }

    /// <summary>The day the rules were evaluated on.</summary>
    public required LocalDate On { get; init; }

    /// <summary>The trigger.</summary>
    public required CertificationTrigger Trigger { get; init; }

    /// <summary>The state before.</summary>
    public required CertificationState From { get; init; }

    /// <summary>The state after.</summary>
    public required CertificationState To { get; init; }

    /// <summary>Who fired it: a person id, or <c>clock</c> for a time-driven trigger.</summary>
    public required string Actor { get; init; }

    /// <summary>A note, or null.</summary>
    public string? Note { get; init; }

    /// <summary>Payload of AcceptApplication and DeclineApplication.</summary>
    public ApplicationReviewContract? ApplicationReview { get; init; }

    /// <summary>Payload of PlanAudit.</summary>
    public AuditPlanContract? AuditPlan { get; init; }

    /// <summary>Payload of CompleteStage1.</summary>
    public Stage1ReportContract? Stage1Report { get; init; }

    /// <summary>Payload of CompleteStage2, CompleteSurveillance, CompleteRecertificationAudit, CompleteTransitionAudit and CompleteRestorationAudit.</summary>
    public AuditReportContract? AuditReport { get; init; }

    /// <summary>Payload of VerifyCorrections.</summary>
    public CorrectionVerificationContract? CorrectionVerification { get; init; }

    /// <summary>Payload of Grant and Refuse.</summary>
    public CertificationDecisionContract? Decision { get; init; }

    /// <summary>Payload of ExtendScope and ReduceScope.</summary>
    public ScopeChangeContract? ScopeChange { get; init; }

    /// <summary>Payload of Transfer.</summary>
    public TransferRequestContract? Transfer { get; init; }

    /// <summary>Payload of Suspend.</summary>
    public SuspensionNoticeContract? Suspension { get; init; }

    /// <summary>Payload of Reinstate.</summary>
    public ReinstatementContract? Reinstatement { get; init; }

    /// <summary>Payload of Withdraw.</summary>
    public WithdrawalNoticeContract? Withdrawal { get; init; }

    /// <summary>The contract of an event.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentException">The payload is of a type no trigger carries.</exception>
    public static CertificationEventContract Of(CertificationEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var contract = new CertificationEventContract
        {
            At = e.At,
            On = e.On,
            Trigger = e.Trigger,
            From = e.From,
            To = e.To,
            Actor = e.Actor.ToString(),
            Note = e.Note,
        };
        return e.Payload switch
        {
            null => contract,
            Isms.Certification.Lifecycle.ApplicationReview p => contract with { ApplicationReview = ApplicationReviewContract.From(p) },
            Isms.Certification.Audits.AuditPlan p => contract with { AuditPlan = AuditPlanContract.From(p) },
            Isms.Certification.Audits.Stage1Report p => contract with { Stage1Report = Stage1ReportContract.From(p) },
            Isms.Certification.Audits.AuditReport p => contract with { AuditReport = AuditReportContract.From(p) },
            Isms.Certification.Audits.CorrectionVerification p => contract with { CorrectionVerification = CorrectionVerificationContract.From(p) },
            CertificationDecision p => contract with { Decision = CertificationDecisionContract.From(p) },
            Isms.Certification.Lifecycle.ScopeChange p => contract with { ScopeChange = ScopeChangeContract.From(p) },
            TransferRequest p => contract with { Transfer = TransferRequestContract.From(p) },
            SuspensionNotice p => contract with { Suspension = SuspensionNoticeContract.From(p) },
            Isms.Certification.Lifecycle.Reinstatement p => contract with { Reinstatement = ReinstatementContract.From(p) },
            WithdrawalNotice p => contract with { Withdrawal = WithdrawalNoticeContract.From(p) },
            _ => throw new ArgumentException($"Event {e.Trigger}: the payload type {e.Payload.GetType().Name} has no contract.", nameof(e)),
        };
    }
}
