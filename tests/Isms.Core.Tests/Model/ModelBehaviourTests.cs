using System.Reflection;
using Isms.Core.Context;
using Isms.Core.Controls;
using Isms.Core.Obligations;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.RiskManagement;
using Isms.Core.Support;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

/// <summary>
/// The small computed members a host, a report or a rule reads: ids printed as their value, percentages compared and
/// bounded, the "is it complete / due / valid" questions of the entities, the list of dated obligations, and the
/// refusal of null arguments at public boundaries.
/// </summary>
public sealed class ModelBehaviourTests
{
    public static TheoryData<string> IdTypes() =>
        [.. typeof(IEntityId).Assembly.GetExportedTypes().Where(t => t.IsValueType && typeof(IEntityId).IsAssignableFrom(t)).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void An_id_prints_as_its_value_and_an_unset_id_as_nothing(string typeName)
    {
        var type = typeof(IEntityId).Assembly.GetType(typeName, throwOnError: true)!;
        var id = Activator.CreateInstance(type, "A-1")!;

        Assert.Equal("A-1", id.ToString());
        Assert.Equal("A-1", ((IEntityId)id).Value);
        Assert.Equal(string.Empty, Activator.CreateInstance(type)!.ToString());
    }

    [Fact]
    public void The_model_has_its_id_types()
    {
        Assert.True(IdTypes().Count() >= 24);
    }

    [Fact]
    public void The_highest_cia_level_is_the_maximum_of_the_three_and_only_implemented_controls_operate()
    {
        Assert.Equal(Assets.SecurityLevel.High, new Assets.CiaClassification(Assets.SecurityLevel.Low, Assets.SecurityLevel.High, Assets.SecurityLevel.Medium).Highest);
        Assert.Equal(Assets.SecurityLevel.High, new Assets.CiaClassification(Assets.SecurityLevel.High, Assets.SecurityLevel.Low, Assets.SecurityLevel.Low).Highest);
        Assert.Equal(Assets.SecurityLevel.Medium, new Assets.CiaClassification(Assets.SecurityLevel.Low, Assets.SecurityLevel.Low, Assets.SecurityLevel.Medium).Highest);
        Assert.Equal(
            [ControlStatus.Implemented],
            Enum.GetValues<ControlStatus>().Where(s => (TestIsms.Control("AC9", "5.1") with { Status = s }).IsOperating));
    }

    [Fact]
    public void A_register_refuses_an_entity_without_an_id_naming_its_kind()
    {
        var unset = (Assets.Asset)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Assets.Asset));

        var error = Assert.Throws<IsmsException>(() => Register<AssetId, Assets.Asset>.Of(TestIsms.Asset("A1"), unset));

        Assert.Equal((IsmsErrorCodes.InvalidId, "Asset", "Id"), (error.Code, error.Error.EntityKind, error.Member));
    }

    [Fact]
    public void Percentages_from_0_to_100_are_accepted_compared_and_printed()
    {
        var low = new Percentage(0);
        var high = new Percentage(100);
        var mid = Percentage.FromFraction(0.425);
        var same = new Percentage(42.5);

        Assert.Equal(("0%", "100%", "42.5%"), (low.ToString(), high.ToString(), mid.ToString()));
        Assert.True(low < mid && mid < high && !(mid < same));
        Assert.True(high > mid && !(mid > same) && !(low > mid));
        Assert.True(low <= mid && mid <= same && !(high <= mid));
        Assert.True(high >= mid && mid >= same && !(low >= mid));
        Assert.Equal(0.425, mid.Fraction, 12);
        Assert.Equal(high, Percentage.Full);
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(100.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_percentage_outside_0_to_100_is_refused(double value)
    {
        Assert.Equal(IsmsErrorCodes.OutOfRange, Assert.Throws<IsmsException>(() => new Percentage(value)).Code);
    }

    [Fact]
    public void An_objective_is_measurable_only_with_measure_target_owner_due_date_and_evaluation_method()
    {
        var complete = new InformationSecurityObjective
        {
            Id = new ObjectiveId("O1"), Title = "Patch fast", Measure = "days", Target = "<= 7", Owner = TestIsms.Cto, Due = TestIsms.Today, EvaluationMethod = "report",
        };

        Assert.True(complete.IsMeasurable);
        Assert.False((complete with { Measure = null }).IsMeasurable);
        Assert.False((complete with { Target = null }).IsMeasurable);
        Assert.False((complete with { Owner = null }).IsMeasurable);
        Assert.False((complete with { Due = null }).IsMeasurable);
        Assert.False((complete with { EvaluationMethod = null }).IsMeasurable);
    }

    [Fact]
    public void A_change_is_planned_only_with_purpose_consequences_resources_and_someone_responsible()
    {
        var planned = new PlannedChange { Id = new PlannedChangeId("CH1"), Title = "Move to SSO", Purpose = "p", Consequences = "c", Resources = "r", Responsible = TestIsms.Cto };

        Assert.True(planned.IsPlanned);
        Assert.False((planned with { Purpose = null }).IsPlanned);
        Assert.False((planned with { Consequences = null }).IsPlanned);
        Assert.False((planned with { Resources = null }).IsPlanned);
        Assert.False((planned with { Responsible = null }).IsPlanned);
    }

    [Fact]
    public void An_audit_programme_covers_its_period_including_both_ends()
    {
        var programme = new AuditProgramme { Title = "P", Owner = TestIsms.Ciso, PeriodStart = TestIsms.Today, PeriodEnd = TestIsms.Today.PlusDays(10) };

        Assert.True(programme.Covers(TestIsms.Today));
        Assert.True(programme.Covers(TestIsms.Today.PlusDays(10)));
        Assert.False(programme.Covers(TestIsms.Today.PlusDays(-1)));
        Assert.False(programme.Covers(TestIsms.Today.PlusDays(11)));
    }

    [Fact]
    public void Competence_evidence_is_valid_from_the_day_achieved_to_the_day_it_expires()
    {
        var record = new CompetenceRecord
        {
            Id = new CompetenceRecordId("C1"), Person = TestIsms.Ciso, Competence = "LI", Kind = CompetenceEvidenceKind.Certification,
            AchievedOn = TestIsms.Today, ExpiresOn = TestIsms.Today.PlusDays(5),
        };

        Assert.True(record.IsValidOn(TestIsms.Today));
        Assert.True(record.IsValidOn(TestIsms.Today.PlusDays(5)));
        Assert.False(record.IsValidOn(TestIsms.Today.PlusDays(-1)));
        Assert.False(record.IsValidOn(TestIsms.Today.PlusDays(6)));
        Assert.True((record with { ExpiresOn = null }).IsValidOn(TestIsms.Today.PlusYears(30)));
    }

    [Fact]
    public void A_treatment_action_due_today_is_not_yet_overdue()
    {
        var action = new TreatmentAction { Id = new TreatmentActionId("T1"), Title = "MFA", Due = TestIsms.Today, Status = TreatmentActionStatus.InProgress };

        Assert.False(action.IsOverdueOn(TestIsms.Today));
        Assert.True(action.IsOverdueOn(TestIsms.Today.PlusDays(1)));
        Assert.False((action with { Status = TreatmentActionStatus.Done }).IsOverdueOn(TestIsms.Today.PlusDays(1)));
    }

    [Fact]
    public void The_lead_auditor_comes_first_among_all_auditors_and_only_once()
    {
        var audit = new InternalAudit { Id = new AuditId("AU1"), Title = "A", Status = AuditStatus.Planned, PlannedOn = TestIsms.Today, LeadAuditor = TestIsms.Auditor, Auditors = [TestIsms.Cto] };

        Assert.Equal([TestIsms.Auditor, TestIsms.Cto], audit.AllAuditors);
        Assert.Equal([TestIsms.Cto, TestIsms.Auditor], (audit with { Auditors = [TestIsms.Cto, TestIsms.Auditor] }).AllAuditors);
    }

    [Fact]
    public void Issues_are_relevant_and_requirements_addressed_unless_said_otherwise()
    {
        var issue = new ContextIssue { Id = new IssueId("I1"), Description = "d", Origin = IssueOrigin.Internal, Kind = IssueKind.Technological, IdentifiedOn = TestIsms.Today };
        var requirement = new Requirement { Id = new RequirementId("R1"), Party = new InterestedPartyId("P1"), Description = "d", Kind = RequirementKind.Legal };

        Assert.True(issue.Relevant);
        Assert.True(requirement.AddressedByIsms);
        Assert.True(requirement.IsObligation);
        Assert.False((requirement with { Kind = RequirementKind.Expectation }).IsObligation);
    }

    [Fact]
    public void Dated_obligations_list_what_falls_due_open_actions_corrective_actions_reviews_and_acceptances()
    {
        var builder = ReadyIsms.Builder();
        builder.TreatmentPlan = builder.TreatmentPlan with
        {
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(
                new TreatmentAction { Id = new TreatmentActionId("T1"), Title = "MFA", Owner = TestIsms.Cto, Due = TestIsms.Today.PlusDays(3), Status = TreatmentActionStatus.InProgress },
                new TreatmentAction { Id = new TreatmentActionId("T2"), Title = "Undated", Status = TreatmentActionStatus.InProgress },
                new TreatmentAction { Id = new TreatmentActionId("T3"), Title = "Done", Due = TestIsms.Today, Status = TreatmentActionStatus.Done, CompletedOn = TestIsms.Today }),
        };
        builder.AddNonconformity(new Improvement.Nonconformity
        {
            Id = new NonconformityId("NC1"), Description = "gap", Source = Improvement.NonconformitySource.Incident, RaisedOn = TestIsms.Today.PlusMonths(-1), Owner = TestIsms.Cto,
            CorrectiveActions =
            [
                new Improvement.CorrectiveAction { Id = new CorrectiveActionId("CA1"), Description = "fix", Owner = TestIsms.Ciso, Due = TestIsms.Today.PlusDays(7) },
                new Improvement.CorrectiveAction { Id = new CorrectiveActionId("CA2"), Description = "done", Owner = TestIsms.Ciso, Due = TestIsms.Today, CompletedOn = TestIsms.Today },
            ],
        });
        builder.Documents = Register<DocumentId, DocumentedInformation>.Of(
            builder.Documents[0] with { NextReviewOn = TestIsms.Today.PlusDays(30) },
            builder.Documents[1] with { NextReviewOn = null });

        var obligations = DatedObligations.Of(builder.Build());

        Assert.Equal(
            [
                (DatedObligationKind.TreatmentAction, "T1", TestIsms.Today.PlusDays(3), (PersonId?)TestIsms.Cto),
                (DatedObligationKind.CorrectiveAction, "NC1/CA1", TestIsms.Today.PlusDays(7), TestIsms.Ciso),
                (DatedObligationKind.DocumentReview, builder.Documents[0].Id.Value, TestIsms.Today.PlusDays(30), builder.Documents[0].Owner),
            ],
            obligations.Select(o => (o.Kind, o.Reference, o.DueOn, o.Owner)));
        Assert.Equal("MFA", obligations[0].Title);
        Assert.Equal("fix", obligations[1].Title);
        Assert.Contains(builder.Documents[0].Title, obligations[2].Title, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DatedObligations.Of(null!));
    }

    [Fact]
    public void Public_boundaries_refuse_null_arguments()
    {
        var catalog = TestIsms.Catalog;
        var soa = TestIsms.CompleteSoa();

        Assert.Throws<ArgumentNullException>(() => new Applicability.StatementOfApplicability(null!, []));
        Assert.Throws<ArgumentNullException>(() => new Applicability.StatementOfApplicability(catalog, null!));
        Assert.Throws<ArgumentNullException>(() => new Applicability.StatementOfApplicability(catalog, [null!]));
        Assert.Throws<ArgumentNullException>(() => soa.WithDecision(null!));
        Assert.Throws<ArgumentNullException>(() => Applicability.SoaDiff.Between(null!, soa));
        Assert.Throws<ArgumentNullException>(() => Applicability.SoaDiff.Between(soa, null!));
        Assert.Throws<ArgumentNullException>(() => catalog.WithAttributes(null!));
        Assert.Throws<ArgumentNullException>(() => catalog.Where(null!));
        Assert.Throws<ArgumentNullException>(() => new Isms.Core.Readiness.ReadinessAnalyzer(null!));
        Assert.Throws<ArgumentNullException>(() => new Isms.Core.Readiness.ReadinessAnalyzer([], null!));
        Assert.Throws<ArgumentNullException>(() => new Isms.Core.Readiness.ReadinessAnalyzer([null!]));
        Assert.Throws<ArgumentNullException>(() => Isms.Core.Readiness.ReadinessAnalyzer.Default.WithRule(null!));
        Assert.Throws<ArgumentNullException>(() => new Isms.Core.Readiness.ReadinessContext(null!, TestIsms.Today));
        Assert.Throws<ArgumentNullException>(() => new Isms.Core.Readiness.ReadinessContext(ReadyIsms.Create(), TestIsms.Today).IsWithin(TestIsms.Today, null!));
        Assert.Throws<ArgumentNullException>(() => Register<AssetId, Assets.Asset>.Of((IEnumerable<Assets.Asset>)null!));
        Assert.Throws<ArgumentNullException>(() => new InformationSecurityManagementSystem(null!));
        Assert.Throws<ArgumentNullException>(() => new IsmsBuilder(null!));
        Assert.Throws<ArgumentNullException>(() => new IsmsException(null!, "message"));
    }
}
