using Isms.Certification.Applications;
using Isms.Certification.Audits;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

public sealed class AuditPlanValidatorTests
{
    private static readonly AuditTeamMember Lead = new(P("Ada Lead"), AuditRole.LeadAuditor);
    private static readonly AuditTeamMember Expert = new(P("Tom Expert"), AuditRole.TechnicalExpert);

    private static AuditPlan Plan(AuditKind kind, NodaTime.LocalDate first, IEnumerable<int>? clauses = null, IEnumerable<AnnexATheme>? themes = null, IEnumerable<AuditTeamMember>? team = null, IEnumerable<string>? sites = null, IEnumerable<string>? processes = null) =>
        new(kind, first, first.PlusDays(2), team ?? [Lead, Expert], clauses ?? [4, 5, 6, 7, 8, 9, 10], themes ?? Enum.GetValues<AnnexATheme>(), sites ?? ["Leeds head office", "Manchester office"], processes ?? ["Development", "Operations", "HR", "Support"], 10m);

    [Fact]
    public void A_complete_Stage_2_plan_is_valid()
    {
        Assert.Empty(AuditPlanValidator.Validate(Plan(AuditKind.Stage2, D(2024, 3, 1)), Application()));
    }

    [Fact]
    public void A_team_without_a_lead_auditor_is_an_issue_on_the_team_field()
    {
        var issues = AuditPlanValidator.Validate(Plan(AuditKind.Stage2, D(2024, 3, 1), team: [Expert]), Application());

        var issue = Assert.Single(issues);
        Assert.Equal("Team", issue.Member);
        Assert.Contains("no lead auditor", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_2_missing_a_clause_and_a_theme_names_both()
    {
        var issues = AuditPlanValidator.Validate(Plan(AuditKind.Stage2, D(2024, 3, 1), clauses: [4, 5, 6, 7, 8, 9], themes: [AnnexATheme.Organizational, AnnexATheme.People, AnnexATheme.Technological]), Application());

        Assert.Contains(issues, i => i.Member == "Clauses" && i.Message.Contains("10", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Member == "Themes" && i.Message.Contains("Physical", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_not_applicable_need_not_be_covered()
    {
        var application = new CertificationApplication("Cloud Co", "SaaS", 20, [new ApplicationSite("Remote", ["Development"])], "SaaS", StandardEdition.Edition2022, [AnnexATheme.Organizational, AnnexATheme.People, AnnexATheme.Technological]);

        var issues = AuditPlanValidator.Validate(Plan(AuditKind.Stage2, D(2024, 3, 1), themes: [AnnexATheme.Organizational, AnnexATheme.People, AnnexATheme.Technological], sites: ["Remote"], processes: ["Development"]), application);

        Assert.Empty(issues);
    }

    [Fact]
    public void A_surveillance_plan_may_cover_part_of_the_clauses()
    {
        Assert.Empty(AuditPlanValidator.Validate(Plan(AuditKind.Surveillance, D(2025, 2, 1), clauses: [9, 10], themes: [AnnexATheme.Technological]), Application()));
    }

    [Fact]
    public void Unknown_sites_and_processes_are_named()
    {
        var issues = AuditPlanValidator.Validate(Plan(AuditKind.Surveillance, D(2025, 2, 1), sites: ["Paris"], processes: ["Sales"]), Application());

        Assert.Contains(issues, i => i is { Member: "Sites[0]", Value: "Paris", Code: CertificationErrorCodes.InvalidAuditPlan, EntityKind: nameof(AuditPlan) });
        Assert.Contains(issues, i => i is { Member: "Processes[0]", Value: "Sales" });
    }

    [Fact]
    public void Plan_dates_in_the_wrong_order_throw_naming_the_fields()
    {
        var ex = Assert.Throws<CertificationException>(() => new AuditPlan(AuditKind.Stage1, D(2024, 3, 2), D(2024, 3, 1), [Lead], [4], [], ["HQ"], [], 1m));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
        Assert.Equal((nameof(AuditPlan), nameof(AuditPlan.LastDay)), (ex.EntityKind, ex.Member));
    }

    [Fact]
    public void A_three_year_programme_covering_the_scope_is_valid()
    {
        var plans = Programme();

        Assert.Empty(AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 3, 10)));
    }

    [Fact]
    public void A_programme_that_never_visits_a_site_or_misses_a_surveillance_is_reported()
    {
        var plans = Programme().Where(p => p.Kind != AuditKind.Surveillance || p.FirstDay.Year != 2026)
            .Select(p => p.Kind == AuditKind.Stage2 ? Plan(AuditKind.Stage2, p.FirstDay, sites: ["Leeds head office"], processes: ["Development", "Operations", "HR"]) : p with { })
            .Select(p => new AuditPlan(p.Kind, p.FirstDay, p.LastDay, p.Team, p.Clauses, p.Themes, ["Leeds head office"], p.Processes.Remove("Support"), p.AuditorDays))
            .ToList();

        var issues = AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 3, 10));

        Assert.Contains(issues, i => i is { Code: CertificationErrorCodes.InvalidAuditProgramme, EntityKind: nameof(Applications.CertificationApplication), Member: "Sites[1]", Value: "Manchester office" });
        Assert.Contains(issues, i => i is { Code: CertificationErrorCodes.InvalidAuditProgramme, Value: "Support" });
        Assert.Contains(issues, i => i is { Code: CertificationErrorCodes.InvalidAuditProgramme, Member: nameof(AuditPlan.Kind), Value: nameof(AuditKind.Surveillance) });
    }

    [Fact]
    public void The_first_surveillance_counts_from_the_certification_decision_not_the_last_Stage_2_day()
    {
        // Issue 13: ISO/IEC 17021-1:2015 9.1.3 counts the 12 months from the decision; the 2011 edition counted from
        // the last Stage 2 day. Stage 2 ends 2024-02-22, the decision is 2024-05-02, the first surveillance ends 2025-04-12:
        // 13.7 months after Stage 2 but within 12 months of the decision.
        var plans = Programme().Select(p => p.Kind == AuditKind.Surveillance && p.FirstDay.Year == 2025 ? Plan(AuditKind.Surveillance, D(2025, 4, 10), clauses: [9, 10], themes: [AnnexATheme.Technological], sites: ["Manchester office"], processes: ["Support"]) : p).ToList();

        Assert.Empty(AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 5, 2)));

        // The same programme with the decision on 2024-03-10: the surveillance ends 13 months after it.
        var late = Assert.Single(AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 3, 10)));
        Assert.Equal((CertificationErrorCodes.InvalidAuditProgramme, nameof(AuditPlan.LastDay), "2025-04-12"), (late.Code, late.Member, late.Value));
        Assert.Contains("2025-03-10", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_with_a_calendar_year_without_an_audit_is_reported()
    {
        // Decision 2024-02-01, surveillance on 2024-11-15 and 2026-02-10: no audit at all in 2025.
        var plans = Programme().Select(p => p.Kind == AuditKind.Surveillance && p.FirstDay.Year == 2025 ? Plan(AuditKind.Surveillance, D(2024, 11, 15), clauses: [9, 10], themes: [AnnexATheme.Technological], sites: ["Manchester office"], processes: ["Support"]) : p).ToList();

        var issue = Assert.Single(AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 3, 10)));

        Assert.Equal(CertificationErrorCodes.InvalidAuditProgramme, issue.Code);
        Assert.Contains("calendar year 2025", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recertification_audit_ending_on_or_after_the_expiry_is_reported()
    {
        var plans = Programme().Select(p => p.Kind == AuditKind.Recertification ? Plan(AuditKind.Recertification, D(2027, 3, 8)) : p).ToList();

        var issue = Assert.Single(AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 3, 10)));

        Assert.Equal((nameof(AuditPlan.LastDay), "2027-03-10"), (issue.Member, issue.Value));
    }

    [Fact]
    public void Two_lead_auditors_are_an_issue_on_the_team()
    {
        var issue = Assert.Single(AuditPlanValidator.Validate(Plan(AuditKind.Stage2, D(2024, 3, 1), team: [Lead, new AuditTeamMember(P("Bo Lead"), AuditRole.LeadAuditor)]), Application()));

        Assert.Equal((CertificationErrorCodes.InvalidAuditPlan, nameof(AuditPlan.Team)), (issue.Code, issue.Member));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    public void Auditor_days_must_be_positive(string days)
    {
        var value = decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture);
        var plan = Plan(AuditKind.Stage2, D(2024, 3, 1));
        plan = new AuditPlan(plan.Kind, plan.FirstDay, plan.LastDay, plan.Team, plan.Clauses, plan.Themes, plan.Sites, plan.Processes, value);

        var issue = Assert.Single(AuditPlanValidator.Validate(plan, Application()));

        Assert.Equal((nameof(AuditPlan.AuditorDays), days), (issue.Member, issue.Value));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void A_clause_outside_4_to_10_is_named(int clause)
    {
        var issue = Assert.Single(AuditPlanValidator.Validate(Plan(AuditKind.Surveillance, D(2025, 2, 1), clauses: [9, clause]), Application()));

        Assert.Equal((nameof(AuditPlan.Clauses), clause.ToString(System.Globalization.CultureInfo.InvariantCulture)), (issue.Member, issue.Value));
    }

    [Theory]
    [InlineData(AuditKind.Stage2, true)]
    [InlineData(AuditKind.Recertification, true)]
    [InlineData(AuditKind.Restoration, true)]
    [InlineData(AuditKind.Stage1, false)]
    [InlineData(AuditKind.Surveillance, false)]
    [InlineData(AuditKind.Special, false)]
    public void Only_full_audits_must_cover_every_clause_and_applicable_theme(AuditKind kind, bool full)
    {
        var issues = AuditPlanValidator.Validate(Plan(kind, D(2025, 2, 1), clauses: [4, 5, 6, 7, 8, 9], themes: [AnnexATheme.People]), Application());

        Assert.Equal(full ? 2 : 0, issues.Length);
        if (full)
        {
            Assert.Equal([nameof(AuditPlan.Clauses), nameof(AuditPlan.Themes)], issues.Select(i => i.Member));
        }
    }

    [Fact]
    public void An_unknown_second_site_or_process_is_named_at_its_own_index()
    {
        var issues = AuditPlanValidator.Validate(Plan(AuditKind.Surveillance, D(2025, 2, 1), sites: ["Leeds head office", "Paris"], processes: ["HR", "Support", "Sales"]), Application());

        Assert.Equal(["Sites[1]", "Processes[2]"], issues.Select(i => i.Member));
        Assert.Equal(["Paris", "Sales"], issues.Select(i => i.Value));
    }

    [Fact]
    public void A_plan_that_visits_no_site_is_an_issue()
    {
        var issue = Assert.Single(AuditPlanValidator.Validate(Plan(AuditKind.Surveillance, D(2025, 2, 1), sites: []), Application()));

        Assert.Equal(nameof(AuditPlan.Sites), issue.Member);
    }

    [Fact]
    public void Ensure_valid_throws_every_issue_and_passes_a_valid_plan()
    {
        AuditPlanValidator.EnsureValid(Plan(AuditKind.Stage2, D(2024, 3, 1)), Application());

        var ex = Assert.Throws<CertificationException>(() => AuditPlanValidator.EnsureValid(Plan(AuditKind.Stage2, D(2024, 3, 1), team: [Expert], sites: ["Paris"]), Application()));

        Assert.Equal([nameof(AuditPlan.Team), "Sites[0]"], ex.Errors.Select(e => e.Member));
        Assert.All(ex.Errors, e => Assert.Equal(CertificationErrorCodes.InvalidAuditPlan, e.Code));
    }

    [Fact]
    public void A_programme_lacking_audits_of_a_kind_says_how_many_it_needs()
    {
        var plans = Programme().Where(p => p.Kind is not AuditKind.Stage1 and not AuditKind.Recertification).Take(2).ToList();

        var issues = AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 3, 10));

        var kinds = issues.Where(i => i.Member == nameof(AuditPlan.Kind)).Select(i => i.Value).ToList();
        Assert.Contains(nameof(AuditKind.Stage1), kinds);
        Assert.Contains(nameof(AuditKind.Recertification), kinds);
        Assert.DoesNotContain(nameof(AuditKind.Stage2), kinds);
        var surveillance = Assert.Single(issues, i => i.Member == nameof(AuditPlan.Kind) && i.Value == nameof(AuditKind.Surveillance) && i.Message.Contains("needs 2", StringComparison.Ordinal));
        Assert.Contains("has 1", surveillance.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_2_starting_before_stage_1_ends_and_a_decision_before_stage_2_ends_are_reported()
    {
        var plans = Programme().Select(p => p.Kind == AuditKind.Stage1 ? Plan(AuditKind.Stage1, D(2024, 2, 19), clauses: [4, 5, 6], themes: [], sites: ["Leeds head office"], processes: ["Development"]) : p).ToList();

        var overlap = Assert.Single(AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 3, 10)));
        var early = Assert.Single(AuditPlanValidator.ValidateProgramme(Programme(), Application(), D(2024, 2, 21)));

        Assert.Equal((nameof(AuditPlan.FirstDay), "2024-02-20"), (overlap.Member, overlap.Value));
        Assert.Equal((nameof(AuditPlan.LastDay), "2024-02-22"), (early.Member, early.Value));
    }

    [Fact]
    public void Stage_2_may_start_on_the_day_stage_1_ends_and_the_decision_may_fall_on_the_last_stage_2_day()
    {
        var plans = Programme().Select(p => p.Kind == AuditKind.Stage1 ? Plan(AuditKind.Stage1, D(2024, 2, 18), clauses: [4, 5, 6], themes: [], sites: ["Leeds head office"], processes: ["Development"]) : p).ToList();

        Assert.Empty(AuditPlanValidator.ValidateProgramme(plans, Application(), D(2024, 2, 22)));
    }

    [Fact]
    public void The_first_surveillance_may_end_on_the_last_day_of_the_12_months()
    {
        // Decision 2024-02-22 (the last Stage 2 day): the limit is 2025-02-22.
        List<AuditPlan> WithFirstSurveillance(NodaTime.LocalDate first) =>
            [.. Programme().Select(p => p.Kind == AuditKind.Surveillance && p.FirstDay.Year == 2025 ? Plan(AuditKind.Surveillance, first, clauses: [9, 10], themes: [AnnexATheme.Technological], sites: ["Manchester office"], processes: ["Support"]) : p)];

        Assert.Empty(AuditPlanValidator.ValidateProgramme(WithFirstSurveillance(D(2025, 2, 20)), Application(), D(2024, 2, 22)));
        var late = Assert.Single(AuditPlanValidator.ValidateProgramme(WithFirstSurveillance(D(2025, 2, 21)), Application(), D(2024, 2, 22)));
        Assert.Equal((nameof(AuditPlan.LastDay), "2025-02-23"), (late.Member, late.Value));
    }

    private static List<AuditPlan> Programme() =>
    [
        Plan(AuditKind.Stage1, D(2024, 1, 10), clauses: [4, 5, 6], themes: [], sites: ["Leeds head office"], processes: ["Development"]),
        Plan(AuditKind.Stage2, D(2024, 2, 20)),
        Plan(AuditKind.Surveillance, D(2025, 2, 10), clauses: [9, 10], themes: [AnnexATheme.Technological], sites: ["Manchester office"], processes: ["Support"]),
        Plan(AuditKind.Surveillance, D(2026, 2, 10), clauses: [6, 8], themes: [AnnexATheme.People], sites: ["Leeds head office"], processes: ["HR"]),
        Plan(AuditKind.Recertification, D(2026, 12, 1)),
    ];
}
