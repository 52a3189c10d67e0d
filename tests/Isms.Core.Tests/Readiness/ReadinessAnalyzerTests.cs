using System.Collections.Immutable;
using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Improvement;
using Isms.Core.Performance;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using Isms.Core.Support;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Readiness;

public class ReadinessAnalyzerTests
{
    private static ReadinessReport Analyze(InformationSecurityManagementSystem isms) =>
        ReadinessAnalyzer.Default.Analyze(isms, TestIsms.Today);

    private static IEnumerable<string> Codes(InformationSecurityManagementSystem isms) =>
        Analyze(isms).Findings.Where(f => f.Severity != ReadinessSeverity.Info).Select(f => f.Code);

    [Fact]
    public void A_complete_isms_has_no_finding_above_info_and_every_section_is_ready()
    {
        var report = Analyze(ReadyIsms.Create());
        Assert.Empty(report.Findings.Where(f => f.Severity != ReadinessSeverity.Info).Select(f => f.ToString()));
        Assert.All(report.Sections, s => Assert.Equal(ReadinessStatus.Ready, s.Status));
        Assert.Equal(8, report.Sections.Length);
        Assert.False(report.HasBlocking);
    }

    [Fact]
    public void An_empty_isms_is_not_ready_and_misses_the_mandatory_documents()
    {
        var report = Analyze(new IsmsBuilder { Profile = TestIsms.Profile(), RiskCriteria = TestIsms.Criteria }.Build());
        Assert.True(report.HasBlocking);
        Assert.Equal(ReadinessStatus.NotReady, report.Status);
        var codes = report.Findings.Select(f => f.Code).ToHashSet();
        Assert.Contains(ReadinessCodes.MandatoryDocumentMissing, codes);
        Assert.Contains(ReadinessCodes.ScopeMissing, codes);
        Assert.Contains(ReadinessCodes.PolicyMissing, codes);
        Assert.Contains(ReadinessCodes.RiskRegisterEmpty, codes);
        Assert.Contains(ReadinessCodes.SoaMissing, codes);
        Assert.Contains(ReadinessCodes.NoRecentInternalAudit, codes);
        Assert.Contains(ReadinessCodes.NoRecentManagementReview, codes);
        Assert.Equal(14, report.Findings.Count(f => f.Code == ReadinessCodes.MandatoryDocumentMissing));
    }

    [Fact]
    public void An_unapproved_mandatory_document_is_a_major_finding_in_its_clause()
    {
        var builder = ReadyIsms.Builder();
        builder.Documents = builder.Documents.Replace(builder.Documents[0] with { ApprovedBy = null, ApprovedOn = null });
        var finding = Assert.Single(Analyze(builder.Build()).Findings, f => f.Code == ReadinessCodes.MandatoryDocumentNotApproved);
        Assert.Equal(ReadinessSeverity.Major, finding.Severity);
        Assert.Equal(ReadinessSection.Context, finding.Section);
        Assert.Contains(new EntityReference("Document", "D1"), finding.Entities);
    }

    [Fact]
    public void A_document_past_its_review_date_is_reported()
    {
        var builder = ReadyIsms.Builder();
        builder.Documents = builder.Documents.Replace(builder.Documents[2] with { NextReviewOn = TestIsms.Today.PlusDays(-1) });
        Assert.Contains(ReadinessCodes.DocumentReviewOverdue, Codes(builder.Build()));
    }

    [Fact]
    public void An_undecided_control_is_a_blocking_annex_a_gap_listing_the_control()
    {
        var builder = ReadyIsms.Builder();
        builder.StatementOfApplicability = builder.StatementOfApplicability!.WithoutDecision(new ControlId("6.3"));
        var finding = Assert.Single(Analyze(builder.Build()).Findings, f => f.Code == ReadinessCodes.SoaControlsUndecided);
        Assert.Equal(ReadinessSeverity.Blocking, finding.Severity);
        Assert.Equal(ReadinessSection.AnnexA, finding.Section);
        Assert.Equal([new EntityReference("Control", "6.3")], finding.Entities);
    }

    [Fact]
    public void An_applicable_control_without_a_reason_is_not_traced()
    {
        var builder = ReadyIsms.Builder();
        builder.StatementOfApplicability = builder.StatementOfApplicability!.WithDecision(
            SoaDecision.Include(new ControlId("5.1"), ImplementationStatus.Implemented));
        Assert.Contains(ReadinessCodes.SoaInclusionNotTraced, Codes(builder.Build()));
    }

    [Fact]
    public void Excluding_a_control_a_risk_relies_on_is_a_major_finding()
    {
        var builder = ReadyIsms.Builder();
        builder.StatementOfApplicability = builder.StatementOfApplicability!.WithDecision(
            SoaDecision.Exclude(new ControlId("8.5"), ExclusionReason.NoRiskIdentified, "No risk"));
        var codes = Codes(builder.Build()).ToList();
        Assert.Contains(ReadinessCodes.SoaMissesRiskControl, codes);
        Assert.Contains(ReadinessCodes.SoaExclusionContradicted, codes);
    }

    [Fact]
    public void The_built_in_rules_check_the_register_as_recorded_and_leave_levels_and_acceptance_to_the_risk_engine()
    {
        // A residual risk above the appetite with an expired acceptance: Isms.Risk's RiskEvaluationRule reports it.
        var builder = ReadyIsms.Builder();
        builder.Risks = builder.Risks.Replace(builder.Risks[0] with
        {
            Current = TestIsms.Assessment(4, 4),
            Acceptance = new RiskAcceptance { AcceptedBy = TestIsms.Ciso, AcceptedOn = TestIsms.Today.PlusYears(-2), Rationale = "x", ExpiresOn = TestIsms.Today.PlusYears(-1), AcceptedAssessment = TestIsms.Assessment(4, 4) },
        });
        Assert.DoesNotContain(Codes(builder.Build()), c => c.StartsWith("RDY-RSK", StringComparison.Ordinal));
        Assert.Equal(ReadinessAnalyzer.BuiltInRules.Length, ReadinessAnalyzer.Default.Rules.Length);
    }

    [Fact]
    public void The_analyzer_applies_its_own_options_and_WithOptions_keeps_the_rules()
    {
        var builder = ReadyIsms.Builder();
        builder.Risks = builder.Risks.Replace(builder.Risks[0] with { Current = TestIsms.Assessment(2, 2, TestIsms.Today.PlusMonths(-7)) });
        var isms = builder.Build();
        var sixMonths = ReadinessAnalyzer.Default.WithRule(new AlwaysRule()).WithOptions(new ReadinessOptions { RiskReassessmentInterval = NodaTime.Period.FromMonths(6) });

        Assert.DoesNotContain(ReadinessAnalyzer.Default.Analyze(isms, TestIsms.Today).Findings, f => f.Code == ReadinessCodes.RiskAssessmentStale);
        Assert.Contains(sixMonths.Analyze(isms, TestIsms.Today).Findings, f => f.Code == ReadinessCodes.RiskAssessmentStale);
        Assert.Equal(ReadinessAnalyzer.BuiltInRules.Length + 1, sixMonths.Rules.Length);
        Assert.Equal(NodaTime.Period.FromMonths(6), sixMonths.WithRule(new AlwaysRule()).Options.RiskReassessmentInterval);
        Assert.Same(ReadinessOptions.Default, ReadinessAnalyzer.Default.Options);
    }

    [Fact]
    public void A_risk_owned_by_someone_who_left_is_reported()
    {
        var builder = ReadyIsms.Builder();
        builder.People = builder.People.Replace(builder.People[new PersonId("ciso")] with { LeftOn = TestIsms.Today.PlusDays(-10) });
        Assert.Contains(ReadinessCodes.RiskOwnerInactive, Codes(builder.Build()));
    }

    [Fact]
    public void A_risk_not_reassessed_within_twelve_months_is_stale()
    {
        var builder = ReadyIsms.Builder();
        builder.Risks = builder.Risks.Replace(builder.Risks[0] with { Current = TestIsms.Assessment(2, 2, TestIsms.Today.PlusMonths(-13)) });
        Assert.Contains(ReadinessCodes.RiskAssessmentStale, Codes(builder.Build()));
    }

    [Fact]
    public void Treatment_actions_must_be_owned_and_on_time()
    {
        var builder = ReadyIsms.Builder();
        builder.TreatmentPlan = builder.TreatmentPlan with
        {
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(
                new TreatmentAction { Id = new TreatmentActionId("T1"), Title = "No owner", Due = TestIsms.Today.PlusMonths(1) },
                new TreatmentAction { Id = new TreatmentActionId("T2"), Title = "Late", Owner = TestIsms.Cto, Due = TestIsms.Today.PlusDays(-1), Status = TreatmentActionStatus.InProgress },
                new TreatmentAction { Id = new TreatmentActionId("T3"), Title = "Done late", Owner = TestIsms.Cto, Due = TestIsms.Today.PlusDays(-1), Status = TreatmentActionStatus.Done }),
        };
        var findings = Analyze(builder.Build()).Findings;
        Assert.Equal(["T1"], findings.Where(f => f.Code == ReadinessCodes.TreatmentActionUnowned).SelectMany(f => f.Entities).Select(e => e.Id));
        Assert.Equal("T2", Assert.Single(findings, f => f.Code == ReadinessCodes.TreatmentActionOverdue).Entities[0].Id);
    }

    [Fact]
    public void An_objective_without_a_target_is_not_measurable()
    {
        var builder = ReadyIsms.Builder();
        builder.Objectives = builder.Objectives.Replace(builder.Objectives[0] with { Target = null });
        var finding = Assert.Single(Analyze(builder.Build()).Findings, f => f.Code == ReadinessCodes.ObjectiveNotMeasurable);
        Assert.Contains("a target", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_internal_audit_in_the_last_twelve_months_is_blocking()
    {
        var builder = ReadyIsms.Builder();
        builder.Audits = builder.Audits.Replace(builder.Audits[0] with { CompletedOn = TestIsms.Today.PlusMonths(-13), PlannedOn = TestIsms.Today.PlusMonths(-13) });
        var finding = Assert.Single(Analyze(builder.Build()).Findings, f => f.Code == ReadinessCodes.NoRecentInternalAudit);
        Assert.Equal(ReadinessSeverity.Blocking, finding.Severity);
    }

    [Fact]
    public void An_audit_that_skips_clauses_does_not_cover_the_scope()
    {
        var builder = ReadyIsms.Builder();
        builder.Audits = builder.Audits.Replace(builder.Audits[0] with { CoversWholeScope = false, Clauses = ["4", "5", "6", "7", "8", "9.1"] });
        var finding = Assert.Single(Analyze(builder.Build()).Findings, f => f.Code == ReadinessCodes.AuditCoverageIncomplete);
        Assert.Contains("10", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_auditor_who_is_an_auditee_or_the_isms_manager_is_not_independent()
    {
        var builder = ReadyIsms.Builder();
        builder.Audits = builder.Audits.Replace(builder.Audits[0] with { LeadAuditor = TestIsms.Ciso });
        var findings = Analyze(builder.Build()).Findings.Where(f => f.Code == ReadinessCodes.AuditorNotIndependent).ToList();
        Assert.Single(findings);
        Assert.Contains(new EntityReference("Person", "ciso"), findings[0].Entities);
    }

    [Fact]
    public void An_auditor_who_owns_an_audited_control_is_not_independent()
    {
        var builder = ReadyIsms.Builder();
        builder.Audits = builder.Audits.Replace(builder.Audits[0] with
        {
            LeadAuditor = TestIsms.Auditor,
            Auditors = [TestIsms.Cto],
            Auditees = [TestIsms.Ciso],
            Controls = [new ControlId("8.5")],
        });
        var finding = Assert.Single(Analyze(builder.Build()).Findings, f => f.Code == ReadinessCodes.AuditorNotIndependent);
        Assert.Contains("AC1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_management_review_missing_inputs_lists_them()
    {
        var builder = ReadyIsms.Builder();
        var review = builder.ManagementReviews[0];
        builder.ManagementReviews = builder.ManagementReviews.Replace(review with
        {
            Inputs = review.Inputs.Remove(ManagementReviewInput.AuditResults).Remove(ManagementReviewInput.ContextChanges),
        });
        var finding = Assert.Single(Analyze(builder.Build()).Findings, f => f.Code == ReadinessCodes.ManagementReviewInputsMissing);
        Assert.Contains("d3) audit results", finding.Message, StringComparison.Ordinal);
        Assert.Contains("b) changes in issues", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_management_review_within_twelve_months_is_blocking()
    {
        var builder = ReadyIsms.Builder();
        builder.ManagementReviews = builder.ManagementReviews.Replace(builder.ManagementReviews[0] with { HeldOn = TestIsms.Today.PlusMonths(-13) });
        Assert.Contains(ReadinessCodes.NoRecentManagementReview, Codes(builder.Build()));
    }

    [Fact]
    public void Open_nonconformities_need_a_corrective_action_on_time()
    {
        var builder = ReadyIsms.Builder();
        builder.AddNonconformity(
            new Nonconformity { Id = new NonconformityId("NC1"), Description = "No action", Source = NonconformitySource.Incident, RaisedOn = TestIsms.Today.PlusMonths(-1), Owner = TestIsms.Cto, RootCause = "x" },
            new Nonconformity
            {
                Id = new NonconformityId("NC2"),
                Description = "Late action",
                Source = NonconformitySource.Incident,
                RaisedOn = TestIsms.Today.PlusMonths(-2),
                Owner = TestIsms.Cto,
                RootCause = "y",
                CorrectiveActions = [new CorrectiveAction { Id = new CorrectiveActionId("CA1"), Description = "Fix", Owner = TestIsms.Cto, Due = TestIsms.Today.PlusDays(-3) }],
            });
        var findings = Analyze(builder.Build()).Findings;
        Assert.Equal("NC1", Assert.Single(findings, f => f.Code == ReadinessCodes.NonconformityWithoutAction).Entities[0].Id);
        Assert.Equal("NC2", Assert.Single(findings, f => f.Code == ReadinessCodes.CorrectiveActionOverdue).Entities[0].Id);
    }

    [Fact]
    public void Climate_change_must_be_determined()
    {
        var builder = ReadyIsms.Builder();
        builder.Context = builder.Context with { Issues = builder.Context.Issues.Remove(new IssueId("I2")) };
        Assert.Contains(ReadinessCodes.ClimateChangeNotDetermined, Codes(builder.Build()));
    }

    [Fact]
    public void People_without_recent_awareness_are_reported()
    {
        var builder = ReadyIsms.Builder();
        builder.AwarenessRecords = builder.AwarenessRecords.Remove(new AwarenessRecordId("AW2"));
        var finding = Assert.Single(Analyze(builder.Build()).Findings, f => f.Code == ReadinessCodes.AwarenessMissing);
        Assert.Equal([new EntityReference("Person", "cto")], finding.Entities);
    }

    [Fact]
    public void A_role_holder_without_competence_evidence_is_reported()
    {
        var builder = ReadyIsms.Builder();
        builder.CompetenceRecords = builder.CompetenceRecords.Remove(new CompetenceRecordId("C1"));
        builder.Documents = builder.Documents.Remove(builder.Documents.First(d => d.Fulfils.Contains(MandatoryDocument.CompetenceEvidence)).Id);
        var codes = Codes(builder.Build()).ToList();
        Assert.Contains(ReadinessCodes.CompetenceEvidenceMissing, codes);
        Assert.Contains(ReadinessCodes.MandatoryDocumentMissing, codes);
    }

    [Fact]
    public void A_vendor_rule_adds_its_findings_to_the_report()
    {
        var analyzer = ReadinessAnalyzer.Default.WithRule(new AlwaysRule());
        var report = analyzer.Analyze(ReadyIsms.Create(), TestIsms.Today);
        var finding = Assert.Single(report.Findings, f => f.Code == "ACME-001");
        Assert.Equal(ReadinessStatus.Gaps, report.SummaryOf(ReadinessSection.Support).Status);
        Assert.Equal(ReadinessAnalyzer.BuiltInRules.Length + 1, analyzer.Rules.Length);
        Assert.Equal(ReadinessSeverity.Minor, finding.Severity);
    }

    private sealed class AlwaysRule : IReadinessRule
    {
        public string Name => "House rule";

        public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context) =>
            [new ReadinessFinding("ACME-001", ReadinessSeverity.Minor, ReadinessSection.Support, "7.5", "House rule")];
    }
}
