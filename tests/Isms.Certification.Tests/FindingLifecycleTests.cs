using Isms.Certification.Audits;
using Isms.Certification.Lifecycle;
using Isms.Core;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

/// <summary>
/// How a record's findings move (open, action plan accepted, verified) and stay unique, and what an initial
/// certificate takes from the certification body and the application.
/// </summary>
public sealed class FindingLifecycleTests
{
    private readonly CertificationLifecycle _lifecycle = Engine();

    private CertificationRecord Verify(CertificationRecord record, string id, CorrectionOutcome outcome, int day) =>
        _lifecycle.Fire(record, CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2024, 3, day), P("Ada Lead"), [new FindingId(id)], outcome), D(2024, 3, day));

    [Fact]
    public void A_verification_moves_only_the_findings_it_names_forward_and_never_back()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Minor("NC-1"), Minor("NC-2"));

        record = Verify(record, "NC-1", CorrectionOutcome.ActionPlanAccepted, 10);
        Assert.Equal([FindingStatus.ActionPlanAccepted, FindingStatus.Open], record.Findings.Select(f => f.Status));
        Assert.Equal(D(2024, 3, 10), record.Findings[0].ClosedOn);

        record = Verify(record, "NC-1", CorrectionOutcome.Verified, 12);
        Assert.Equal(FindingStatus.Verified, record.Findings[0].Status);
        Assert.Equal(D(2024, 3, 12), record.Findings[0].ClosedOn);

        // An action plan accepted later does not undo the verification, nor move its date.
        record = Verify(record, "NC-1", CorrectionOutcome.ActionPlanAccepted, 14);
        Assert.Equal((FindingStatus.Verified, D(2024, 3, 12)), (record.Findings[0].Status, record.Findings[0].ClosedOn));
        Assert.Equal(FindingStatus.Open, record.Findings[1].Status);
    }

    [Fact]
    public void A_later_audit_report_cannot_reuse_a_finding_id_of_the_record()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2), Minor("NC-1"));
        record = Verify(record, "NC-1", CorrectionOutcome.ActionPlanAccepted, 10);
        record = _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 3, 25)), D(2024, 3, 25));

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance,
            Report(AuditKind.Surveillance, D(2025, 2, 1), Minor("S-1"), Minor("NC-1")), D(2025, 2, 1)));

        Assert.Equal((nameof(AuditReport), "Findings[1].Id", "NC-1"), (ex.EntityKind, ex.Member, ex.Value));
        var fine = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2025, 2, 1), Minor("S-1")), D(2025, 2, 1));
        Assert.Equal(["NC-1", "S-1"], fine.Findings.Select(f => f.Finding.Id.Value));
    }

    [Fact]
    public void An_initial_certificate_names_the_certification_body_of_the_policy_and_the_scope_of_the_application()
    {
        var lifecycle = Engine(new CertificationBodyPolicy { CertificationBodyName = "Acme Certification Ltd" });

        var certificate = Certified(lifecycle, D(2024, 2, 29)).Certificate!;

        Assert.Equal("Acme Certification Ltd", certificate.CertificationBody);
        Assert.Equal(Application().ScopeStatement, certificate.Scope);
        Assert.Equal(Application().Edition, certificate.Edition);
        Assert.Equal((D(2024, 2, 29), D(2024, 2, 29)), (certificate.IssueDate, certificate.CycleStart));
    }
}
