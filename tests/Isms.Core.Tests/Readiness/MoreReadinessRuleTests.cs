using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Performance;
using Isms.Core.Readiness;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Readiness;

public class MoreReadinessRuleTests
{
    public static TheoryData<string, string> Mutations() => new()
    {
        { "no scope", ReadinessCodes.ScopeMissing },
        { "scope without interfaces", ReadinessCodes.ScopeIncomplete },
        { "no obligations", ReadinessCodes.NoObligations },
        { "no policy", ReadinessCodes.PolicyMissing },
        { "unapproved policy", ReadinessCodes.PolicyNotApproved },
        { "policy without improvement commitment", ReadinessCodes.PolicyCommitmentMissing },
        { "no conformity role", ReadinessCodes.IsmsResponsibilityUnassigned },
        { "modify without controls", ReadinessCodes.RiskWithoutControls },
        { "unapproved treatment plan", ReadinessCodes.TreatmentPlanNotApproved },
        { "no measurements", ReadinessCodes.NoRecentMeasurements },
        { "no audit programme", ReadinessCodes.AuditProgrammeMissing },
        { "soa not approved", ReadinessCodes.SoaNotApproved },
        { "risk treatment reason without risk", ReadinessCodes.SoaRiskTreatmentWithoutRisk },
        { "implemented without evidence", ReadinessCodes.SoaImplementedWithoutEvidence },
        { "ineffective control", ReadinessCodes.ControlNotEffective },
        { "ineffective corrective action", ReadinessCodes.CorrectiveActionIneffective },
        { "audit finding without nonconformity", ReadinessCodes.AuditFindingNotRaised },
        { "review without outputs", ReadinessCodes.ManagementReviewWithoutOutputs },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Each_gap_is_reported_with_its_code(string mutation, string code)
    {
        var builder = ReadyIsms.Builder();
        Apply(mutation, builder);
        var report = ReadinessAnalyzer.Default.Analyze(builder.Build(), TestIsms.Today);
        Assert.Contains(report.Findings, f => f.Code == code);
        Assert.DoesNotContain(ReadinessAnalyzer.Default.Analyze(ReadyIsms.Create(), TestIsms.Today).Findings, f => f.Code == code);
    }

    [Fact]
    public void Record_type_mandatory_information_is_satisfied_by_the_models_records()
    {
        var builder = ReadyIsms.Builder();
        var measured = builder.Documents.First(d => d.Fulfils.Contains(Support.MandatoryDocument.MonitoringResults));
        builder.Documents = builder.Documents.Remove(measured.Id);
        var report = ReadinessAnalyzer.Default.Analyze(builder.Build(), TestIsms.Today);
        Assert.DoesNotContain(report.Findings, f => f.Code == ReadinessCodes.MandatoryDocumentMissing);

        builder.Measurements = Register<MeasurementId, MeasurementResult>.Empty;
        report = ReadinessAnalyzer.Default.Analyze(builder.Build(), TestIsms.Today);
        Assert.Contains(report.Findings, f => f.Code == ReadinessCodes.MandatoryDocumentMissing && f.Reference == "9.1");
    }

    private static void Apply(string mutation, IsmsBuilder b)
    {
        var today = TestIsms.Today;
        switch (mutation)
        {
            case "no scope": b.Scope = null; break;
            case "scope without interfaces": b.Scope = b.Scope! with { Interfaces = [] }; break;
            case "no obligations":
                b.Context = b.Context with { Requirements = b.Context.Requirements.Replace(b.Context.Requirements[0] with { Kind = Context.RequirementKind.Expectation }) };
                break;
            case "no policy": b.Policy = null; break;
            case "unapproved policy": b.Policy = b.Policy! with { ApprovedBy = null }; break;
            case "policy without improvement commitment": b.Policy = b.Policy! with { CommitsToContinualImprovement = false }; break;
            case "no conformity role": b.Roles = b.Roles.Replace(b.Roles[0] with { EnsuresConformity = false }); break;
            case "modify without controls": b.Risks = b.Risks.Replace(b.Risks[0] with { AppliedControls = [] }); break;
            case "unapproved treatment plan": b.TreatmentPlan = b.TreatmentPlan with { ApprovedBy = null }; break;
            case "no measurements": b.Measurements = b.Measurements.Replace(b.Measurements[0] with { MeasuredOn = today.PlusMonths(-13) }); break;
            case "no audit programme": b.AuditProgramme = null; break;
            case "soa not approved": b.StatementOfApplicability = b.StatementOfApplicability!.WithVersion(null); break;
            case "risk treatment reason without risk":
                b.StatementOfApplicability = b.StatementOfApplicability!.WithDecision(
                    SoaDecision.Include(new ControlId("5.1"), ImplementationStatus.Planned, InclusionReason.RiskTreatment, InclusionReason.BestPractice));
                break;
            case "implemented without evidence":
                b.StatementOfApplicability = b.StatementOfApplicability!.WithDecision(
                    SoaDecision.Include(new ControlId("6.3"), ImplementationStatus.Implemented, InclusionReason.BestPractice));
                break;
            case "ineffective control": b.AppliedControls = b.AppliedControls.Replace(b.AppliedControls[0] with { Status = ControlStatus.NotEffective }); break;
            case "ineffective corrective action":
                b.AddNonconformity(new Nonconformity
                {
                    Id = new NonconformityId("NC9"),
                    Description = "Recurring",
                    Source = NonconformitySource.Monitoring,
                    RaisedOn = today.PlusMonths(-3),
                    Owner = TestIsms.Cto,
                    RootCause = "cause",
                    CorrectiveActions = [new CorrectiveAction { Id = new CorrectiveActionId("CA9"), Description = "fix", Owner = TestIsms.Cto, Due = today.PlusMonths(-2), CompletedOn = today.PlusMonths(-2) }],
                    Verification = new EffectivenessVerification { VerifiedBy = TestIsms.Ciso, VerifiedOn = today.PlusMonths(-1), Effective = false, Method = "recurred" },
                });
                break;
            case "audit finding without nonconformity":
                b.Audits = b.Audits.Replace(b.Audits[0] with
                {
                    Findings = [new AuditFinding { Id = new FindingId("F9"), Grade = FindingGrade.MinorNonconformity, Description = "gap" }],
                });
                break;
            case "review without outputs":
                b.ManagementReviews = b.ManagementReviews.Replace(b.ManagementReviews[0] with { ImprovementDecisions = [] });
                break;
            default: throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }
}

public class AnnexA2022ReadinessTests
{
    [Fact]
    public void Undecided_controls_new_in_2022_are_called_out_as_a_likely_carried_over_2013_soa()
    {
        var catalog = AnnexA.Iso27001_2022;
        var decisions = catalog.Controls
            .Where(c => !c.IsNewIn2022)
            .Select(c => SoaDecision.Include(c.Id, ImplementationStatus.Implemented, InclusionReason.BestPractice) with
            {
                Evidence = [new EvidenceReference { Description = "policy" }],
            });
        var builder = ReadyIsms.Builder();
        builder.StatementOfApplicability = new StatementOfApplicability(catalog, decisions);
        var finding = Assert.Single(ReadinessAnalyzer.Default.Analyze(builder.Build(), TestIsms.Today).Findings, f => f.Code == ReadinessCodes.SoaControlsUndecided);
        Assert.Equal(11, finding.Entities.Length);
        Assert.Contains("11 of them are new in ISO/IEC 27001:2022", finding.Message, StringComparison.Ordinal);
    }
}
