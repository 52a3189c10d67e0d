using System.Collections.Immutable;
using Isms.Core.Applicability;
using Isms.Core.Context;
using Isms.Core.Leadership;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.RiskManagement;
using Isms.Core.Support;

namespace Isms.Core.Tests.TestData;

/// <summary>An ISMS that satisfies every built-in readiness rule on <see cref="TestIsms.Today"/>.</summary>
internal static class ReadyIsms
{
    public static readonly RoleId IsmsManager = new("isms-manager");

    public static InformationSecurityManagementSystem Create() => Builder().Build();

    public static IsmsBuilder Builder()
    {
        var today = TestIsms.Today;
        var builder = TestIsms.Builder();
        builder.People = builder.People.Replace(TestIsms.Person(TestIsms.Ciso, "Chris Ciso") with { Roles = [IsmsManager] });
        builder.AddRole(new Role { Id = IsmsManager, Name = "ISMS manager", EnsuresConformity = true, ReportsPerformance = true });
        builder.Context = new OrganisationalContext
        {
            Issues = Register<IssueId, ContextIssue>.Of(
                new ContextIssue { Id = new IssueId("I1"), Description = "Ransomware wave", Origin = IssueOrigin.External, Kind = IssueKind.Technological, IdentifiedOn = today.PlusMonths(-2) },
                new ContextIssue { Id = new IssueId("I2"), Description = "Climate change", Origin = IssueOrigin.External, Kind = IssueKind.ClimateChange, Relevant = false, Effect = "Office work only", IdentifiedOn = today.PlusMonths(-2) }),
            InterestedParties = Register<InterestedPartyId, InterestedParty>.Of(
                new InterestedParty { Id = new InterestedPartyId("IP1"), Name = "Customers", Kind = InterestedPartyKind.Customer }),
            Requirements = Register<RequirementId, Requirement>.Of(
                new Requirement { Id = new RequirementId("REQ1"), Party = new InterestedPartyId("IP1"), Description = "DPA", Kind = RequirementKind.Contractual }),
        };
        builder.Scope = new IsmsScope
        {
            Statement = "Everything",
            Boundaries = ["All of Test Ltd"],
            Interfaces = ["Cloud provider"],
            Dependencies = ["AWS"],
            Sites = [new SiteId("HQ")],
        };
        builder.Policy = new InformationSecurityPolicy
        {
            Title = "Policy",
            Version = "1.0",
            ApprovedBy = TestIsms.Cto,
            ApprovedOn = today.PlusMonths(-6),
            ProvidesObjectivesFramework = true,
            CommitsToRequirements = true,
            CommitsToContinualImprovement = true,
            CommunicatedOn = today.PlusMonths(-5),
        };
        var kinds = Enum.GetValues<MandatoryDocument>().Where(k => k != MandatoryDocument.DeemedNecessary).ToArray();
        builder.AddDocument(kinds.Select((k, i) => new DocumentedInformation
        {
            Id = new DocumentId($"D{i + 1}"),
            Title = k.ToString(),
            Version = "1.0",
            Owner = TestIsms.Ciso,
            ApprovedBy = TestIsms.Cto,
            ApprovedOn = today.PlusMonths(-6),
            NextReviewOn = today.PlusMonths(6),
            Fulfils = [k],
        }).ToArray());
        builder.StatementOfApplicability = TestIsms.CompleteSoa(new SoaVersion { Version = "1.0", ApprovedBy = TestIsms.Cto, ApprovedOn = today.PlusMonths(-3) });
        builder.TreatmentPlan = RiskTreatmentPlan.Empty with { ApprovedBy = TestIsms.Ciso, ApprovedOn = today.PlusMonths(-3) };
        builder.AddObjective(new InformationSecurityObjective
        {
            Id = new ObjectiveId("O1"),
            Title = "Patch fast",
            Measure = "days to patch",
            Target = "<= 7",
            Owner = TestIsms.Cto,
            Due = today.PlusMonths(6),
            EvaluationMethod = "monthly report",
        });
        builder.AddCompetenceRecord(new CompetenceRecord { Id = new CompetenceRecordId("C1"), Person = TestIsms.Ciso, Competence = "ISO 27001 LI", Kind = CompetenceEvidenceKind.Certification, AchievedOn = today.PlusYears(-2) });
        builder.AddAwarenessRecord(
            new AwarenessRecord { Id = new AwarenessRecordId("AW1"), Person = TestIsms.Ciso, Topic = "Annual", CompletedOn = today.PlusMonths(-2) },
            new AwarenessRecord { Id = new AwarenessRecordId("AW2"), Person = TestIsms.Cto, Topic = "Annual", CompletedOn = today.PlusMonths(-2) },
            new AwarenessRecord { Id = new AwarenessRecordId("AW3"), Person = TestIsms.Auditor, Topic = "Annual", CompletedOn = today.PlusMonths(-2) });
        builder.AddMeasurement(new MeasurementResult { Id = new MeasurementId("M1"), Metric = "days to patch", MeasuredOn = today.PlusMonths(-1), Value = 5, Objective = new ObjectiveId("O1") });
        builder.AuditProgramme = new AuditProgramme { Title = "Programme", Owner = TestIsms.Ciso, PeriodStart = today.PlusYears(-1), PeriodEnd = today.PlusYears(2) };
        builder.AddAudit(new InternalAudit
        {
            Id = new AuditId("AU1"),
            Title = "Full internal audit",
            Status = AuditStatus.Completed,
            PlannedOn = today.PlusMonths(-2),
            CompletedOn = today.PlusMonths(-2),
            LeadAuditor = TestIsms.Auditor,
            Auditees = [TestIsms.Ciso, TestIsms.Cto],
            CoversWholeScope = true,
        });
        builder.AddManagementReview(new ManagementReview
        {
            Id = new ManagementReviewId("MR1"),
            HeldOn = today.PlusMonths(-1),
            Chair = TestIsms.Cto,
            Inputs = Enum.GetValues<ManagementReviewInput>().ToImmutableDictionary(i => i, i => "considered"),
            ImprovementDecisions = ["Keep going"],
        });
        builder.AppliedControls = builder.AppliedControls.Replace(TestIsms.Control("AC1", "5.15", "8.5") with
        {
            Evidence = [new Controls.EvidenceReference { Description = "Okta config export" }],
        });
        return builder;
    }
}
