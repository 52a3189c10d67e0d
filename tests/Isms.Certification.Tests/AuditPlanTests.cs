using Isms.Certification.Applications;
using Isms.Certification.Audits;
using NodaTime;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

/// <summary>
/// What a certification body and the lifecycle rely on in an audit plan (ISO/IEC 17021-1:2015 9.2.3): its dates in
/// order, its clauses and themes as a set, every team member, site and process present, and the lead auditor found.
/// </summary>
public sealed class AuditPlanTests
{
    private static readonly LocalDate First = new(2026, 3, 9);
    private static readonly AuditTeamMember Lead = new(P("ada"), AuditRole.LeadAuditor);
    private static readonly AuditTeamMember Auditor = new(P("bob"), AuditRole.Auditor);

    private static AuditPlan Plan(
        AuditKind kind = AuditKind.Stage2,
        LocalDate? lastDay = null,
        IEnumerable<AuditTeamMember>? team = null,
        IEnumerable<int>? clauses = null,
        IEnumerable<AnnexATheme>? themes = null,
        IEnumerable<string>? sites = null,
        IEnumerable<string>? processes = null,
        decimal auditorDays = 7.5m) =>
        new(kind, First, lastDay ?? First.PlusDays(2), team ?? [Lead, Auditor], clauses ?? [4, 5, 6, 7, 8, 9, 10],
            themes ?? [AnnexATheme.Organizational, AnnexATheme.Technological], sites ?? ["Leeds"], processes ?? ["Development"], auditorDays);

    [Fact]
    public void Clauses_and_themes_are_a_set_in_ascending_order_whatever_order_the_plan_gives()
    {
        var plan = Plan(clauses: [9, 4, 9, 6, 4], themes: [AnnexATheme.Technological, AnnexATheme.People, AnnexATheme.Technological]);

        Assert.Equal([4, 6, 9], plan.Clauses);
        Assert.Equal([AnnexATheme.People, AnnexATheme.Technological], plan.Themes);
    }

    [Fact]
    public void Team_sites_and_processes_keep_their_order_and_duplicates_as_given()
    {
        var plan = Plan(team: [Auditor, Lead], sites: ["York", "Leeds", "York"], processes: ["Payroll", "Development"]);

        Assert.Equal([Auditor, Lead], plan.Team);
        Assert.Equal(["York", "Leeds", "York"], plan.Sites);
        Assert.Equal(["Payroll", "Development"], plan.Processes);
    }

    [Fact]
    public void The_plan_keeps_its_kind_dates_and_auditor_days_and_takes_effect_on_its_first_day()
    {
        var plan = Plan(kind: AuditKind.Surveillance, lastDay: First.PlusDays(4), auditorDays: 3.25m);

        Assert.Equal(AuditKind.Surveillance, plan.Kind);
        Assert.Equal((First, First.PlusDays(4)), (plan.FirstDay, plan.LastDay));
        Assert.Equal(3.25m, plan.AuditorDays);
        Assert.Equal(First, plan.EffectiveDate);
    }

    [Fact]
    public void A_one_day_audit_is_a_plan()
    {
        var plan = Plan(lastDay: First);

        Assert.Equal(plan.FirstDay, plan.LastDay);
    }

    [Fact]
    public void A_last_day_before_the_first_is_refused_naming_the_last_day()
    {
        var ex = Assert.Throws<CertificationException>(() => Plan(lastDay: First.PlusDays(-1)));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
        Assert.Equal((nameof(AuditPlan), nameof(AuditPlan.LastDay), "2026-03-08"), (ex.EntityKind, ex.Member, ex.Value));
    }

    [Fact]
    public void The_lead_auditor_is_the_first_team_member_in_that_role()
    {
        var second = new AuditTeamMember(P("cy"), AuditRole.LeadAuditor);

        Assert.Equal(Lead, Plan(team: [Auditor, Lead, second]).LeadAuditor);
        Assert.Null(Plan(team: [Auditor, new AuditTeamMember(P("ed"), AuditRole.TechnicalExpert)]).LeadAuditor);
        Assert.Null(Plan(team: []).LeadAuditor);
    }

    [Fact]
    public void A_missing_team_member_is_refused_at_its_index()
    {
        var ex = Assert.Throws<CertificationException>(() => Plan(team: [Lead, null!]));

        Assert.Equal((CertificationErrorCodes.InvalidAuditPlan, "Team[1]"), (ex.Code, ex.Member));
    }

    [Theory]
    [InlineData(1, "")]
    [InlineData(2, "   ")]
    public void A_blank_site_is_refused_at_its_index(int index, string blank)
    {
        var sites = new[] { "Leeds", "York", "Hull" };
        sites[index] = blank;

        var ex = Assert.Throws<CertificationException>(() => Plan(sites: sites));

        Assert.Equal((CertificationErrorCodes.InvalidAuditPlan, $"Sites[{index}]"), (ex.Code, ex.Member));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_blank_process_is_refused_at_its_index(int index)
    {
        var processes = new[] { "Development", "Payroll" };
        processes[index] = " ";

        var ex = Assert.Throws<CertificationException>(() => Plan(processes: processes));

        Assert.Equal((CertificationErrorCodes.InvalidAuditPlan, $"Processes[{index}]"), (ex.Code, ex.Member));
    }

    [Fact]
    public void An_undefined_kind_or_theme_is_refused()
    {
        var kind = Assert.Throws<CertificationException>(() => Plan(kind: (AuditKind)99));
        var theme = Assert.Throws<CertificationException>(() => Plan(themes: [AnnexATheme.People, (AnnexATheme)7]));

        Assert.Equal((CertificationErrorCodes.InvalidAuditPlan, nameof(AuditPlan.Kind)), (kind.Code, kind.Member));
        Assert.Equal((CertificationErrorCodes.InvalidAuditPlan, nameof(AuditPlan.Themes)), (theme.Code, theme.Member));
    }

    [Fact]
    public void An_undefined_team_role_is_refused()
    {
        var ex = Assert.Throws<CertificationException>(() => new AuditTeamMember(P("ada"), (AuditRole)9));

        Assert.Equal((CertificationErrorCodes.InvalidAuditPlan, nameof(AuditTeamMember), nameof(AuditTeamMember.Role)), (ex.Code, ex.EntityKind, ex.Member));
    }

    [Fact]
    public void Two_plans_with_the_same_content_are_equal_and_any_difference_tells_them_apart()
    {
        Assert.Equal(Plan(), Plan());
        Assert.Equal(Plan().GetHashCode(), Plan().GetHashCode());
        Assert.Equal(Plan(clauses: [10, 9, 8, 7, 6, 5, 4]), Plan());
        Assert.NotEqual(Plan(sites: ["York"]), Plan());
        Assert.NotEqual(Plan(processes: ["Payroll"]), Plan());
        Assert.NotEqual(Plan(team: [Lead]), Plan());
        Assert.NotEqual(Plan(auditorDays: 8m), Plan());
        Assert.NotEqual(Plan(lastDay: First.PlusDays(3)), Plan());
        Assert.NotEqual(Plan(kind: AuditKind.Stage1), Plan());
    }

    [Fact]
    public void Null_lists_are_programming_errors_not_audit_plan_errors()
    {
        Assert.Throws<ArgumentNullException>(() => new AuditPlan(AuditKind.Stage2, First, First, null!, [4], [], ["Leeds"], ["Dev"], 1m));
        Assert.Throws<ArgumentNullException>(() => new AuditPlan(AuditKind.Stage2, First, First, [Lead], null!, [], ["Leeds"], ["Dev"], 1m));
        Assert.Throws<ArgumentNullException>(() => new AuditPlan(AuditKind.Stage2, First, First, [Lead], [4], null!, ["Leeds"], ["Dev"], 1m));
        Assert.Throws<ArgumentNullException>(() => new AuditPlan(AuditKind.Stage2, First, First, [Lead], [4], [], null!, ["Dev"], 1m));
        Assert.Throws<ArgumentNullException>(() => new AuditPlan(AuditKind.Stage2, First, First, [Lead], [4], [], ["Leeds"], null!, 1m));
    }
}
