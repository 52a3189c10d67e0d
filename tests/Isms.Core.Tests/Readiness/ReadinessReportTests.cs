using Isms.Core.Readiness;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Readiness;

/// <summary>
/// What a reader of the readiness report relies on: findings in section, severity and code order, per-section counts
/// and status, the overall status, the section titles, and the built-in rules' names.
/// </summary>
public sealed class ReadinessReportTests
{
    private sealed class FixedRule(params ReadinessFinding[] findings) : IReadinessRule
    {
        public string Name => "fixed";

        public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context) => findings;
    }

    private static ReadinessFinding F(string code, ReadinessSeverity severity, ReadinessSection section) => new(code, severity, section, "x", "message");

    private static ReadinessReport Report(params ReadinessFinding[] findings) =>
        new ReadinessAnalyzer([new FixedRule(findings)]).Analyze(ReadyIsms.Create(), TestIsms.Today);

    [Fact]
    public void Findings_are_ordered_by_section_then_severity_then_code()
    {
        var report = Report(
            F("RDY-B", ReadinessSeverity.Minor, ReadinessSection.Planning),
            F("RDY-Z", ReadinessSeverity.Info, ReadinessSection.Context),
            F("RDY-A", ReadinessSeverity.Minor, ReadinessSection.Planning),
            F("RDY-C", ReadinessSeverity.Blocking, ReadinessSection.Planning),
            F("RDY-Y", ReadinessSeverity.Major, ReadinessSection.AnnexA));

        Assert.Equal(["RDY-Z", "RDY-C", "RDY-A", "RDY-B", "RDY-Y"], report.Findings.Select(f => f.Code));
        Assert.Equal(TestIsms.Today, report.AsOf);
    }

    [Fact]
    public void Each_section_counts_its_findings_by_severity_and_the_worst_section_sets_the_status()
    {
        var report = Report(
            F("RDY-1", ReadinessSeverity.Blocking, ReadinessSection.Planning),
            F("RDY-2", ReadinessSeverity.Major, ReadinessSection.Planning),
            F("RDY-3", ReadinessSeverity.Major, ReadinessSection.Planning),
            F("RDY-4", ReadinessSeverity.Minor, ReadinessSection.Support),
            F("RDY-5", ReadinessSeverity.Info, ReadinessSection.Support),
            F("RDY-6", ReadinessSeverity.Info, ReadinessSection.Support),
            F("RDY-7", ReadinessSeverity.Info, ReadinessSection.Context));

        Assert.Equal(ReadinessSections.All, report.Sections.Select(s => s.Section));
        Assert.Equal(new ReadinessSectionSummary(ReadinessSection.Planning, 1, 2, 0, 0), report.SummaryOf(ReadinessSection.Planning));
        Assert.Equal(new ReadinessSectionSummary(ReadinessSection.Support, 0, 0, 1, 2), report.SummaryOf(ReadinessSection.Support));
        Assert.Equal(
            [ReadinessStatus.Ready, ReadinessStatus.Ready, ReadinessStatus.NotReady, ReadinessStatus.Gaps],
            new[] { ReadinessSection.Context, ReadinessSection.Leadership, ReadinessSection.Planning, ReadinessSection.Support }.Select(s => report.SummaryOf(s).Status));
        Assert.Equal(ReadinessStatus.NotReady, report.Status);
        Assert.True(report.HasBlocking);
        Assert.Equal((1, 2, 1, 3), (report.Count(ReadinessSeverity.Blocking), report.Count(ReadinessSeverity.Major), report.Count(ReadinessSeverity.Minor), report.Count(ReadinessSeverity.Info)));
        Assert.Equal(["RDY-4", "RDY-5", "RDY-6"], report.In(ReadinessSection.Support).Select(f => f.Code));
    }

    [Fact]
    public void Gaps_without_a_blocking_finding_leave_the_isms_with_gaps_and_info_alone_leaves_it_ready()
    {
        var gaps = Report(F("RDY-1", ReadinessSeverity.Minor, ReadinessSection.Support), F("RDY-2", ReadinessSeverity.Info, ReadinessSection.Context));
        var ready = Report(F("RDY-2", ReadinessSeverity.Info, ReadinessSection.Context));

        Assert.Equal((ReadinessStatus.Gaps, false), (gaps.Status, gaps.HasBlocking));
        Assert.Equal((ReadinessStatus.Ready, false), (ready.Status, ready.HasBlocking));
    }

    [Fact]
    public void Sections_are_titled_as_the_standards_clauses()
    {
        Assert.Equal(
            ["4 Context of the organisation", "5 Leadership", "6 Planning", "7 Support", "8 Operation", "9 Performance evaluation", "10 Improvement", "Annex A"],
            ReadinessSections.All.Select(ReadinessSections.Title));
        Assert.Equal("5 Leadership", new ReadinessSectionSummary(ReadinessSection.Leadership, 0, 0, 0, 0).Title);
    }

    [Fact]
    public void Each_built_in_rule_has_its_own_name()
    {
        var names = ReadinessAnalyzer.BuiltInRules.Select(r => r.Name).ToList();

        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("Statement of Applicability", names);
        Assert.Contains("Mandatory documented information", names);
    }

    [Fact]
    public void A_date_is_within_a_period_before_the_analysis_including_both_ends()
    {
        var context = new ReadinessContext(ReadyIsms.Create(), TestIsms.Today);
        var year = NodaTime.Period.FromMonths(12);

        Assert.True(context.IsWithin(TestIsms.Today, year));
        Assert.True(context.IsWithin(TestIsms.Today.PlusMonths(-12), year));
        Assert.False(context.IsWithin(TestIsms.Today.PlusMonths(-12).PlusDays(-1), year));
        Assert.False(context.IsWithin(TestIsms.Today.PlusDays(1), year));
    }

    [Theory]
    [InlineData("code")]
    [InlineData("reference")]
    [InlineData("message")]
    public void A_finding_from_a_vendor_rule_needs_a_code_a_reference_and_a_message(string blank)
    {
        var error = Assert.Throws<IsmsException>(() => new ReadinessFinding(
            blank == "code" ? " " : "VND-001", ReadinessSeverity.Minor, ReadinessSection.Support, blank == "reference" ? "" : "7.2", blank == "message" ? " " : "text"));

        Assert.Equal((IsmsErrorCodes.RequiredText, "ReadinessFinding", char.ToUpperInvariant(blank[0]) + blank[1..]), (error.Code, error.Error.EntityKind, error.Member));
    }

    [Fact]
    public void An_entity_reference_names_the_kind_without_the_id_suffix()
    {
        Assert.Equal(new EntityReference("Risk", "R1"), EntityReference.To(new RiskId("R1")));
        Assert.Equal("Risk:R1", EntityReference.To(new RiskId("R1")).ToString());
        Assert.Equal(new EntityReference("Control", "5.1"), EntityReference.To(new Isms.Core.Catalogs.ControlId("5.1")));
    }
}
