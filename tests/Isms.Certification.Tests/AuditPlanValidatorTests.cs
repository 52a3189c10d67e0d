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

    private static List<AuditPlan> Programme() =>
    [
        Plan(AuditKind.Stage1, D(2024, 1, 10), clauses: [4, 5, 6], themes: [], sites: ["Leeds head office"], processes: ["Development"]),
        Plan(AuditKind.Stage2, D(2024, 2, 20)),
        Plan(AuditKind.Surveillance, D(2025, 2, 10), clauses: [9, 10], themes: [AnnexATheme.Technological], sites: ["Manchester office"], processes: ["Support"]),
        Plan(AuditKind.Surveillance, D(2026, 2, 10), clauses: [6, 8], themes: [AnnexATheme.People], sites: ["Leeds head office"], processes: ["HR"]),
        Plan(AuditKind.Recertification, D(2026, 12, 1)),
    ];
}
