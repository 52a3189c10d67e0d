using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Performance;
using NodaTime;

namespace Isms.Serialization.Contracts;

/// <summary>The JSON of a certification trigger's payload: each type has the shape of the trigger's member in a stored
/// certification history (<c>stage1Report</c> of <c>CompleteStage1</c>, ...), binds from request JSON, and converts to
/// and from the lifecycle's payload.</summary>
public interface ITriggerPayloadContract
{
    /// <summary>The lifecycle's payload (its constructor checks the rules of the model).</summary>
    /// <returns>The payload.</returns>
    /// <exception cref="IsmsException">A value breaks a rule of the model (the payload's own code, e.g. <c>ISMS-CERT-008</c>).</exception>
    TriggerPayload ToPayload();
}

/// <summary>Payload of <c>AcceptApplication</c> and <c>DeclineApplication</c> (member <c>applicationReview</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ApplicationReviewContract : ITriggerPayloadContract
{
    /// <summary>The day the certification body reviewed the application.</summary>
    public required LocalDate ReviewedOn { get; init; }

    /// <summary>The reviewer's person id.</summary>
    public required string Reviewer { get; init; }

    /// <summary>Why (required when declining), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="review">The payload.</param>
    /// <returns>The contract.</returns>
    public static ApplicationReviewContract From(ApplicationReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new() { ReviewedOn = review.ReviewedOn, Reviewer = review.Reviewer.Value, Reason = review.Reason };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() => new ApplicationReview(ReviewedOn, Bound.Id(Reviewer, "reviewer", v => new PersonId(v)), Reason);
}

/// <summary>One member of an audit team.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditTeamMemberContract
{
    /// <summary>The auditor's person id.</summary>
    public required string Name { get; init; }

    /// <summary>The auditor's role.</summary>
    public required AuditRole Role { get; init; }
}

/// <summary>Payload of <c>PlanAudit</c> (member <c>auditPlan</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditPlanContract : ITriggerPayloadContract
{
    /// <summary>The kind of audit planned.</summary>
    public required AuditKind Kind { get; init; }

    /// <summary>The first audit day.</summary>
    public required LocalDate FirstDay { get; init; }

    /// <summary>The last audit day.</summary>
    public required LocalDate LastDay { get; init; }

    /// <summary>The audit team.</summary>
    public required ImmutableArray<AuditTeamMemberContract> Team { get; init; }

    /// <summary>The clauses of ISO/IEC 27001 covered (4 to 10).</summary>
    public ImmutableArray<int> Clauses { get; init; } = [];

    /// <summary>The Annex A themes covered.</summary>
    public ImmutableArray<AnnexATheme> Themes { get; init; } = [];

    /// <summary>The sites visited.</summary>
    public ImmutableArray<string> Sites { get; init; } = [];

    /// <summary>The processes covered.</summary>
    public ImmutableArray<string> Processes { get; init; } = [];

    /// <summary>The audit time planned, in auditor-days.</summary>
    public required decimal AuditorDays { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="plan">The payload.</param>
    /// <returns>The contract.</returns>
    public static AuditPlanContract From(AuditPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new()
        {
            Kind = plan.Kind,
            FirstDay = plan.FirstDay,
            LastDay = plan.LastDay,
            Team = [.. plan.Team.Select(m => new AuditTeamMemberContract { Name = m.Person.Value, Role = m.Role })],
            Clauses = [.. plan.Clauses],
            Themes = [.. plan.Themes],
            Sites = [.. plan.Sites],
            Processes = [.. plan.Processes],
            AuditorDays = plan.AuditorDays,
        };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() => new AuditPlan(
        Kind, FirstDay, LastDay, Team.Select(m => new AuditTeamMember(Bound.Id(m.Name, "team.name", v => new PersonId(v)), m.Role)), Clauses, Themes, Sites, Processes, AuditorDays);
}

/// <summary>A gap a Stage 1 audit found.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Stage1GapContract
{
    /// <summary>The gap's code.</summary>
    public required string Code { get; init; }

    /// <summary>The clause concerned.</summary>
    public required string Clause { get; init; }

    /// <summary>What is missing.</summary>
    public required string Description { get; init; }
}

/// <summary>Payload of <c>CompleteStage1</c> (member <c>stage1Report</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Stage1ReportContract : ITriggerPayloadContract
{
    /// <summary>The first audit day.</summary>
    public required LocalDate FirstDay { get; init; }

    /// <summary>The last audit day.</summary>
    public required LocalDate LastDay { get; init; }

    /// <summary>The lead auditor's person id.</summary>
    public required string LeadAuditor { get; init; }

    /// <summary>Ready for Stage 2 or not.</summary>
    public required Stage1Outcome Outcome { get; init; }

    /// <summary>The gaps to close.</summary>
    public ImmutableArray<Stage1GapContract> Gaps { get; init; } = [];

    /// <summary>The contract of a payload.</summary>
    /// <param name="report">The payload.</param>
    /// <returns>The contract.</returns>
    public static Stage1ReportContract From(Stage1Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new()
        {
            FirstDay = report.FirstDay,
            LastDay = report.LastDay,
            LeadAuditor = report.LeadAuditor.Value,
            Outcome = report.Outcome,
            Gaps = [.. report.Gaps.Select(g => new Stage1GapContract { Code = g.Code, Clause = g.Clause, Description = g.Description })],
        };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() =>
        new Stage1Report(FirstDay, LastDay, Bound.Id(LeadAuditor, "leadAuditor", v => new PersonId(v)), Outcome, Gaps.Select(g => new Stage1Gap(g.Code, g.Clause, g.Description)));
}

/// <summary>A finding of a certification audit.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditFindingContract
{
    /// <summary>The finding's id.</summary>
    public required string Id { get; init; }

    /// <summary>Major or minor nonconformity, or opportunity for improvement.</summary>
    public required FindingGrade Grade { get; init; }

    /// <summary>The clause or control concerned.</summary>
    public required string Clause { get; init; }

    /// <summary>What the auditor found.</summary>
    public required string Description { get; init; }
}

/// <summary>Payload of <c>CompleteStage2</c>, <c>CompleteSurveillance</c>, <c>CompleteRecertificationAudit</c>,
/// <c>CompleteTransitionAudit</c> and <c>CompleteRestorationAudit</c> (member <c>auditReport</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditReportContract : ITriggerPayloadContract
{
    /// <summary>The kind of audit held.</summary>
    public required AuditKind Kind { get; init; }

    /// <summary>The first audit day.</summary>
    public required LocalDate FirstDay { get; init; }

    /// <summary>The last audit day.</summary>
    public required LocalDate LastDay { get; init; }

    /// <summary>The lead auditor's person id.</summary>
    public required string LeadAuditor { get; init; }

    /// <summary>The findings.</summary>
    public ImmutableArray<AuditFindingContract> Findings { get; init; } = [];

    /// <summary>The contract of a payload.</summary>
    /// <param name="report">The payload.</param>
    /// <returns>The contract.</returns>
    public static AuditReportContract From(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new()
        {
            Kind = report.Kind,
            FirstDay = report.FirstDay,
            LastDay = report.LastDay,
            LeadAuditor = report.LeadAuditor.Value,
            Findings = [.. report.Findings.Select(f => new AuditFindingContract { Id = f.Id.Value, Grade = f.Grade, Clause = f.Clause, Description = f.Description })],
        };
    }

    /// <summary>The lifecycle's audit report.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="IsmsException">A value breaks a rule of the model.</exception>
    public AuditReport ToReport() =>
        new(Kind, FirstDay, LastDay, Bound.Id(LeadAuditor, "leadAuditor", v => new PersonId(v)), Findings.Select(f => new Finding(Bound.Id(f.Id, "findings.id", v => new FindingId(v)), f.Grade, f.Clause, f.Description)));

    /// <inheritdoc />
    public TriggerPayload ToPayload() => ToReport();
}

/// <summary>Payload of <c>VerifyCorrections</c> (member <c>correctionVerification</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CorrectionVerificationContract : ITriggerPayloadContract
{
    /// <summary>The day the corrections were reviewed.</summary>
    public required LocalDate ReviewedOn { get; init; }

    /// <summary>The reviewer's person id.</summary>
    public required string ReviewedBy { get; init; }

    /// <summary>The ids of the findings whose corrections were reviewed.</summary>
    public required ImmutableArray<string> Findings { get; init; }

    /// <summary>The outcome of the review.</summary>
    public required CorrectionOutcome Outcome { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="verification">The payload.</param>
    /// <returns>The contract.</returns>
    public static CorrectionVerificationContract From(CorrectionVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        return new()
        {
            ReviewedOn = verification.ReviewedOn,
            ReviewedBy = verification.ReviewedBy.Value,
            Findings = [.. verification.Findings.Select(f => f.Value)],
            Outcome = verification.Outcome,
        };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() => new CorrectionVerification(ReviewedOn, Bound.Id(ReviewedBy, "reviewedBy", v => new PersonId(v)), Findings.Select(f => Bound.Id(f, "findings", v => new FindingId(v))), Outcome);
}

/// <summary>Payload of <c>Grant</c> and <c>Refuse</c> (member <c>decision</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CertificationDecisionContract : ITriggerPayloadContract
{
    /// <summary>The day of the decision.</summary>
    public required LocalDate DecidedOn { get; init; }

    /// <summary>The decision maker's person id.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>The certificate number (when granting), or null.</summary>
    public string? CertificateNumber { get; init; }

    /// <summary>Why (when refusing), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="decision">The payload.</param>
    /// <returns>The contract.</returns>
    public static CertificationDecisionContract From(CertificationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new() { DecidedOn = decision.DecidedOn, DecidedBy = decision.DecidedBy.Value, CertificateNumber = decision.CertificateNumber?.Value, Reason = decision.Reason };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() =>
        new CertificationDecision(DecidedOn, Bound.Id(DecidedBy, "decidedBy", v => new PersonId(v)), CertificateNumber is null ? null : Bound.Id(CertificateNumber, "certificateNumber", v => new CertificateNumber(v)), Reason);
}

/// <summary>Payload of <c>ExtendScope</c> and <c>ReduceScope</c> (member <c>scopeChange</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScopeChangeContract : ITriggerPayloadContract
{
    /// <summary>The day the new scope takes effect.</summary>
    public required LocalDate EffectiveOn { get; init; }

    /// <summary>The new scope statement.</summary>
    public required string NewScope { get; init; }

    /// <summary>Why the scope changes.</summary>
    public required string Reason { get; init; }

    /// <summary>The special audit an extension needed, or null.</summary>
    public AuditReportContract? SpecialAudit { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="change">The payload.</param>
    /// <returns>The contract.</returns>
    public static ScopeChangeContract From(ScopeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new()
        {
            EffectiveOn = change.EffectiveOn,
            NewScope = change.NewScope,
            Reason = change.Reason,
            SpecialAudit = change.SpecialAudit is null ? null : AuditReportContract.From(change.SpecialAudit),
        };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() => new ScopeChange(EffectiveOn, NewScope, Reason, SpecialAudit?.ToReport());
}

/// <summary>Payload of <c>Transfer</c> (member <c>transfer</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TransferRequestContract : ITriggerPayloadContract
{
    /// <summary>The day of the pre-transfer review.</summary>
    public required LocalDate ReviewedOn { get; init; }

    /// <summary>The reviewer's person id.</summary>
    public required string Reviewer { get; init; }

    /// <summary>The accepting certification body.</summary>
    public required string NewCertificationBody { get; init; }

    /// <summary>The certificate number the new body issues.</summary>
    public required string NewCertificateNumber { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="transfer">The payload.</param>
    /// <returns>The contract.</returns>
    public static TransferRequestContract From(TransferRequest transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        return new()
        {
            ReviewedOn = transfer.ReviewedOn,
            Reviewer = transfer.Reviewer.Value,
            NewCertificationBody = transfer.NewCertificationBody,
            NewCertificateNumber = transfer.NewCertificateNumber.Value,
        };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() => new TransferRequest(ReviewedOn, Bound.Id(Reviewer, "reviewer", v => new PersonId(v)), NewCertificationBody, Bound.Id(NewCertificateNumber, "newCertificateNumber", v => new CertificateNumber(v)));
}

/// <summary>Payload of <c>Suspend</c> (member <c>suspension</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SuspensionNoticeContract : ITriggerPayloadContract
{
    /// <summary>The day the suspension takes effect.</summary>
    public required LocalDate EffectiveOn { get; init; }

    /// <summary>Why.</summary>
    public required SuspensionReason Reason { get; init; }

    /// <summary>The details.</summary>
    public required string Detail { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="notice">The payload.</param>
    /// <returns>The contract.</returns>
    public static SuspensionNoticeContract From(SuspensionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new() { EffectiveOn = notice.EffectiveOn, Reason = notice.Reason, Detail = notice.Detail };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() => new SuspensionNotice(EffectiveOn, Reason, Detail);
}

/// <summary>Payload of <c>Reinstate</c> (member <c>reinstatement</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReinstatementContract : ITriggerPayloadContract
{
    /// <summary>The day the certificate is valid again.</summary>
    public required LocalDate EffectiveOn { get; init; }

    /// <summary>Why the suspension ends.</summary>
    public required string Basis { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="reinstatement">The payload.</param>
    /// <returns>The contract.</returns>
    public static ReinstatementContract From(Reinstatement reinstatement)
    {
        ArgumentNullException.ThrowIfNull(reinstatement);
        return new() { EffectiveOn = reinstatement.EffectiveOn, Basis = reinstatement.Basis };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() => new Reinstatement(EffectiveOn, Basis);
}

/// <summary>Payload of <c>Withdraw</c> (member <c>withdrawal</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WithdrawalNoticeContract : ITriggerPayloadContract
{
    /// <summary>The day the certificate is withdrawn.</summary>
    public required LocalDate EffectiveOn { get; init; }

    /// <summary>Why.</summary>
    public required WithdrawalReason Reason { get; init; }

    /// <summary>The details.</summary>
    public required string Detail { get; init; }

    /// <summary>The contract of a payload.</summary>
    /// <param name="notice">The payload.</param>
    /// <returns>The contract.</returns>
    public static WithdrawalNoticeContract From(WithdrawalNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new() { EffectiveOn = notice.EffectiveOn, Reason = notice.Reason, Detail = notice.Detail };
    }

    /// <inheritdoc />
    public TriggerPayload ToPayload() => new WithdrawalNotice(EffectiveOn, Reason, Detail);
}

/// <summary>Builds an id of a payload, naming the member when the id breaks its rules.</summary>
internal static class Bound
{
    public static TId Id<TId>(string value, string member, Func<string, TId> create)
    {
        try
        {
            return create(value);
        }
        catch (IsmsException ex)
        {
            throw new IsmsException(ex.Error with { Member = member }, ex);
        }
    }
}
