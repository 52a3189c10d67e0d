using Isms.Core.Applicability;
using Isms.Core.Context;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.Readiness;
using Isms.Core.Readiness.Rules;
using Isms.Core.RiskManagement;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Readiness;

/// <summary>
/// Each gap, applied alone to an ISMS every rule accepts (<see cref="ReadyIsms"/>), gives exactly one finding from the
/// rule that checks it, with the code, severity, section, clause and entities a reader relies on to act on it.
/// </summary>
public sealed class RuleGapTests
{
    private sealed record Gap(IReadinessRule Rule, Action<IsmsBuilder> Apply, string Code, ReadinessSeverity Severity, ReadinessSection Section, string Reference, EntityReference[] Entities);

    private static readonly Dictionary<string, Gap> Gaps = new()
    {
        // Clause 4
        ["no context issues"] = new(new ContextRule(), b => b.Context = b.Context with { Issues = Register<IssueId, ContextIssue>.Empty },
            ReadinessCodes.NoContextIssues, ReadinessSeverity.Major, ReadinessSection.Context, "4.1", []),
        ["climate change not determined"] = new(new ContextRule(), b => b.Context = b.Context with { Issues = b.Context.Issues.Remove(new IssueId("I2")) },
            ReadinessCodes.ClimateChangeNotDetermined, ReadinessSeverity.Minor, ReadinessSection.Context, "4.1", []),
        ["no obligations"] = new(new ContextRule(), b => b.Context = b.Context with { Requirements = b.Context.Requirements.Replace(b.Context.Requirements[0] with { Kind = RequirementKind.Expectation }) },
            ReadinessCodes.NoObligations, ReadinessSeverity.Major, ReadinessSection.Context, "4.2 b", []),
        ["no scope"] = new(new ContextRule(), b => b.Scope = null,
            ReadinessCodes.ScopeMissing, ReadinessSeverity.Blocking, ReadinessSection.Context, "4.3", [EntityReference.Part("Scope")]),
        ["scope without boundaries"] = new(new ContextRule(), b => b.Scope = b.Scope! with { Boundaries = [] },
            ReadinessCodes.ScopeIncomplete, ReadinessSeverity.Minor, ReadinessSection.Context, "4.3", [EntityReference.Part("Scope")]),
        ["scope without dependencies"] = new(new ContextRule(), b => b.Scope = b.Scope! with { Dependencies = [] },
            ReadinessCodes.ScopeIncomplete, ReadinessSeverity.Minor, ReadinessSection.Context, "4.3", [EntityReference.Part("Scope")]),
        ["site neither in scope nor excluded"] = new(new ContextRule(), b => b.Profile = b.Profile! with { Sites = b.Profile.Sites.Add(new Site { Id = new SiteId("LAB"), Name = "Lab", Address = "2 Test Street" }) },
            ReadinessCodes.SiteNotAddressedByScope, ReadinessSeverity.Info, ReadinessSection.Context, "4.3", [EntityReference.To(new SiteId("LAB"))]),

        // Clause 5
        ["no policy"] = new(new LeadershipRule(), b => b.Policy = null,
            ReadinessCodes.PolicyMissing, ReadinessSeverity.Blocking, ReadinessSection.Leadership, "5.2", [EntityReference.Part("Policy")]),
        ["policy not approved"] = new(new LeadershipRule(), b => b.Policy = b.Policy! with { ApprovedOn = null },
            ReadinessCodes.PolicyNotApproved, ReadinessSeverity.Major, ReadinessSection.Leadership, "5.2", [EntityReference.Part("Policy")]),
        ["policy without objectives framework"] = new(new LeadershipRule(), b => b.Policy = b.Policy! with { ProvidesObjectivesFramework = false },
            ReadinessCodes.PolicyCommitmentMissing, ReadinessSeverity.Minor, ReadinessSection.Leadership, "5.2", [EntityReference.Part("Policy")]),
        ["policy without commitment to requirements"] = new(new LeadershipRule(), b => b.Policy = b.Policy! with { CommitsToRequirements = false },
            ReadinessCodes.PolicyCommitmentMissing, ReadinessSeverity.Minor, ReadinessSection.Leadership, "5.2", [EntityReference.Part("Policy")]),
        ["policy not communicated"] = new(new LeadershipRule(), b => b.Policy = b.Policy! with { CommunicatedOn = null },
            ReadinessCodes.PolicyNotCommunicated, ReadinessSeverity.Minor, ReadinessSection.Leadership, "5.2 f", [EntityReference.Part("Policy")]),
        ["nobody reports performance"] = new(new LeadershipRule(), b => b.Roles = b.Roles.Replace(b.Roles[0] with { ReportsPerformance = false }),
            ReadinessCodes.IsmsResponsibilityUnassigned, ReadinessSeverity.Major, ReadinessSection.Leadership, "5.3 b", []),
        ["role held by nobody"] = new(new LeadershipRule(), b => b.AddRole(new Role { Id = new RoleId("dpo"), Name = "DPO" }),
            ReadinessCodes.RoleUnassigned, ReadinessSeverity.Minor, ReadinessSection.Leadership, "5.3", [EntityReference.To(new RoleId("dpo"))]),

        // Clause 6.2
        ["no objectives"] = new(new ObjectivesRule(), b =>
            {
                b.Objectives = Register<ObjectiveId, InformationSecurityObjective>.Empty;
                b.Measurements = b.Measurements.Replace(b.Measurements[0] with { Objective = null });
            },
            ReadinessCodes.NoObjectives, ReadinessSeverity.Major, ReadinessSection.Planning, "6.2", []),
        ["objective without owner"] = new(new ObjectivesRule(), b => b.Objectives = b.Objectives.Replace(b.Objectives[0] with { Owner = null }),
            ReadinessCodes.ObjectiveNotMeasurable, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.2", [EntityReference.To(new ObjectiveId("O1"))]),
        ["objective without evaluation method"] = new(new ObjectivesRule(), b => b.Objectives = b.Objectives.Replace(b.Objectives[0] with { EvaluationMethod = null }),
            ReadinessCodes.ObjectiveNotMeasurable, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.2", [EntityReference.To(new ObjectiveId("O1"))]),
        ["objective without measure"] = new(new ObjectivesRule(), b => b.Objectives = b.Objectives.Replace(b.Objectives[0] with { Measure = null }),
            ReadinessCodes.ObjectiveNotMeasurable, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.2", [EntityReference.To(new ObjectiveId("O1"))]),
        ["objective without due date"] = new(new ObjectivesRule(), b => b.Objectives = b.Objectives.Replace(b.Objectives[0] with { Due = null }),
            ReadinessCodes.ObjectiveNotMeasurable, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.2", [EntityReference.To(new ObjectiveId("O1"))]),
        ["objective overdue"] = new(new ObjectivesRule(), b => b.Objectives = b.Objectives.Replace(b.Objectives[0] with { Due = TestIsms.Today.PlusDays(-1) }),
            ReadinessCodes.ObjectiveOverdue, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.2", [EntityReference.To(new ObjectiveId("O1"))]),

        // Clauses 6.1.2, 6.1.3, 8.2, 8.3
        ["no risks"] = new(new RiskRule(), b => b.Risks = RiskRegister.Empty,
            ReadinessCodes.RiskRegisterEmpty, ReadinessSeverity.Blocking, ReadinessSection.Planning, "6.1.2", []),
        ["risk owner left"] = new(new RiskRule(), b => b.People = b.People.Replace(TestIsms.Person(TestIsms.Ciso, "Chris Ciso") with { Roles = [ReadyIsms.IsmsManager], LeftOn = TestIsms.Today }),
            ReadinessCodes.RiskOwnerInactive, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.2 c 2", [EntityReference.To(new RiskId("R1")), EntityReference.To(TestIsms.Ciso)]),
        ["risk assessed 13 months ago"] = new(new RiskRule(), b => b.Risks = b.Risks.Replace(b.Risks[0] with { Inherent = TestIsms.Assessment(4, 4, TestIsms.Today.PlusMonths(-14)), Current = TestIsms.Assessment(2, 2, TestIsms.Today.PlusMonths(-13)) }),
            ReadinessCodes.RiskAssessmentStale, ReadinessSeverity.Major, ReadinessSection.Operation, "8.2", [EntityReference.To(new RiskId("R1"))]),
        ["risk without assets"] = new(new RiskRule(), b => b.Risks = b.Risks.Replace(b.Risks[0] with { Assets = [] }),
            ReadinessCodes.RiskWithoutAssets, ReadinessSeverity.Info, ReadinessSection.Planning, "6.1.2 c", [EntityReference.To(new RiskId("R1"))]),
        ["risk to modify without controls"] = new(new RiskRule(), b => b.Risks = b.Risks.Replace(b.Risks[0] with { AppliedControls = [] }),
            ReadinessCodes.RiskWithoutControls, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 b", [EntityReference.To(new RiskId("R1"))]),
        ["risk relies on a retired control"] = new(new RiskRule(), b => b.AppliedControls = b.AppliedControls.Replace(b.AppliedControls[0] with { Status = ControlStatus.Retired }),
            ReadinessCodes.RiskReliesOnIneffectiveControl, ReadinessSeverity.Minor, ReadinessSection.Operation, "8.3", [EntityReference.To(new RiskId("R1")), EntityReference.To(new AppliedControlId("AC1"))]),
        ["risk relies on a control not effective"] = new(new RiskRule(), b => b.AppliedControls = b.AppliedControls.Replace(b.AppliedControls[0] with { Status = ControlStatus.NotEffective }),
            ReadinessCodes.RiskReliesOnIneffectiveControl, ReadinessSeverity.Minor, ReadinessSection.Operation, "8.3", [EntityReference.To(new RiskId("R1")), EntityReference.To(new AppliedControlId("AC1"))]),

        // Clause 9
        ["measurement 13 months old"] = new(new MonitoringRule(), b => b.Measurements = b.Measurements.Replace(b.Measurements[0] with { MeasuredOn = TestIsms.Today.PlusMonths(-13) }),
            ReadinessCodes.NoRecentMeasurements, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.1", []),
        ["no management review"] = new(new ManagementReviewRule(), b => b.ManagementReviews = Register<ManagementReviewId, ManagementReview>.Empty,
            ReadinessCodes.NoRecentManagementReview, ReadinessSeverity.Blocking, ReadinessSection.PerformanceEvaluation, "9.3", []),
        ["management review 13 months old"] = new(new ManagementReviewRule(), b => b.ManagementReviews = b.ManagementReviews.Replace(b.ManagementReviews[0] with { HeldOn = TestIsms.Today.PlusMonths(-13) }),
            ReadinessCodes.NoRecentManagementReview, ReadinessSeverity.Blocking, ReadinessSection.PerformanceEvaluation, "9.3", [EntityReference.To(new ManagementReviewId("MR1"))]),
        ["management review without improvement decisions but with changes"] = new(new ManagementReviewRule(), b => b.ManagementReviews = b.ManagementReviews.Replace(b.ManagementReviews[0] with { ImprovementDecisions = [], ChangesToIsms = ["New site in scope"] }),
            null!, default, default, "", []),
        ["management review without outputs"] = new(new ManagementReviewRule(), b => b.ManagementReviews = b.ManagementReviews.Replace(b.ManagementReviews[0] with { ImprovementDecisions = [] }),
            ReadinessCodes.ManagementReviewWithoutOutputs, ReadinessSeverity.Minor, ReadinessSection.PerformanceEvaluation, "9.3.3", [EntityReference.To(new ManagementReviewId("MR1"))]),
        ["management review missing an input"] = new(new ManagementReviewRule(), b => b.ManagementReviews = b.ManagementReviews.Replace(b.ManagementReviews[0] with { Inputs = b.ManagementReviews[0].Inputs.Remove(ManagementReviewInput.AuditResults) }),
            ReadinessCodes.ManagementReviewInputsMissing, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.3.2", [EntityReference.To(new ManagementReviewId("MR1"))]),
        ["no audit programme"] = new(new InternalAuditRule(), b => b.AuditProgramme = null,
            ReadinessCodes.AuditProgrammeMissing, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.2.2", [EntityReference.Part("AuditProgramme")]),
        ["audit 13 months ago"] = new(new InternalAuditRule(), b => b.Audits = b.Audits.Replace(b.Audits[0] with { PlannedOn = TestIsms.Today.PlusMonths(-13), CompletedOn = TestIsms.Today.PlusMonths(-13) }),
            ReadinessCodes.NoRecentInternalAudit, ReadinessSeverity.Blocking, ReadinessSection.PerformanceEvaluation, "9.2", []),
        ["audit only planned"] = new(new InternalAuditRule(), b => b.Audits = b.Audits.Replace(b.Audits[0] with { Status = AuditStatus.Planned, CompletedOn = null }),
            ReadinessCodes.NoRecentInternalAudit, ReadinessSeverity.Blocking, ReadinessSection.PerformanceEvaluation, "9.2", []),
        ["auditor audits own work"] = new(new InternalAuditRule(), b => b.Audits = b.Audits.Replace(b.Audits[0] with { Auditees = [TestIsms.Auditor] }),
            ReadinessCodes.AuditorNotIndependent, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.2.2", [EntityReference.To(new AuditId("AU1")), EntityReference.To(TestIsms.Auditor)]),
        ["audit finding without nonconformity"] = new(new InternalAuditRule(), b => b.Audits = b.Audits.Replace(b.Audits[0] with { Findings = [new AuditFinding { Id = new FindingId("F9"), Grade = FindingGrade.MajorNonconformity, Description = "gap" }] }),
            ReadinessCodes.AuditFindingNotRaised, ReadinessSeverity.Minor, ReadinessSection.Improvement, "10.2", [EntityReference.To(new AuditId("AU1")), EntityReference.To(new FindingId("F9"))]),
        ["observation without nonconformity"] = new(new InternalAuditRule(), b => b.Audits = b.Audits.Replace(b.Audits[0] with { Findings = [new AuditFinding { Id = new FindingId("F9"), Grade = FindingGrade.Observation, Description = "note" }] }),
            null!, default, default, "", []),
        ["cancelled audit by an auditee"] = new(new InternalAuditRule(), b => b.AddAudit(new InternalAudit { Id = new AuditId("AU2"), Title = "Cancelled", Status = AuditStatus.Cancelled, PlannedOn = TestIsms.Today.PlusMonths(1), LeadAuditor = TestIsms.Cto, Auditees = [TestIsms.Cto] }),
            null!, default, default, "", []),
    };

    public static TheoryData<string> GapNames() => [.. Gaps.Keys];

    [Theory]
    [MemberData(nameof(GapNames))]
    public void A_single_gap_gives_one_finding_with_its_code_severity_section_clause_and_entities(string name)
    {
        var gap = Gaps[name];
        Assert.Empty(gap.Rule.Evaluate(new ReadinessContext(ReadyIsms.Create(), TestIsms.Today)));
        var builder = ReadyIsms.Builder();
        gap.Apply(builder);

        var findings = gap.Rule.Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)).ToList();

        if (gap.Code is null)
        {
            // Not a gap: the rule accepts it.
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal((gap.Code, gap.Severity, gap.Section, gap.Reference), (finding.Code, finding.Severity, finding.Section, finding.Reference));
        Assert.Equal(gap.Entities, finding.Entities);
    }

    [Fact]
    public void Without_requirements_neither_interested_parties_needs_nor_obligations_are_determined()
    {
        var builder = ReadyIsms.Builder();
        builder.Context = builder.Context with { Requirements = Register<RequirementId, Requirement>.Empty };

        var findings = new ContextRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today));

        Assert.Equal(
            [(ReadinessCodes.NoInterestedParties, ReadinessSeverity.Major, "4.2"), (ReadinessCodes.NoObligations, ReadinessSeverity.Major, "4.2 b")],
            findings.Select(f => (f.Code, f.Severity, f.Reference)));
    }

    [Fact]
    public void An_incomplete_scope_names_every_missing_part()
    {
        var builder = ReadyIsms.Builder();
        builder.Scope = builder.Scope! with { Boundaries = [], Interfaces = [], Dependencies = [] };

        var finding = Assert.Single(new ContextRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)));

        Assert.Contains("boundaries, interfaces, dependencies", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lab")]
    [InlineData("lab")]
    [InlineData("LAB")]
    public void A_site_named_in_the_scopes_exclusions_by_name_or_id_is_addressed(string exclusion)
    {
        var builder = ReadyIsms.Builder();
        builder.Profile = builder.Profile! with { Sites = builder.Profile.Sites.Add(new Site { Id = new SiteId("LB-2"), Name = "Lab", Address = "2 Test Street" }) };
        builder.Scope = builder.Scope! with { Exclusions = [exclusion == "LAB" ? "Site LB-2 (no information processed)" : $"The {exclusion} building"] };

        Assert.Empty(new ContextRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)));
    }

    [Fact]
    public void A_policy_missing_several_commitments_lists_each()
    {
        var builder = ReadyIsms.Builder();
        builder.Policy = builder.Policy! with { ProvidesObjectivesFramework = false, CommitsToRequirements = false, CommitsToContinualImprovement = false };

        var finding = Assert.Single(new LeadershipRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)));

        Assert.All(["5.2 b", "5.2 c", "5.2 d"], clause => Assert.Contains(clause, finding.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_held_only_by_someone_who_left_is_unassigned_and_leaves_both_isms_responsibilities_open()
    {
        var builder = ReadyIsms.Builder();
        builder.People = builder.People.Replace(TestIsms.Person(TestIsms.Ciso, "Chris Ciso") with { Roles = [ReadyIsms.IsmsManager], LeftOn = TestIsms.Today.PlusDays(-1) });

        var findings = new LeadershipRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)).ToList();

        Assert.Equal(
            [(ReadinessCodes.IsmsResponsibilityUnassigned, "5.3 a"), (ReadinessCodes.IsmsResponsibilityUnassigned, "5.3 b"), (ReadinessCodes.RoleUnassigned, "5.3")],
            findings.Select(f => (f.Code, f.Reference)));
    }

    [Fact]
    public void An_objective_lacking_everything_lists_each_missing_part()
    {
        var builder = ReadyIsms.Builder();
        builder.Objectives = builder.Objectives.Replace(builder.Objectives[0] with { Measure = null, Target = null, Owner = null, Due = null, EvaluationMethod = null });

        var finding = Assert.Single(new ObjectivesRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)));

        Assert.Contains("a measure, a target, an owner, a due date, how results are evaluated", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_achieved_objective_past_its_due_date_is_not_overdue()
    {
        var builder = ReadyIsms.Builder();
        builder.Objectives = builder.Objectives.Replace(builder.Objectives[0] with { Due = TestIsms.Today.PlusDays(-1), Achieved = true });

        Assert.Empty(new ObjectivesRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)));
    }

    [Fact]
    public void A_stale_risk_with_only_an_inherent_assessment_asks_for_the_current_one()
    {
        var builder = ReadyIsms.Builder();
        builder.Risks = builder.Risks.Replace(builder.Risks[0] with { Inherent = TestIsms.Assessment(4, 4, TestIsms.Today.PlusMonths(-13)), Current = null });

        var finding = Assert.Single(new RiskRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)), f => f.Code == ReadinessCodes.RiskAssessmentStale);

        Assert.Contains("only an inherent assessment", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_management_review_dated_after_the_analysis_is_not_the_latest()
    {
        var builder = ReadyIsms.Builder();
        builder.AddManagementReview(builder.ManagementReviews[0] with { Id = new ManagementReviewId("MR2"), HeldOn = TestIsms.Today.PlusDays(1), ImprovementDecisions = [] });

        Assert.Empty(new ManagementReviewRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)));
    }

    [Fact]
    public void The_missing_review_inputs_are_listed_as_the_standard_lettered_them()
    {
        var builder = ReadyIsms.Builder();
        builder.ManagementReviews = builder.ManagementReviews.Replace(builder.ManagementReviews[0] with { Inputs = builder.ManagementReviews[0].Inputs.Clear() });

        var finding = Assert.Single(new ManagementReviewRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today)));

        Assert.All(["a)", "b)", "c)", "d1)", "d2)", "d3)", "d4)", "e)", "f)", "g)"], letter => Assert.Contains(letter, finding.Message, StringComparison.Ordinal));
    }

    private static Nonconformity Raised(string id) => new()
    {
        Id = new NonconformityId(id),
        Description = "Access review skipped",
        Source = NonconformitySource.InternalAudit,
        RaisedOn = TestIsms.Today.PlusMonths(-2),
        Owner = TestIsms.Cto,
    };

    private static CorrectiveAction Action(string id, int dueInDays, bool done = false) => new()
    {
        Id = new CorrectiveActionId(id),
        Description = "Automate the review",
        Owner = TestIsms.Cto,
        Due = TestIsms.Today.PlusDays(dueInDays),
        CompletedOn = done ? TestIsms.Today.PlusDays(-10) : null,
    };

    private static List<ReadinessFinding> Nonconformities(params Nonconformity[] raised)
    {
        var builder = ReadyIsms.Builder();
        builder.AddNonconformity(raised);
        return [.. new NonconformityRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today))];
    }

    [Fact]
    public void An_open_nonconformity_without_action_or_root_cause_gets_both_findings()
    {
        var findings = Nonconformities(Raised("NC1"));

        Assert.Equal(
            [(ReadinessCodes.NonconformityWithoutAction, ReadinessSeverity.Major, "10.2 c"), (ReadinessCodes.NonconformityWithoutRootCause, ReadinessSeverity.Minor, "10.2 b")],
            findings.Select(f => (f.Code, f.Severity, f.Reference)));
        Assert.All(findings, f => Assert.Equal((ReadinessSection.Improvement, EntityReference.To(new NonconformityId("NC1"))), (f.Section, Assert.Single(f.Entities))));
    }

    [Fact]
    public void An_open_major_nonconformity_and_an_overdue_corrective_action_are_reported_with_the_action_and_its_owner()
    {
        var findings = Nonconformities(Raised("NC1") with { Grade = FindingGrade.MajorNonconformity, RootCause = "No owner", CorrectiveActions = [Action("CA1", -1), Action("CA2", 0)] });

        Assert.Equal(
            [(ReadinessCodes.MajorNonconformityOpen, ReadinessSeverity.Major, "10.2"), (ReadinessCodes.CorrectiveActionOverdue, ReadinessSeverity.Minor, "10.2 c")],
            findings.Select(f => (f.Code, f.Severity, f.Reference)));
        Assert.Equal(
            [EntityReference.To(new NonconformityId("NC1")), EntityReference.To(new CorrectiveActionId("CA1")), EntityReference.To(TestIsms.Cto)],
            findings[1].Entities);
        Assert.Contains("Tara Cto", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_or_minor_nonconformity_with_actions_on_time_is_no_finding()
    {
        var withAction = Raised("NC1") with { Grade = FindingGrade.MinorNonconformity, RootCause = "No owner", CorrectiveActions = [Action("CA1", 5)] };
        var closed = Raised("NC2") with
        {
            Grade = FindingGrade.MajorNonconformity,
            ClosedOn = TestIsms.Today.PlusDays(-1),
            Verification = new EffectivenessVerification { VerifiedBy = TestIsms.Ciso, VerifiedOn = TestIsms.Today.PlusDays(-1), Effective = true, Method = "no recurrence" },
        };

        Assert.Empty(Nonconformities(withAction, closed));
    }

    [Fact]
    public void Actions_verified_not_effective_need_a_new_open_action()
    {
        var verification = new EffectivenessVerification { VerifiedBy = TestIsms.Ciso, VerifiedOn = TestIsms.Today.PlusDays(-5), Effective = false, Method = "recurred" };
        var ineffective = Raised("NC1") with { RootCause = "No owner", CorrectiveActions = [Action("CA1", -20, done: true)], Verification = verification };

        var finding = Assert.Single(Nonconformities(ineffective));
        Assert.Equal((ReadinessCodes.CorrectiveActionIneffective, ReadinessSeverity.Major, "10.2 d"), (finding.Code, finding.Severity, finding.Reference));

        var withNewAction = ineffective with { CorrectiveActions = [Action("CA1", -20, done: true), Action("CA2", 10)] };
        Assert.Empty(Nonconformities(withNewAction));

        var effective = ineffective with { Verification = verification with { Effective = true } };
        Assert.Empty(Nonconformities(effective));
    }

    private static List<ReadinessFinding> Audits(Action<IsmsBuilder> change)
    {
        var builder = ReadyIsms.Builder();
        change(builder);
        return [.. new InternalAuditRule().Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today))];
    }

    private static InternalAudit Partial(string id, string[] clauses, string[] controls) => new()
    {
        Id = new AuditId(id),
        Title = "Partial audit " + id,
        Status = AuditStatus.Completed,
        PlannedOn = TestIsms.Today.PlusMonths(-3),
        CompletedOn = TestIsms.Today.PlusMonths(-3),
        LeadAuditor = TestIsms.Auditor,
        Auditees = [TestIsms.Cto],
        Clauses = [.. clauses],
        Controls = [.. controls.Select(c => new Isms.Core.Catalogs.ControlId(c))],
    };

    [Fact]
    public void Partial_audits_together_must_cover_every_management_clause_counting_sub_clauses()
    {
        var findings = Audits(b => b.Audits = Register<AuditId, InternalAudit>.Of(
            Partial("AU1", ["4", "5.2", "6.1.2"], ["5.1", "5.15", "6.3", "8.5", "8.13"]),
            Partial("AU2", ["7", "8", "9.2"], [])));

        var finding = Assert.Single(findings);
        Assert.Equal((ReadinessCodes.AuditCoverageIncomplete, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.2.1"), (finding.Code, finding.Severity, finding.Section, finding.Reference));
        Assert.Equal([EntityReference.To(new AuditId("AU1")), EntityReference.To(new AuditId("AU2"))], finding.Entities);
        Assert.Contains("clause(s) 10 ", finding.Message, StringComparison.Ordinal);

        Assert.Empty(Audits(b => b.Audits = Register<AuditId, InternalAudit>.Of(
            Partial("AU1", ["4", "5.2", "6.1.2"], ["5.1", "5.15", "6.3", "8.5", "8.13"]),
            Partial("AU2", ["7", "8", "9.2", "10.1"], []))));
    }

    [Fact]
    public void Applicable_annex_a_controls_no_recent_partial_audit_looked_at_are_listed_for_the_programme()
    {
        var findings = Audits(b => b.Audits = Register<AuditId, InternalAudit>.Of(
            Partial("AU1", ["4", "5", "6", "7"], ["5.1", "5.15"]),
            Partial("AU2", ["8", "9", "10"], ["6.3", "8.5", "7.4"])));

        var finding = Assert.Single(findings);
        Assert.Equal((ReadinessCodes.AnnexAControlsNotAudited, ReadinessSeverity.Info, ReadinessSection.PerformanceEvaluation, "9.2.2"), (finding.Code, finding.Severity, finding.Section, finding.Reference));
        Assert.Equal([EntityReference.To(new Isms.Core.Catalogs.ControlId("8.13"))], finding.Entities);
    }

    [Fact]
    public void An_audit_of_the_whole_scope_needs_no_clause_or_control_list()
    {
        Assert.Empty(Audits(b => b.Audits = Register<AuditId, InternalAudit>.Of(
            Partial("AU1", [], []) with { CoversWholeScope = true },
            Partial("AU2", ["4"], []))));
    }

    [Fact]
    public void The_person_responsible_for_conformity_may_audit_annex_a_controls_but_not_the_management_system()
    {
        static InternalAudit ByIsmsManager(string[] clauses) => Partial("AU2", clauses, ["8.13"]) with { LeadAuditor = TestIsms.Ciso, Auditees = [TestIsms.Cto], CoversWholeScope = false };

        var finding = Assert.Single(Audits(b => b.AddAudit(ByIsmsManager(["9.1"]))));
        Assert.Equal((ReadinessCodes.AuditorNotIndependent, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.2.2"), (finding.Code, finding.Severity, finding.Section, finding.Reference));
        Assert.Equal([EntityReference.To(new AuditId("AU2")), EntityReference.To(TestIsms.Ciso)], finding.Entities);
        Assert.Contains("5.3 a", finding.Message, StringComparison.Ordinal);

        Assert.Empty(Audits(b => b.AddAudit(ByIsmsManager([]))));
        Assert.Empty(Audits(b => b.AddAudit(ByIsmsManager(["A.8"]))));
    }

    [Fact]
    public void An_auditor_is_independent_of_controls_others_own()
    {
        // AC1 (owned by the CTO) implements 5.15 and 8.5; the auditor owns nothing.
        Assert.Empty(Audits(b => b.AddAudit(Partial("AU2", [], ["5.15"]) with { Auditees = [TestIsms.Cto] })));

        var finding = Assert.Single(Audits(b =>
        {
            b.AppliedControls = b.AppliedControls.Replace(b.AppliedControls[0] with { Owner = TestIsms.Auditor });
            b.AddAudit(Partial("AU2", [], ["5.15"]) with { Auditees = [TestIsms.Cto] });
        }));
        Assert.Equal([EntityReference.To(new AuditId("AU2")), EntityReference.To(TestIsms.Auditor)], finding.Entities);
        Assert.Contains("AC1", finding.Message, StringComparison.Ordinal);
    }

    private static List<ReadinessFinding> Run(IReadinessRule rule, Action<IsmsBuilder> change)
    {
        var builder = ReadyIsms.Builder();
        change(builder);
        return [.. rule.Evaluate(new ReadinessContext(builder.Build(), TestIsms.Today))];
    }

    [Fact]
    public void The_latest_management_review_up_to_the_analysis_date_is_the_one_checked()
    {
        var review = ReadyIsms.Builder().ManagementReviews[0];

        // An older review without outputs does not matter once a later one has them; one held today counts.
        Assert.Empty(Run(new ManagementReviewRule(), b => b.AddManagementReview(review with { Id = new ManagementReviewId("MR0"), HeldOn = TestIsms.Today.PlusMonths(-6), ImprovementDecisions = [] })));
        Assert.Empty(Run(new ManagementReviewRule(), b => b.ManagementReviews = b.ManagementReviews.Replace(review with { HeldOn = TestIsms.Today })));
        var stale = Assert.Single(Run(new ManagementReviewRule(), b => b.ManagementReviews = b.ManagementReviews.Replace(review with { HeldOn = TestIsms.Today.PlusMonths(-13) })));
        Assert.Contains(TestIsms.Today.PlusMonths(-13).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stale.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_recent_measurement_among_old_ones_is_enough()
    {
        Assert.Empty(Run(new MonitoringRule(), b => b.AddMeasurement(b.Measurements[0] with { Id = new MeasurementId("M0"), MeasuredOn = TestIsms.Today.PlusMonths(-20) })));
    }

    [Fact]
    public void An_objective_due_today_is_not_yet_overdue()
    {
        Assert.Empty(Run(new ObjectivesRule(), b => b.Objectives = b.Objectives.Replace(b.Objectives[0] with { Due = TestIsms.Today })));
    }

    [Theory]
    [InlineData(TreatmentOption.Retain, false, false)]
    [InlineData(TreatmentOption.Share, false, false)]
    [InlineData(TreatmentOption.Avoid, false, false)]
    [InlineData(TreatmentOption.Modify, true, false)]
    [InlineData(TreatmentOption.Modify, false, true)]
    public void Only_a_risk_to_modify_with_no_control_planned_or_applied_lacks_controls(TreatmentOption treatment, bool planned, bool reported)
    {
        var findings = Run(new RiskRule(), b => b.Risks = b.Risks.Replace(b.Risks[0] with
        {
            Treatment = treatment,
            AppliedControls = [],
            PlannedControls = planned ? [new AppliedControlId("AC1")] : [],
        }));

        Assert.Equal(reported, findings.Any(f => f.Code == ReadinessCodes.RiskWithoutControls));
    }

    [Theory]
    [InlineData(ControlStatus.Retired, "retired")]
    [InlineData(ControlStatus.NotEffective, "not effective")]
    public void A_risk_relying_on_a_control_that_reduces_nothing_says_why(ControlStatus status, string why)
    {
        var finding = Assert.Single(Run(new RiskRule(), b => b.AppliedControls = b.AppliedControls.Replace(b.AppliedControls[0] with { Status = status })));

        Assert.Contains($"which is {why};", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Soa_findings_on_a_control_reference_it_as_annex_a_does()
    {
        var untraced = Assert.Single(Run(new StatementOfApplicabilityRule(), b => b.StatementOfApplicability = b.StatementOfApplicability!.WithDecision(
            SoaDecision.Include(new Isms.Core.Catalogs.ControlId("5.1"), ImplementationStatus.Implemented) with { Evidence = [new EvidenceReference { Description = "e" }] })));

        Assert.Equal((ReadinessCodes.SoaInclusionNotTraced, "A.5.1"), (untraced.Code, untraced.Reference));
        Assert.StartsWith("A.5.1 'Policies for information security'", untraced.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Soa_findings_on_a_vendor_control_keep_its_own_id()
    {
        var catalog = new Isms.Core.Catalogs.ControlCatalog("soc2", "SOC 2", "AICPA", [new Isms.Core.Catalogs.CatalogControl(new Isms.Core.Catalogs.ControlId("CC6.1"), "Logical access", "Access")]);

        var untraced = Assert.Single(Run(new StatementOfApplicabilityRule(), b =>
        {
            b.StatementOfApplicability = new StatementOfApplicability(catalog, [SoaDecision.Include(new Isms.Core.Catalogs.ControlId("CC6.1"), ImplementationStatus.Planned)], new SoaVersion { Version = "1", ApprovedBy = TestIsms.Cto, ApprovedOn = TestIsms.Today });
            b.AppliedControls = b.AppliedControls.Replace(b.AppliedControls[0] with { Implements = [new Isms.Core.Catalogs.ControlId("CC6.1")] });
        }));

        Assert.Equal((ReadinessCodes.SoaInclusionNotTraced, "CC6.1"), (untraced.Code, untraced.Reference));
    }

    [Fact]
    public void Competence_evidence_counts_only_for_its_own_person_and_for_the_role_it_names()
    {
        static void CtoIsIsmsManager(IsmsBuilder b) =>
            b.People = b.People.Replace(TestIsms.Person(TestIsms.Cto, "Tara Cto") with { Roles = [ReadyIsms.IsmsManager] });

        var missing = Assert.Single(Run(new SupportRule(), CtoIsIsmsManager));
        Assert.Equal((ReadinessCodes.CompetenceEvidenceMissing, "7.2 d"), (missing.Code, missing.Reference));
        Assert.Equal([EntityReference.To(TestIsms.Cto), EntityReference.To(ReadyIsms.IsmsManager)], missing.Entities);

        var dpo = new RoleId("dpo");
        Isms.Core.Support.CompetenceRecord Record(RoleId role) => new()
        {
            Id = new CompetenceRecordId("C2"), Person = TestIsms.Cto, Role = role, Competence = "CIPP/E", Kind = Isms.Core.Support.CompetenceEvidenceKind.Certification, AchievedOn = TestIsms.Today.PlusYears(-1),
        };

        Assert.Single(Run(new SupportRule(), b =>
        {
            CtoIsIsmsManager(b);
            b.AddRole(new Role { Id = dpo, Name = "DPO", RequiresCompetenceEvidence = false });
            b.AddCompetenceRecord(Record(dpo));
        }));
        Assert.Empty(Run(new SupportRule(), b =>
        {
            CtoIsIsmsManager(b);
            b.AddCompetenceRecord(Record(ReadyIsms.IsmsManager));
        }));
    }

    [Fact]
    public void Planned_controls_are_covered_by_an_action_naming_any_one_of_them()
    {
        Assert.Empty(Run(new TreatmentPlanRule(), b =>
        {
            b.AddAppliedControl(TestIsms.Control("AC2", "8.13") with { Status = ControlStatus.Planned });
            b.Risks = b.Risks.Replace(b.Risks[0] with { PlannedControls = [new AppliedControlId("AC1"), new AppliedControlId("AC2")] });
            b.TreatmentPlan = b.TreatmentPlan with
            {
                Actions = Register<TreatmentActionId, TreatmentAction>.Of(new TreatmentAction
                {
                    Id = new TreatmentActionId("T1"), Title = "Backups", Owner = TestIsms.Cto, Due = TestIsms.Today.PlusMonths(1), Controls = [new AppliedControlId("AC2")],
                }),
            };
        }));
    }

    [Fact]
    public void A_new_action_due_on_the_day_effectiveness_was_verified_answers_an_ineffective_verification()
    {
        var verification = new EffectivenessVerification { VerifiedBy = TestIsms.Ciso, VerifiedOn = TestIsms.Today.PlusDays(-5), Effective = false, Method = "recurred" };
        var raised = Raised("NC1") with { RootCause = "No owner", Verification = verification };

        Assert.DoesNotContain(Nonconformities(raised with { CorrectiveActions = [Action("CA1", -20, done: true), Action("CA2", -5)] }), f => f.Code == ReadinessCodes.CorrectiveActionIneffective);
        // A completed action counts as tried, whatever its due date.
        Assert.Single(Nonconformities(raised with { CorrectiveActions = [Action("CA1", 3, done: true)] }));
    }

    [Fact]
    public void An_auditor_auditing_people_including_themselves_is_told_why()
    {
        var finding = Assert.Single(Audits(b => b.Audits = b.Audits.Replace(b.Audits[0] with { Auditees = [TestIsms.Cto, TestIsms.Auditor] })));

        Assert.Contains("Ann Auditor is also one of the auditees", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_management_clause_4_to_10_left_out_of_partial_audits_is_named()
    {
        string[] clauses = ["4", "5", "6", "7", "8", "9", "10"];
        foreach (var left in clauses)
        {
            var finding = Assert.Single(Audits(b => b.Audits = Register<AuditId, InternalAudit>.Of(
                Partial("AU1", [.. clauses.Where(c => c != left).Select(c => c + ".1")], ["5.1", "5.15", "6.3", "8.5", "8.13"]))));

            Assert.Equal(ReadinessCodes.AuditCoverageIncomplete, finding.Code);
            Assert.Contains($"clause(s) {left} of", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Awareness_gaps_name_the_first_five_people_and_count_all()
    {
        var finding = Assert.Single(Run(new SupportRule(), b =>
        {
            b.AwarenessRecords = Register<AwarenessRecordId, Isms.Core.Support.AwarenessRecord>.Empty;
            b.AddPerson(
                TestIsms.Person(new PersonId("p4"), "Dana Four"),
                TestIsms.Person(new PersonId("p5"), "Eli Five"),
                TestIsms.Person(new PersonId("p6"), "Fay Six"));
        }));

        Assert.Equal((ReadinessCodes.AwarenessMissing, "7.3"), (finding.Code, finding.Reference));
        Assert.Equal(6, finding.Entities.Length);
        Assert.StartsWith("6 of 6 people", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(": Chris Ciso, Tara Cto, Ann Auditor, Dana Four, Eli Five, ....", finding.Message, StringComparison.Ordinal);

        var five = Assert.Single(Run(new SupportRule(), b =>
        {
            b.AwarenessRecords = Register<AwarenessRecordId, Isms.Core.Support.AwarenessRecord>.Empty;
            b.AddPerson(TestIsms.Person(new PersonId("p4"), "Dana Four"), TestIsms.Person(new PersonId("p5"), "Eli Five"));
        }));
        Assert.EndsWith(": Chris Ciso, Tara Cto, Ann Auditor, Dana Four, Eli Five.", five.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_risk_with_a_current_assessment_asks_for_reassessment()
    {
        var finding = Assert.Single(Run(new RiskRule(), b => b.Risks = b.Risks.Replace(b.Risks[0] with
        {
            Inherent = TestIsms.Assessment(4, 4, TestIsms.Today.PlusMonths(-14)),
            Current = TestIsms.Assessment(2, 2, TestIsms.Today.PlusMonths(-13)),
        })));

        Assert.DoesNotContain("only an inherent assessment", finding.Message, StringComparison.Ordinal);
        Assert.Contains("reassess", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_counts_from_the_day_it_was_completed_not_planned()
    {
        Assert.Empty(Audits(b => b.Audits = b.Audits.Replace(b.Audits[0] with { PlannedOn = TestIsms.Today.PlusMonths(-14), CompletedOn = TestIsms.Today.PlusMonths(-2) })));
    }
}
