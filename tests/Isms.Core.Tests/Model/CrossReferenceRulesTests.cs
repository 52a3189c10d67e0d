using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.Performance;
using Isms.Core.RiskManagement;
using Isms.Core.Support;
using Isms.Core.Tests.TestData;
using NodaTime;

namespace Isms.Core.Tests.Model;

/// <summary>
/// Every cross-reference rule of the ISMS (clauses 4 to 10): a reference to a person, role, site, document, asset,
/// risk, requirement, objective, applied control, nonconformity or audit finding that is not in the ISMS is an
/// <c>ISMS-REF</c> error with the entity kind, id, member (with its index) and the dangling value; assessments outside
/// the criteria's scales, dates in the wrong order, duplicate finding and corrective action ids, self-dependencies and
/// nonconformities closed without verification are reported the same way, all at once and in document order.
/// (The evidence, control test, monitoring and planned change registers: <c>EvidenceModelTests</c>.)
/// </summary>
public sealed class CrossReferenceRulesTests
{
    private static readonly PersonId Ghost = new("ghost");
    private static readonly LocalDate Today = TestIsms.Today;

    private static (string Code, string? Kind, string? Id, string? Member, string? Value) Ref(string kind, string? id, string member, string value) =>
        (IsmsErrorCodes.DanglingReference, kind, id, member, value);

    private static (string Code, string? Kind, string? Id, string? Member, string? Value) Err(string code, string kind, string? id, string member, string value) =>
        (code, kind, id, member, value);

    [Fact]
    public void A_ready_isms_breaks_no_cross_reference_rule()
    {
        var isms = ReadyIsms.Create();

        Assert.Equal(ReadyIsms.Create(), isms);
    }

    [Fact]
    public void Every_broken_reference_of_clauses_4_to_10_is_reported_with_its_location_in_document_order()
    {
        var b = ReadyIsms.Builder();
        var requirement = b.Context.Requirements[0];
        b.Context = b.Context with { Requirements = b.Context.Requirements.Replace(requirement with { Party = new("IP404") }) };
        b.Scope = b.Scope! with { Sites = [new("HQ"), new("S404")] };
        b.Policy = b.Policy! with { Document = new DocumentId("D404"), ApprovedBy = Ghost };
        b.People = b.People.Replace(b.People[TestIsms.Ciso] with { Roles = [ReadyIsms.IsmsManager, new RoleId("R404")] });
        b.Assets = b.Assets.Replace(b.Assets[new AssetId("A1")] with
        {
            Owner = Ghost,
            Site = new SiteId("S404"),
            DependsOn = [new AssetId("A1"), new AssetId("A404")],
        });
        b.Risks = RiskRegister.From(b.Risks.Scenarios.Replace(b.Risks[0] with
        {
            Owner = Ghost,
            Assets = [new AssetId("A1"), new AssetId("A404")],
            Inherent = TestIsms.Assessment(6, 1),
            Current = TestIsms.Assessment(1, 6),
            Residual = TestIsms.Assessment(0, 1),
            PlannedControls = [new AppliedControlId("AC404")],
            AppliedControls = [new AppliedControlId("AC1"), new AppliedControlId("AC405")],
            Acceptance = new RiskAcceptance
            {
                AcceptedBy = Ghost,
                AcceptedOn = Today,
                ExpiresOn = Today.PlusDays(-1),
                Rationale = "Cheaper than the control",
                AcceptedAssessment = TestIsms.Assessment(2, 0),
            },
        }));
        b.AppliedControls = b.AppliedControls.Replace(b.AppliedControls[0] with
        {
            Owner = Ghost,
            Evidence = [new EvidenceReference { Description = "Export" }, new EvidenceReference { Description = "Config", Document = new DocumentId("D404") }],
        });
        var soa = b.StatementOfApplicability!;
        var first = soa.Decisions[0];
        b.StatementOfApplicability = new StatementOfApplicability(
            soa.Catalog,
            soa.Decisions.Select(d => d == first
                ? d with
                {
                    Risks = [new RiskId("R1"), new RiskId("R404")],
                    Requirements = [new RequirementId("REQ404")],
                    AppliedControls = [new AppliedControlId("AC404")],
                    Evidence = [new EvidenceReference { Description = "Minutes", Document = new DocumentId("D404") }],
                }
                : d),
            soa.Version! with { ApprovedBy = Ghost });
        b.TreatmentPlan = b.TreatmentPlan with
        {
            ApprovedBy = Ghost,
            Document = new DocumentId("D404"),
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(new TreatmentAction
            {
                Id = new TreatmentActionId("TA1"),
                Title = "Roll out MFA",
                Owner = Ghost,
                Risks = [new RiskId("R404")],
                Controls = [new AppliedControlId("AC1"), new AppliedControlId("AC404")],
            }),
        };
        b.Objectives = b.Objectives.Replace(b.Objectives[0] with { Owner = Ghost });
        b.CompetenceRecords = b.CompetenceRecords.Replace(b.CompetenceRecords[0] with { Person = Ghost, Role = new RoleId("R404") });
        b.AwarenessRecords = b.AwarenessRecords.Replace(b.AwarenessRecords[0] with { Person = Ghost });
        b.Documents = b.Documents.Replace(b.Documents[0] with { Owner = Ghost, ApprovedBy = Ghost });
        b.Measurements = b.Measurements.Replace(b.Measurements[0] with
        {
            MeasuredBy = Ghost,
            Objective = new ObjectiveId("O404"),
            Control = new AppliedControlId("AC404"),
        });
        b.AuditProgramme = b.AuditProgramme! with
        {
            Owner = Ghost,
            PeriodEnd = b.AuditProgramme.PeriodStart.PlusDays(-1),
            Document = new DocumentId("D404"),
            ApprovedBy = Ghost,
        };
        b.Audits = b.Audits.Replace(b.Audits[0] with
        {
            LeadAuditor = Ghost,
            Auditors = [TestIsms.Auditor, Ghost],
            Auditees = [TestIsms.Cto, Ghost],
            Sites = [new SiteId("HQ"), new SiteId("S404")],
            Findings =
            [
                new AuditFinding { Id = new FindingId("F1"), Grade = FindingGrade.MinorNonconformity, Description = "Restore not tested" },
                new AuditFinding { Id = new FindingId("F2"), Grade = FindingGrade.MinorNonconformity, Description = "No log review", Nonconformity = new NonconformityId("NC404") },
            ],
            Report = new DocumentId("D404"),
        });
        b.ManagementReviews = b.ManagementReviews.Replace(b.ManagementReviews[0] with
        {
            Chair = Ghost,
            Attendees = [TestIsms.Ciso, Ghost],
            Minutes = new DocumentId("D404"),
        });
        b.AddNonconformity(new Nonconformity
        {
            Id = new NonconformityId("NC1"),
            Description = "Restore not tested",
            Source = NonconformitySource.InternalAudit,
            Finding = new FindingId("F404"),
            RaisedOn = Today.PlusMonths(-1),
            Owner = Ghost,
            CorrectiveActions =
            [
                new CorrectiveAction { Id = new CorrectiveActionId("CA1"), Description = "Test restores", Owner = TestIsms.Cto, Due = Today },
                new CorrectiveAction { Id = new CorrectiveActionId("CA2"), Description = "Schedule tests", Owner = Ghost, Due = Today },
            ],
            Verification = new EffectivenessVerification { VerifiedBy = Ghost, VerifiedOn = Today, Effective = false, Method = "Sample" },
            ClosedOn = Today,
        });

        var ex = Assert.Throws<IsmsException>(() => b.Build());

        Assert.Equal(
            [
                Ref("Requirement", "REQ1", "Party", "IP404"),
                Ref("IsmsScope", null, "Sites[1]", "S404"),
                Ref("InformationSecurityPolicy", null, "Document", "D404"),
                Ref("InformationSecurityPolicy", null, "ApprovedBy", "ghost"),
                Ref("Person", "ciso", "Roles[1]", "R404"),
                Ref("Asset", "A1", "Owner", "ghost"),
                Ref("Asset", "A1", "Site", "S404"),
                Err(IsmsErrorCodes.SelfReference, "Asset", "A1", "DependsOn[0]", "A1"),
                Ref("Asset", "A1", "DependsOn[1]", "A404"),
                Ref("RiskScenario", "R1", "Owner", "ghost"),
                Ref("RiskScenario", "R1", "Assets[1]", "A404"),
                Err(IsmsErrorCodes.AssessmentOutsideScale, "RiskScenario", "R1", "Inherent", "L6 x C1"),
                Err(IsmsErrorCodes.AssessmentOutsideScale, "RiskScenario", "R1", "Current", "L1 x C6"),
                Err(IsmsErrorCodes.AssessmentOutsideScale, "RiskScenario", "R1", "Residual", "L0 x C1"),
                Ref("RiskScenario", "R1", "PlannedControls[0]", "AC404"),
                Ref("RiskScenario", "R1", "AppliedControls[1]", "AC405"),
                Ref("RiskScenario", "R1", "Acceptance.AcceptedBy", "ghost"),
                Err(IsmsErrorCodes.DateOrder, "RiskScenario", "R1", "Acceptance.ExpiresOn", Today.PlusDays(-1).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                Err(IsmsErrorCodes.AssessmentOutsideScale, "RiskScenario", "R1", "Acceptance.AcceptedAssessment", "L2 x C0"),
                Ref("AppliedControl", "AC1", "Owner", "ghost"),
                Ref("AppliedControl", "AC1", "Evidence[1].Document", "D404"),
                Ref("SoaDecision", first.Control.Value, "Risks[1]", "R404"),
                Ref("SoaDecision", first.Control.Value, "Requirements[0]", "REQ404"),
                Ref("SoaDecision", first.Control.Value, "AppliedControls[0]", "AC404"),
                Ref("SoaDecision", first.Control.Value, "Evidence[0].Document", "D404"),
                Ref("StatementOfApplicability", null, "Version.ApprovedBy", "ghost"),
                Ref("TreatmentAction", "TA1", "Owner", "ghost"),
                Ref("TreatmentAction", "TA1", "Risks[0]", "R404"),
                Ref("TreatmentAction", "TA1", "Controls[1]", "AC404"),
                Ref("RiskTreatmentPlan", null, "ApprovedBy", "ghost"),
                Ref("RiskTreatmentPlan", null, "Document", "D404"),
                Ref("InformationSecurityObjective", "O1", "Owner", "ghost"),
                Ref("CompetenceRecord", "C1", "Person", "ghost"),
                Ref("CompetenceRecord", "C1", "Role", "R404"),
                Ref("AwarenessRecord", "AW1", "Person", "ghost"),
                Ref("DocumentedInformation", "D1", "Owner", "ghost"),
                Ref("DocumentedInformation", "D1", "ApprovedBy", "ghost"),
                Ref("MeasurementResult", "M1", "MeasuredBy", "ghost"),
                Ref("MeasurementResult", "M1", "Objective", "O404"),
                Ref("MeasurementResult", "M1", "Control", "AC404"),
                Ref("AuditProgramme", null, "Owner", "ghost"),
                Err(IsmsErrorCodes.DateOrder, "AuditProgramme", null, "PeriodEnd", b.AuditProgramme.PeriodEnd.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                Ref("AuditProgramme", null, "Document", "D404"),
                Ref("AuditProgramme", null, "ApprovedBy", "ghost"),
                Ref("InternalAudit", "AU1", "LeadAuditor", "ghost"),
                Ref("InternalAudit", "AU1", "Auditors[1]", "ghost"),
                Ref("InternalAudit", "AU1", "Auditees[1]", "ghost"),
                Ref("InternalAudit", "AU1", "Sites[1]", "S404"),
                Ref("InternalAudit", "AU1", "Findings[1].Nonconformity", "NC404"),
                Ref("InternalAudit", "AU1", "Report", "D404"),
                Ref("ManagementReview", "MR1", "Chair", "ghost"),
                Ref("ManagementReview", "MR1", "Attendees[1]", "ghost"),
                Ref("ManagementReview", "MR1", "Minutes", "D404"),
                Ref("Nonconformity", "NC1", "Finding", "F404"),
                Ref("Nonconformity", "NC1", "Owner", "ghost"),
                Ref("Nonconformity", "NC1", "CorrectiveActions[1].Owner", "ghost"),
                Ref("Nonconformity", "NC1", "Verification.VerifiedBy", "ghost"),
                Err(IsmsErrorCodes.ClosedWithoutVerification, "Nonconformity", "NC1", "ClosedOn", Today.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ],
            ex.Errors.Select(e => (e.Code, e.EntityKind, e.EntityId, e.Member, e.Value)));

        // Each message names what the reference should have pointed at.
        var targets = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Party"] = "interested party", ["IsmsScope.Sites"] = "site of the organisation profile", ["Sites"] = "site", ["Document"] = "document", ["ApprovedBy"] = "person", ["Roles"] = "role",
            ["Owner"] = "person", ["Site"] = "site", ["DependsOn"] = "asset", ["Assets"] = "asset", ["PlannedControls"] = "applied control",
            ["AppliedControls"] = "applied control", ["Acceptance.AcceptedBy"] = "person", ["Evidence"] = "document", ["Risks"] = "risk",
            ["Requirements"] = "requirement", ["Version.ApprovedBy"] = "person", ["Controls"] = "applied control", ["Person"] = "person",
            ["Role"] = "role", ["MeasuredBy"] = "person", ["Objective"] = "objective", ["Control"] = "applied control",
            ["LeadAuditor"] = "person", ["Auditors"] = "person", ["Auditees"] = "person", ["Findings"] = "nonconformity", ["Report"] = "document",
            ["Chair"] = "person", ["Attendees"] = "person", ["Minutes"] = "document", ["Finding"] = "audit finding", ["CorrectiveActions"] = "person",
            ["Verification.VerifiedBy"] = "person",
        };
        Assert.All(
            ex.Errors.Where(e => e.Code == IsmsErrorCodes.DanglingReference),
            e =>
            {
                var member = e.Member!.Split('[')[0];
                var target = targets.GetValueOrDefault($"{e.EntityKind}.{member}") ?? targets[member];
                Assert.Contains($"links to {target} '{e.Value}'", e.Message, StringComparison.Ordinal);
            });

        // One exception for all of them: the code and location of the first, a message that counts them and holds each.
        Assert.Equal(IsmsErrorCodes.DanglingReference, ex.Code);
        Assert.StartsWith($"The ISMS breaks {ex.Errors.Length} rules: ", ex.Message, StringComparison.Ordinal);
        Assert.All(ex.Errors, e => Assert.Contains(e.Message, ex.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dangling_reference_message_names_the_entity_the_member_and_the_missing_target()
    {
        var b = ReadyIsms.Builder();
        b.Audits = b.Audits.Replace(b.Audits[0] with { Auditees = [TestIsms.Cto, Ghost] });
        b.Scope = b.Scope! with { Sites = [new("S404")] };

        var ex = Assert.Throws<IsmsException>(() => b.Build());

        Assert.Equal(2, ex.Errors.Length);
        Assert.Equal("IsmsScope: Sites[0] links to site of the organisation profile 'S404', which does not exist in the ISMS.", ex.Errors[0].Message);
        Assert.Equal("InternalAudit 'AU1': Auditees[1] links to person 'ghost', which does not exist in the ISMS.", ex.Errors[1].Message);
    }

    [Fact]
    public void Monitoring_references_to_people_and_controls_and_evidence_dates_are_checked()
    {
        var b = ReadyIsms.Builder();
        var item = Monitoring.EvidenceModelTests.Item("EV1", new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31), "5.15") with
        {
            Acceptance = new Isms.Core.Monitoring.EvidenceAcceptance { AcceptedBy = TestIsms.Ciso, AcceptedOn = new LocalDate(2025, 12, 31) },
        };
        b.AddEvidence(item);
        b.AddControlTest(new Isms.Core.Monitoring.ControlTest
        {
            Id = new ControlTestId("CT1"),
            Title = "Leaver sample",
            Procedure = "Sample 10 leavers",
            Schedule = Monitoring.EvidenceModelTests.Quarterly,
            AppliedControls = [new AppliedControlId("AC1"), new AppliedControlId("AC404")],
        });
        b.AddMonitoringActivity(new Isms.Core.Monitoring.MonitoringActivity
        {
            Id = new MonitoringActivityId("MON1"),
            Subject = "MFA enrolment",
            Method = "IdP export",
            Schedule = Monitoring.EvidenceModelTests.Quarterly,
            MeasuredBy = Ghost,
            AppliedControls = [new AppliedControlId("AC404")],
        });
        b.AddPlannedChange(new Isms.Core.Planning.PlannedChange { Id = new PlannedChangeId("CHG1"), Title = "Second region", ApprovedBy = Ghost, ApprovedOn = Today, CompletedOn = Today });

        var ex = Assert.Throws<IsmsException>(() => b.Build());

        Assert.Equal(
            [
                Err(IsmsErrorCodes.DateOrder, "EvidenceItem", "EV1", "Acceptance.AcceptedOn", "2025-12-31"),
                Ref("ControlTest", "CT1", "AppliedControls[1]", "AC404"),
                Ref("MonitoringActivity", "MON1", "MeasuredBy", "ghost"),
                Ref("MonitoringActivity", "MON1", "AppliedControls[0]", "AC404"),
                Ref("PlannedChange", "CHG1", "ApprovedBy", "ghost"),
            ],
            ex.Errors.Select(e => (e.Code, e.EntityKind, e.EntityId, e.Member, e.Value)));
    }

    [Fact]
    public void Dates_on_the_same_day_are_in_order()
    {
        var b = ReadyIsms.Builder();
        b.AuditProgramme = b.AuditProgramme! with { PeriodEnd = b.AuditProgramme.PeriodStart };
        b.Risks = RiskRegister.From(b.Risks.Scenarios.Replace(b.Risks[0] with
        {
            Acceptance = new RiskAcceptance { AcceptedBy = TestIsms.Ciso, AcceptedOn = Today, ExpiresOn = Today, Rationale = "r", AcceptedAssessment = TestIsms.Assessment(5, 5) },
        }));

        var isms = b.Build();

        Assert.Equal(Today, isms.Risks[0].Acceptance!.ExpiresOn);
    }

    [Fact]
    public void Assessments_on_the_edges_of_the_scales_are_inside()
    {
        var b = ReadyIsms.Builder();
        b.Risks = RiskRegister.From(b.Risks.Scenarios.Replace(b.Risks[0] with
        {
            Inherent = TestIsms.Assessment(5, 5),
            Current = TestIsms.Assessment(1, 5),
            Residual = TestIsms.Assessment(5, 1),
        }));

        Assert.Equal(5, b.Build().Risks[0].Inherent.Likelihood.Value);
    }

    [Fact]
    public void A_corrective_action_id_is_unique_across_nonconformities()
    {
        var b = ReadyIsms.Builder();
        var action = new CorrectiveAction { Id = new CorrectiveActionId("CA1"), Description = "Test restores", Owner = TestIsms.Cto, Due = Today };
        var nc = new Nonconformity
        {
            Id = new NonconformityId("NC1"),
            Description = "Restore not tested",
            Source = NonconformitySource.SelfIdentified,
            RaisedOn = Today,
            Owner = TestIsms.Ciso,
            CorrectiveActions = [action],
        };
        b.AddNonconformity(nc, nc with { Id = new NonconformityId("NC2"), CorrectiveActions = [action with { Id = new CorrectiveActionId("CA2") }, action] });

        var ex = Assert.Throws<IsmsException>(() => b.Build());

        Assert.Equal(Err(IsmsErrorCodes.DuplicateId, "Nonconformity", "NC2", "CorrectiveActions[1].Id", "CA1"), (ex.Code, ex.Error.EntityKind, ex.Error.EntityId, ex.Error.Member, ex.Error.Value));
        Assert.Single(ex.Errors);
    }

    [Fact]
    public void A_nonconformity_closed_after_an_effective_verification_is_valid_and_its_finding_may_be_an_audit_finding()
    {
        var b = ReadyIsms.Builder();
        b.Audits = b.Audits.Replace(b.Audits[0] with
        {
            Findings = [new AuditFinding { Id = new FindingId("F1"), Grade = FindingGrade.MinorNonconformity, Description = "Restore not tested", Nonconformity = new NonconformityId("NC1") }],
        });
        b.AddNonconformity(new Nonconformity
        {
            Id = new NonconformityId("NC1"),
            Description = "Restore not tested",
            Source = NonconformitySource.InternalAudit,
            Finding = new FindingId("F1"),
            RaisedOn = Today.PlusMonths(-1),
            Owner = TestIsms.Ciso,
            Verification = new EffectivenessVerification { VerifiedBy = TestIsms.Auditor, VerifiedOn = Today, Effective = true, Method = "Restore test" },
            ClosedOn = Today,
        });

        var isms = b.Build();

        Assert.Equal(Today, isms.Nonconformities[0].ClosedOn);
    }

    [Fact]
    public void A_single_broken_rule_is_an_exception_with_that_one_error()
    {
        var b = ReadyIsms.Builder();
        b.Documents = b.Documents.Replace(b.Documents[0] with { ApprovedBy = Ghost });

        var ex = Assert.Throws<IsmsException>(() => b.Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(Ref("DocumentedInformation", "D1", "ApprovedBy", "ghost"), (error.Code, error.EntityKind, error.EntityId, error.Member, error.Value));
        Assert.Equal(error.Message, ex.Message);
    }
}
