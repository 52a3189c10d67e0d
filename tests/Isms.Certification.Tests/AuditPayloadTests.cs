using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Core;
using Isms.Core.Performance;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

/// <summary>
/// What the certification body reports (Stage 1 and audit reports, findings, correction verifications) and issues
/// (certificates): each checked where it is made, with the member named, so a record can never hold a report the
/// lifecycle would misread.
/// </summary>
public sealed class AuditPayloadTests
{
    private static Finding F(string id, FindingGrade grade = FindingGrade.MinorNonconformity) => new(new FindingId(id), grade, "8.1", "Backups untested");

    [Fact]
    public void An_audit_report_counts_its_majors_and_takes_effect_on_its_last_day()
    {
        var report = new AuditReport(AuditKind.Stage2, D(2024, 3, 1), D(2024, 3, 3), P("ada"),
            [F("F1", FindingGrade.MajorNonconformity), F("F2"), F("F3", FindingGrade.MajorNonconformity), F("F4", FindingGrade.Observation)]);

        Assert.Equal(2, report.MajorCount);
        Assert.Equal(D(2024, 3, 3), report.EffectiveDate);
        Assert.Equal(["F1", "F2", "F3", "F4"], report.Findings.Select(f => f.Id.Value));
        Assert.Empty(new AuditReport(AuditKind.Surveillance, D(2025, 3, 1), D(2025, 3, 1), P("ada")).Findings);
    }

    [Fact]
    public void Only_nonconformities_are_nonconformities()
    {
        Assert.True(F("a", FindingGrade.MajorNonconformity).IsNonconformity);
        Assert.True(F("b", FindingGrade.MinorNonconformity).IsNonconformity);
        Assert.False(F("c", FindingGrade.Observation).IsNonconformity);
        Assert.False(F("d", FindingGrade.OpportunityForImprovement).IsNonconformity);
    }

    [Fact]
    public void A_stage_1_outcome_is_not_an_audit_report()
    {
        var ex = Assert.Throws<CertificationException>(() => new AuditReport(AuditKind.Stage1, D(2024, 3, 1), D(2024, 3, 1), P("ada")));

        Assert.Equal((CertificationErrorCodes.InvalidPayload, nameof(AuditReport.Kind), "Stage1"), (ex.Code, ex.Member, ex.Value));
    }

    [Fact]
    public void An_audit_report_refuses_a_missing_or_repeated_finding_at_its_index()
    {
        var missing = Assert.Throws<CertificationException>(() => new AuditReport(AuditKind.Stage2, D(2024, 3, 1), D(2024, 3, 1), P("ada"), [F("F1"), null!]));
        var twice = Assert.Throws<CertificationException>(() => new AuditReport(AuditKind.Stage2, D(2024, 3, 1), D(2024, 3, 1), P("ada"), [F("F1"), F("F2"), F("F1")]));

        Assert.Equal("Findings[1]", missing.Member);
        Assert.Equal(("Findings[2].Id", "F1"), (twice.Member, twice.Value));
    }

    [Fact]
    public void An_audit_report_needs_a_defined_kind_and_a_lead_auditor()
    {
        var kind = Assert.Throws<CertificationException>(() => new AuditReport((AuditKind)77, D(2024, 3, 1), D(2024, 3, 1), P("ada")));
        var lead = Assert.Throws<CertificationException>(() => new AuditReport(AuditKind.Stage2, D(2024, 3, 1), D(2024, 3, 1), default));

        Assert.Equal(nameof(AuditReport.Kind), kind.Member);
        Assert.Equal(nameof(AuditReport.LeadAuditor), lead.Member);
    }

    [Theory]
    [InlineData("", "8.1", "text", nameof(Finding.Id))]
    [InlineData("F1", " ", "text", nameof(Finding.Clause))]
    [InlineData("F1", "8.1", "", nameof(Finding.Description))]
    public void A_finding_needs_an_id_a_clause_and_a_description(string id, string clause, string description, string member)
    {
        var ex = Assert.Throws<CertificationException>(() => new Finding(id.Length == 0 ? default : new FindingId(id), FindingGrade.MinorNonconformity, clause, description));

        Assert.Equal((CertificationErrorCodes.InvalidPayload, nameof(Finding), member), (ex.Code, ex.EntityKind, ex.Member));
    }

    [Fact]
    public void A_finding_grade_must_be_defined()
    {
        var ex = Assert.Throws<CertificationException>(() => new Finding(new FindingId("F1"), (FindingGrade)9, "8.1", "x"));

        Assert.Equal(nameof(Finding.Grade), ex.Member);
    }

    [Fact]
    public void A_stage_1_report_that_is_not_ready_must_say_which_gaps_to_close()
    {
        var ex = Assert.Throws<CertificationException>(() => new Stage1Report(D(2024, 1, 10), D(2024, 1, 11), P("ada"), Stage1Outcome.NotReady));
        var report = new Stage1Report(D(2024, 1, 10), D(2024, 1, 11), P("ada"), Stage1Outcome.NotReady, [new Stage1Gap("G1", "6.1.3", "No SoA")]);

        Assert.Equal((CertificationErrorCodes.InvalidPayload, nameof(Stage1Report.Gaps)), (ex.Code, ex.Member));
        Assert.Equal(("G1", "6.1.3", "No SoA"), (report.Gaps[0].Code, report.Gaps[0].Clause, report.Gaps[0].Description));
        Assert.Equal(D(2024, 1, 11), report.EffectiveDate);
        Assert.Empty(new Stage1Report(D(2024, 1, 10), D(2024, 1, 10), P("ada"), Stage1Outcome.Ready).Gaps);
    }

    [Fact]
    public void A_stage_1_report_refuses_a_missing_gap_an_undefined_outcome_and_dates_out_of_order()
    {
        var gap = Assert.Throws<CertificationException>(() => new Stage1Report(D(2024, 1, 10), D(2024, 1, 11), P("ada"), Stage1Outcome.NotReady, [new Stage1Gap("G1", "6.1.3", "No SoA"), null!]));
        var outcome = Assert.Throws<CertificationException>(() => new Stage1Report(D(2024, 1, 10), D(2024, 1, 11), P("ada"), (Stage1Outcome)3));
        var dates = Assert.Throws<CertificationException>(() => new Stage1Report(D(2024, 1, 10), D(2024, 1, 9), P("ada"), Stage1Outcome.Ready));

        Assert.Equal("Gaps[1]", gap.Member);
        Assert.Equal(nameof(Stage1Report.Outcome), outcome.Member);
        Assert.Equal((CertificationErrorCodes.DatesOutOfOrder, nameof(Stage1Report.LastDay)), (dates.Code, dates.Member));
    }

    [Theory]
    [InlineData("", "6.1", "d", nameof(Stage1Gap.Code))]
    [InlineData("G", "", "d", nameof(Stage1Gap.Clause))]
    [InlineData("G", "6.1", " ", nameof(Stage1Gap.Description))]
    public void A_stage_1_gap_needs_a_code_a_clause_and_a_description(string code, string clause, string description, string member)
    {
        var ex = Assert.Throws<CertificationException>(() => new Stage1Gap(code, clause, description));

        Assert.Equal((nameof(Stage1Gap), member), (ex.EntityKind, ex.Member));
    }

    [Fact]
    public void A_correction_verification_names_at_least_one_finding_none_empty()
    {
        var none = Assert.Throws<CertificationException>(() => new CorrectionVerification(D(2024, 4, 1), P("ada"), []));
        var empty = Assert.Throws<CertificationException>(() => new CorrectionVerification(D(2024, 4, 1), P("ada"), [new FindingId("F1"), default]));
        var outcome = Assert.Throws<CertificationException>(() => new CorrectionVerification(D(2024, 4, 1), P("ada"), [new FindingId("F1")], (CorrectionOutcome)4));
        var verification = new CorrectionVerification(D(2024, 4, 1), P("ada"), [new FindingId("F1")]);

        Assert.Equal(nameof(CorrectionVerification.Findings), none.Member);
        Assert.Equal("Findings[1]", empty.Member);
        Assert.Equal(nameof(CorrectionVerification.Outcome), outcome.Member);
        Assert.Equal((CorrectionOutcome.Verified, D(2024, 4, 1)), (verification.Outcome, verification.EffectiveDate));
    }

    [Fact]
    public void A_certificate_needs_a_number_a_body_a_scope_a_defined_edition_and_expires_after_its_issue()
    {
        Certificate Make(CertificateNumber? number = null, string body = "CB", string scope = "Scope", StandardEdition edition = StandardEdition.Edition2022, int expiryDay = 2) =>
            new(number ?? new CertificateNumber("C-1"), body, scope, edition, D(2024, 5, 1), D(2027, 5, expiryDay), D(2024, 5, 1));

        Assert.Equal(nameof(Certificate.Number), Assert.Throws<CertificationException>(() => Make(number: default(CertificateNumber))).Member);
        Assert.Equal(nameof(Certificate.CertificationBody), Assert.Throws<CertificationException>(() => Make(body: " ")).Member);
        Assert.Equal(nameof(Certificate.Scope), Assert.Throws<CertificationException>(() => Make(scope: "")).Member);
        Assert.Equal(nameof(Certificate.Edition), Assert.Throws<CertificationException>(() => Make(edition: (StandardEdition)8)).Member);
        var sameDay = Assert.Throws<CertificationException>(() => new Certificate(new CertificateNumber("C-1"), "CB", "Scope", StandardEdition.Edition2022, D(2024, 5, 1), D(2024, 5, 1), D(2024, 5, 1)));
        Assert.Equal(nameof(Certificate.ExpiryDate), sameDay.Member);

        var certificate = Make();
        Assert.Equal(("C-1", "CB", "Scope", D(2024, 5, 1), D(2027, 5, 2), D(2024, 5, 1)),
            (certificate.Number.Value, certificate.CertificationBody, certificate.Scope, certificate.IssueDate, certificate.ExpiryDate, certificate.CycleStart));
    }
}
