using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.Performance;
using Isms.Core.Readiness;
using Isms.Core.Readiness.Rules;
using Isms.Core.RiskManagement;
using Isms.Core.Support;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Readiness;

/// <summary>
/// One rule at a time, one branch at a time: starting from an ISMS every rule accepts (<see cref="ReadyIsms"/>), a single
/// gap must give exactly the finding an auditor's reader relies on: its code, severity, section, clause and the entities
/// to open. Messages are not pinned beyond naming the entity.
/// </summary>
public sealed class RuleFindingTests
{
    private static List<ReadinessFinding> Evaluate(IReadinessRule rule, IsmsBuilder builder) =>
        [.. rule.Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today))];

    private static Person Left(PersonId id, string name) => TestIsms.Person(id, name) with { LeftOn = TestIsms.Today };

    private static IsmsBuilder WithoutDocumentFor(MandatoryDocument kind)
    {
        var builder = ReadyIsms.Builder();
        foreach (var document in builder.Documents.Where(d => d.Fulfils.Contains(kind)).ToList())
        {
            builder.Documents = builder.Documents.Remove(document.Id);
        }

        return builder;
    }

    [Fact]
    public void The_ready_isms_gives_no_finding_from_the_rules_tested_here()
    {
        IReadinessRule[] rules = [new MandatoryDocumentsRule(), new AppliedControlsRule(), new TreatmentPlanRule()];

        Assert.All(rules, rule => Assert.Empty(Evaluate(rule, ReadyIsms.Builder())));
    }

    // ---- Mandatory documented information ----

    public static TheoryData<MandatoryDocument, string, ReadinessSection, string> DocumentsOnly() => new()
    {
        { MandatoryDocument.Scope, "4.3", ReadinessSection.Context , "the ISMS scope" },
        { MandatoryDocument.InformationSecurityPolicy, "5.2", ReadinessSection.Leadership , "the information security policy" },
        { MandatoryDocument.RiskAssessmentProcess, "6.1.2", ReadinessSection.Planning , "the risk assessment process" },
        { MandatoryDocument.RiskTreatmentProcess, "6.1.3", ReadinessSection.Planning , "the risk treatment process" },
        { MandatoryDocument.InformationSecurityObjectives, "6.2", ReadinessSection.Planning , "the information security objectives" },
    };

    [Theory]
    [MemberData(nameof(DocumentsOnly))]
    public void A_missing_mandatory_document_that_records_cannot_replace_blocks_at_its_clause(MandatoryDocument kind, string clause, ReadinessSection section, string title)
    {
        var finding = Assert.Single(Evaluate(new MandatoryDocumentsRule(), WithoutDocumentFor(kind)));

        Assert.Equal(ReadinessCodes.MandatoryDocumentMissing, finding.Code);
        Assert.Equal(ReadinessSeverity.Blocking, finding.Severity);
        Assert.Equal(section, finding.Section);
        Assert.Equal(clause, finding.Reference);
        Assert.Contains($"{title} (clause {clause})", finding.Message, StringComparison.Ordinal);
    }

    public static TheoryData<MandatoryDocument, string, ReadinessSection, string> RecordKinds() => new()
    {
        { MandatoryDocument.StatementOfApplicability, "6.1.3 d", ReadinessSection.Planning , "the Statement of Applicability" },
        { MandatoryDocument.CompetenceEvidence, "7.2 d", ReadinessSection.Support , "evidence of competence" },
        { MandatoryDocument.OperationalPlanningEvidence, "8.1", ReadinessSection.Operation , "evidence that processes were carried out as planned" },
        { MandatoryDocument.RiskAssessmentResults, "8.2", ReadinessSection.Operation , "risk assessment results" },
        { MandatoryDocument.RiskTreatmentResults, "8.3", ReadinessSection.Operation , "risk treatment results" },
        { MandatoryDocument.MonitoringResults, "9.1", ReadinessSection.PerformanceEvaluation , "monitoring and measurement results" },
        { MandatoryDocument.AuditProgrammeAndResults, "9.2.2", ReadinessSection.PerformanceEvaluation , "the audit programme and audit results" },
        { MandatoryDocument.ManagementReviewResults, "9.3.3", ReadinessSection.PerformanceEvaluation , "management review results" },
        { MandatoryDocument.NonconformitiesAndCorrectiveActions, "10.2", ReadinessSection.Improvement , "nonconformities and corrective action results" },
    };

    [Theory]
    [MemberData(nameof(RecordKinds))]
    public void Record_type_information_is_satisfied_by_the_models_records_and_missing_without_them(MandatoryDocument kind, string clause, ReadinessSection section, string title)
    {
        var withRecords = WithoutDocumentFor(kind);
        AddRecords(kind, withRecords);
        Assert.Empty(Evaluate(new MandatoryDocumentsRule(), withRecords));

        var withoutRecords = WithoutDocumentFor(kind);
        RemoveRecords(kind, withoutRecords);
        var finding = Assert.Single(Evaluate(new MandatoryDocumentsRule(), withoutRecords));

        Assert.Equal(ReadinessCodes.MandatoryDocumentMissing, finding.Code);
        Assert.Equal(ReadinessSeverity.Blocking, finding.Severity);
        Assert.Equal(section, finding.Section);
        Assert.Equal(clause, finding.Reference);
        Assert.Contains($"{title} (clause {clause})", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_treatment_results_are_also_shown_by_a_done_treatment_action()
    {
        var builder = WithoutDocumentFor(MandatoryDocument.RiskTreatmentResults);
        RemoveRecords(MandatoryDocument.RiskTreatmentResults, builder);
        builder.TreatmentPlan = builder.TreatmentPlan with
        {
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(
                new TreatmentAction { Id = new TreatmentActionId("T1"), Title = "Roll out MFA", Status = TreatmentActionStatus.Done, CompletedOn = TestIsms.Today.PlusDays(-3) }),
        };

        Assert.Empty(Evaluate(new MandatoryDocumentsRule(), builder));
    }

    [Fact]
    public void An_audit_programme_without_a_completed_audit_is_no_record_of_audit_results()
    {
        var builder = WithoutDocumentFor(MandatoryDocument.AuditProgrammeAndResults);
        builder.Audits = builder.Audits.Replace(builder.Audits[0] with { Status = AuditStatus.Planned, CompletedOn = null });

        var finding = Assert.Single(Evaluate(new MandatoryDocumentsRule(), builder));

        Assert.Equal(("9.2.2", ReadinessCodes.MandatoryDocumentMissing), (finding.Reference, finding.Code));
    }

    [Fact]
    public void One_completed_audit_among_planned_ones_is_a_record_of_audit_results()
    {
        var builder = WithoutDocumentFor(MandatoryDocument.AuditProgrammeAndResults);
        builder.AddAudit(builder.Audits[0] with { Id = new AuditId("AU2"), Status = AuditStatus.Planned, PlannedOn = TestIsms.Today.PlusMonths(2), CompletedOn = null });

        Assert.Empty(Evaluate(new MandatoryDocumentsRule(), builder));
    }

    [Fact]
    public void A_mandatory_document_only_in_draft_is_a_major_finding_naming_the_drafts()
    {
        var builder = ReadyIsms.Builder();
        var policy = builder.Documents.First(d => d.Fulfils.Contains(MandatoryDocument.InformationSecurityPolicy));
        builder.Documents = builder.Documents.Replace(policy with { ApprovedBy = null });
        builder.AddDocument(policy with { Id = new DocumentId("D99"), Version = "2.0-draft", ApprovedOn = null });

        var finding = Assert.Single(Evaluate(new MandatoryDocumentsRule(), builder));

        Assert.Equal(ReadinessCodes.MandatoryDocumentNotApproved, finding.Code);
        Assert.Equal(ReadinessSeverity.Major, finding.Severity);
        Assert.Equal(ReadinessSection.Leadership, finding.Section);
        Assert.Equal("5.2", finding.Reference);
        Assert.Equal([EntityReference.To(policy.Id), EntityReference.To(new DocumentId("D99"))], finding.Entities);
        Assert.Contains($"{policy.Id} v1.0", finding.Message, StringComparison.Ordinal);
        Assert.Contains("D99 v2.0-draft", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("The information security policy", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_approved_version_next_to_a_draft_satisfies_the_requirement()
    {
        var builder = ReadyIsms.Builder();
        var policy = builder.Documents.First(d => d.Fulfils.Contains(MandatoryDocument.InformationSecurityPolicy));
        builder.AddDocument(policy with { Id = new DocumentId("D99"), ApprovedBy = null });

        Assert.Empty(Evaluate(new MandatoryDocumentsRule(), builder));
    }

    [Fact]
    public void A_document_past_its_review_date_is_a_minor_finding_on_the_document_and_its_owner()
    {
        var builder = ReadyIsms.Builder();
        var document = builder.Documents[0];
        builder.Documents = builder.Documents.Replace(document with { NextReviewOn = TestIsms.Today.PlusDays(-1) });

        var finding = Assert.Single(Evaluate(new MandatoryDocumentsRule(), builder));

        Assert.Equal(ReadinessCodes.DocumentReviewOverdue, finding.Code);
        Assert.Equal(ReadinessSeverity.Minor, finding.Severity);
        Assert.Equal(ReadinessSection.Support, finding.Section);
        Assert.Equal("7.5.2", finding.Reference);
        Assert.Equal([EntityReference.To(document.Id), EntityReference.To(document.Owner)], finding.Entities);
        Assert.Contains(TestIsms.Today.PlusDays(-1).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_due_for_review_today_is_not_overdue()
    {
        var builder = ReadyIsms.Builder();
        builder.Documents = builder.Documents.Replace(builder.Documents[0] with { NextReviewOn = TestIsms.Today });

        Assert.Empty(Evaluate(new MandatoryDocumentsRule(), builder));
    }

    [Fact]
    public void A_document_owned_by_someone_who_left_is_a_minor_finding_naming_them()
    {
        var builder = ReadyIsms.Builder();
        var document = builder.Documents[0] with { Owner = TestIsms.Auditor };
        builder.Documents = builder.Documents.Replace(document);
        builder.People = builder.People.Replace(Left(TestIsms.Auditor, "Ann Auditor"));

        var finding = Assert.Single(Evaluate(new MandatoryDocumentsRule(), builder));

        Assert.Equal(ReadinessCodes.DocumentOwnerInactive, finding.Code);
        Assert.Equal(ReadinessSeverity.Minor, finding.Severity);
        Assert.Equal(ReadinessSection.Support, finding.Section);
        Assert.Equal("7.5.3", finding.Reference);
        Assert.Equal([EntityReference.To(document.Id), EntityReference.To(TestIsms.Auditor)], finding.Entities);
        Assert.Contains("Ann Auditor", finding.Message, StringComparison.Ordinal);
    }

    private static void AddRecords(MandatoryDocument kind, IsmsBuilder builder)
    {
        // ReadyIsms holds every record kind except a nonconformity.
        if (kind == MandatoryDocument.NonconformitiesAndCorrectiveActions)
        {
            builder.AddNonconformity(new Nonconformity
            {
                Id = new NonconformityId("NC1"),
                Description = "Access review skipped",
                Source = NonconformitySource.InternalAudit,
                RaisedOn = TestIsms.Today.PlusMonths(-1),
                Owner = TestIsms.Cto,
            });
        }
    }

    private static void RemoveRecords(MandatoryDocument kind, IsmsBuilder builder)
    {
        switch (kind)
        {
            case MandatoryDocument.StatementOfApplicability:
                builder.StatementOfApplicability = builder.StatementOfApplicability!.WithVersion(null);
                break;
            case MandatoryDocument.CompetenceEvidence:
                builder.CompetenceRecords = Register<CompetenceRecordId, CompetenceRecord>.Empty;
                break;
            case MandatoryDocument.OperationalPlanningEvidence:
                builder.AppliedControls = builder.AppliedControls.Replace(builder.AppliedControls[0] with { Evidence = [] });
                break;
            case MandatoryDocument.RiskAssessmentResults:
                builder.Risks = builder.Risks.Replace(builder.Risks[0] with { Current = null });
                break;
            case MandatoryDocument.RiskTreatmentResults:
                builder.Risks = builder.Risks.Replace(builder.Risks[0] with { AppliedControls = [] });
                builder.TreatmentPlan = builder.TreatmentPlan with
                {
                    Actions = Register<TreatmentActionId, TreatmentAction>.Of(
                        new TreatmentAction { Id = new TreatmentActionId("T1"), Title = "Roll out MFA", Status = TreatmentActionStatus.InProgress }),
                };
                break;
            case MandatoryDocument.MonitoringResults:
                builder.Measurements = Register<MeasurementId, MeasurementResult>.Empty;
                break;
            case MandatoryDocument.AuditProgrammeAndResults:
                builder.AuditProgramme = null;
                break;
            case MandatoryDocument.ManagementReviewResults:
                builder.ManagementReviews = Register<ManagementReviewId, ManagementReview>.Empty;
                break;
            case MandatoryDocument.NonconformitiesAndCorrectiveActions:
                builder.Nonconformities = Register<NonconformityId, Nonconformity>.Empty;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    // ---- Applied controls ----

    [Fact]
    public void A_control_owned_by_someone_who_left_is_a_minor_finding_unless_retired()
    {
        var builder = ReadyIsms.Builder();
        var control = builder.AppliedControls[0] with { Owner = TestIsms.Auditor };
        builder.AppliedControls = builder.AppliedControls.Replace(control);
        builder.People = builder.People.Replace(Left(TestIsms.Auditor, "Ann Auditor"));

        var finding = Assert.Single(Evaluate(new AppliedControlsRule(), builder));

        Assert.Equal(ReadinessCodes.ControlOwnerInactive, finding.Code);
        Assert.Equal(ReadinessSeverity.Minor, finding.Severity);
        Assert.Equal(ReadinessSection.Operation, finding.Section);
        Assert.Equal("8.1", finding.Reference);
        Assert.Equal([EntityReference.To(control.Id), EntityReference.To(TestIsms.Auditor)], finding.Entities);
        Assert.Contains("Ann Auditor", finding.Message, StringComparison.Ordinal);

        builder.AppliedControls = builder.AppliedControls.Replace(control with { Status = ControlStatus.Retired });
        builder.Risks = builder.Risks.Replace(builder.Risks[0] with { AppliedControls = [] });
        Assert.Empty(Evaluate(new AppliedControlsRule(), builder));
    }

    [Fact]
    public void A_control_not_effective_is_a_minor_finding_quoting_its_measured_effectiveness()
    {
        var builder = ReadyIsms.Builder();
        var control = builder.AppliedControls[0] with { Status = ControlStatus.NotEffective, Effectiveness = new Percentage(40) };
        builder.AppliedControls = builder.AppliedControls.Replace(control);

        var finding = Assert.Single(Evaluate(new AppliedControlsRule(), builder));

        Assert.Equal(ReadinessCodes.ControlNotEffective, finding.Code);
        Assert.Equal(ReadinessSeverity.Minor, finding.Severity);
        Assert.Equal(ReadinessSection.Operation, finding.Section);
        Assert.Equal("8.1", finding.Reference);
        Assert.Equal([EntityReference.To(control.Id)], finding.Entities);
        Assert.Contains(new Percentage(40).ToString(), finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ControlStatus.Implemented, true)]
    [InlineData(ControlStatus.Planned, false)]
    [InlineData(ControlStatus.InProgress, false)]
    public void Only_an_implemented_control_without_evidence_is_reported(ControlStatus status, bool reported)
    {
        var builder = ReadyIsms.Builder();
        var control = builder.AppliedControls[0] with { Status = status, Evidence = [] };
        builder.AppliedControls = builder.AppliedControls.Replace(control);

        var findings = Evaluate(new AppliedControlsRule(), builder);

        if (reported)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(ReadinessCodes.ControlWithoutEvidence, finding.Code);
            Assert.Equal(ReadinessSeverity.Info, finding.Severity);
            Assert.Equal(ReadinessSection.Operation, finding.Section);
            Assert.Equal("8.1", finding.Reference);
            Assert.Equal([EntityReference.To(control.Id)], finding.Entities);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    // ---- Risk treatment plan ----

    private static TreatmentAction Action(string id, TreatmentActionStatus status = TreatmentActionStatus.InProgress) => new()
    {
        Id = new TreatmentActionId(id),
        Title = "Action " + id,
        Owner = TestIsms.Cto,
        Due = TestIsms.Today.PlusMonths(1),
        Status = status,
        Risks = [new RiskId("R1")],
    };

    private static IsmsBuilder WithActions(params TreatmentAction[] actions)
    {
        var builder = ReadyIsms.Builder();
        builder.TreatmentPlan = builder.TreatmentPlan with { Actions = Register<TreatmentActionId, TreatmentAction>.Of(actions) };
        return builder;
    }

    [Fact]
    public void An_unapproved_plan_is_a_major_finding_when_there_are_risks_or_actions()
    {
        var builder = ReadyIsms.Builder();
        builder.TreatmentPlan = builder.TreatmentPlan with { ApprovedOn = null };

        var finding = Assert.Single(Evaluate(new TreatmentPlanRule(), builder));

        Assert.Equal(ReadinessCodes.TreatmentPlanNotApproved, finding.Code);
        Assert.Equal(ReadinessSeverity.Major, finding.Severity);
        Assert.Equal(ReadinessSection.Planning, finding.Section);
        Assert.Equal("6.1.3 f", finding.Reference);
        Assert.Equal([EntityReference.Part("TreatmentPlan")], finding.Entities);

        builder.Risks = RiskRegister.Empty;
        Assert.Empty(Evaluate(new TreatmentPlanRule(), builder));

        builder.TreatmentPlan = builder.TreatmentPlan with { Actions = Register<TreatmentActionId, TreatmentAction>.Of(Action("T1") with { Risks = [] }) };
        Assert.Equal([ReadinessCodes.TreatmentPlanNotApproved], Evaluate(new TreatmentPlanRule(), builder).Select(f => f.Code));
    }

    [Fact]
    public void An_open_action_without_owner_is_a_major_finding()
    {
        var action = Action("T1") with { Owner = null };

        var finding = Assert.Single(Evaluate(new TreatmentPlanRule(), WithActions(action)));

        Assert.Equal(ReadinessCodes.TreatmentActionUnowned, finding.Code);
        Assert.Equal(ReadinessSeverity.Major, finding.Severity);
        Assert.Equal(ReadinessSection.Planning, finding.Section);
        Assert.Equal("6.1.3 e", finding.Reference);
        Assert.Equal([EntityReference.To(action.Id)], finding.Entities);
    }

    [Fact]
    public void An_open_action_owned_by_someone_who_left_is_a_major_finding_naming_them()
    {
        var action = Action("T1") with { Owner = TestIsms.Auditor };
        var builder = WithActions(action);
        builder.People = builder.People.Replace(Left(TestIsms.Auditor, "Ann Auditor"));

        var finding = Assert.Single(Evaluate(new TreatmentPlanRule(), builder));

        Assert.Equal(ReadinessCodes.TreatmentActionUnowned, finding.Code);
        Assert.Equal(ReadinessSeverity.Major, finding.Severity);
        Assert.Equal(ReadinessSection.Planning, finding.Section);
        Assert.Equal("6.1.3 e", finding.Reference);
        Assert.Equal([EntityReference.To(action.Id), EntityReference.To(TestIsms.Auditor)], finding.Entities);
        Assert.Contains("Ann Auditor", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_action_without_due_date_is_a_minor_finding()
    {
        var action = Action("T1") with { Due = null };

        var finding = Assert.Single(Evaluate(new TreatmentPlanRule(), WithActions(action)));

        Assert.Equal(ReadinessCodes.TreatmentActionUndated, finding.Code);
        Assert.Equal(ReadinessSeverity.Minor, finding.Severity);
        Assert.Equal(ReadinessSection.Planning, finding.Section);
        Assert.Equal("6.1.3 e", finding.Reference);
        Assert.Equal([EntityReference.To(action.Id)], finding.Entities);
    }

    [Fact]
    public void An_open_action_past_its_due_date_is_a_minor_operation_finding_on_the_action_and_its_risks()
    {
        var action = Action("T1", TreatmentActionStatus.NotStarted) with { Due = TestIsms.Today.PlusDays(-1) };

        var finding = Assert.Single(Evaluate(new TreatmentPlanRule(), WithActions(action)));

        Assert.Equal(ReadinessCodes.TreatmentActionOverdue, finding.Code);
        Assert.Equal(ReadinessSeverity.Minor, finding.Severity);
        Assert.Equal(ReadinessSection.Operation, finding.Section);
        Assert.Equal("8.3", finding.Reference);
        Assert.Equal([EntityReference.To(action.Id), EntityReference.To(new RiskId("R1"))], finding.Entities);
        Assert.Contains(TestIsms.Today.PlusDays(-1).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TreatmentActionStatus.Done)]
    [InlineData(TreatmentActionStatus.Cancelled)]
    public void A_closed_action_is_not_checked_for_owner_or_dates(TreatmentActionStatus status)
    {
        var action = Action("T1", status) with { Owner = null, Due = null };

        Assert.Empty(Evaluate(new TreatmentPlanRule(), WithActions(action)));
    }

    [Fact]
    public void Planned_controls_need_an_action_that_names_the_risk_or_the_control()
    {
        var controlId = new AppliedControlId("AC1");
        var builder = ReadyIsms.Builder();
        builder.Risks = builder.Risks.Replace(builder.Risks[0] with { PlannedControls = [controlId] });

        var finding = Assert.Single(Evaluate(new TreatmentPlanRule(), builder));
        Assert.Equal(ReadinessCodes.PlannedControlsWithoutAction, finding.Code);
        Assert.Equal(ReadinessSeverity.Minor, finding.Severity);
        Assert.Equal(ReadinessSection.Planning, finding.Section);
        Assert.Equal("6.1.3 e", finding.Reference);
        Assert.Equal([EntityReference.To(new RiskId("R1"))], finding.Entities);
        Assert.Contains("AC1", finding.Message, StringComparison.Ordinal);

        var byRisk = Action("T1");
        builder.TreatmentPlan = builder.TreatmentPlan with { Actions = Register<TreatmentActionId, TreatmentAction>.Of(byRisk) };
        Assert.Empty(Evaluate(new TreatmentPlanRule(), builder));

        var byControl = Action("T1") with { Risks = [], Controls = [controlId] };
        builder.TreatmentPlan = builder.TreatmentPlan with { Actions = Register<TreatmentActionId, TreatmentAction>.Of(byControl) };
        Assert.Empty(Evaluate(new TreatmentPlanRule(), builder));

        builder.TreatmentPlan = builder.TreatmentPlan with { Actions = Register<TreatmentActionId, TreatmentAction>.Of(byRisk with { Status = TreatmentActionStatus.Cancelled }) };
        Assert.Equal([ReadinessCodes.PlannedControlsWithoutAction], Evaluate(new TreatmentPlanRule(), builder).Select(f => f.Code));

        builder.TreatmentPlan = builder.TreatmentPlan with { Actions = Register<TreatmentActionId, TreatmentAction>.Of(byControl with { Status = TreatmentActionStatus.Cancelled }) };
        Assert.Equal([ReadinessCodes.PlannedControlsWithoutAction], Evaluate(new TreatmentPlanRule(), builder).Select(f => f.Code));
    }
}
