using Isms.Core;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using Isms.Core.Tests.TestData;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Risk.Tests.Scoring;

/// <summary>
/// The readiness analysis with Isms.Risk's risk rules: it reports exactly the findings of <see cref="RegisterScorer"/>
/// (TestIsms.Today is 2026-11-28; the appetite is Medium; ReadyIsms' risk R1 is owned by the CISO).
/// </summary>
public sealed class RiskEvaluationRuleTests
{
    private static readonly ReadinessAnalyzer Analyzer = ReadinessAnalyzer.Default.WithRule(new RiskEvaluationRule());

    private static ReadinessReport Analyze(InformationSecurityManagementSystem isms) => Analyzer.Analyze(isms, TestIsms.Today);

    private static InformationSecurityManagementSystem WithRisk(Func<RiskScenario, RiskScenario> change)
    {
        var builder = ReadyIsms.Builder();
        builder.Risks = builder.Risks.Replace(change(builder.Risks[0]));
        return builder.Build();
    }

    private static RiskScenario Accepted(RiskScenario risk, RiskAssessment assessment, LocalDate? expires, PersonId? by = null, LocalDate? on = null) => risk with
    {
        Current = assessment,
        Acceptance = new RiskAcceptance
        {
            AcceptedBy = by ?? risk.Owner,
            AcceptedOn = on ?? TestIsms.Today.PlusMonths(-1),
            Rationale = "Within budget",
            ExpiresOn = expires,
            AcceptedAssessment = assessment,
        },
    };

    private static IEnumerable<string> RiskCodes(ReadinessReport report) =>
        report.Findings.Where(f => f.Code.StartsWith("ISMS-RISK-", StringComparison.Ordinal)).Select(f => f.Code);

    [Fact]
    public void A_complete_isms_has_no_finding_above_info_with_the_risk_rules_either()
    {
        var report = Analyze(ReadyIsms.Create());

        Assert.Empty(report.Findings.Where(f => f.Severity != ReadinessSeverity.Info).Select(f => f.ToString()));
        Assert.All(report.Sections, s => Assert.Equal(ReadinessStatus.Ready, s.Status));
    }

    [Fact]
    public void The_rule_reports_the_register_scorers_findings_unchanged()
    {
        var isms = WithRisk(r => Accepted(r, TestIsms.Assessment(4, 4), TestIsms.Today.PlusDays(-1), by: TestIsms.Cto) with { Residual = TestIsms.Assessment(5, 4) });

        var fromScorer = RegisterScorer.Score(isms, TestIsms.Today).Findings.Select(f => f.ToReadinessFinding()).ToList();
        var fromReadiness = Analyze(isms).Findings.Where(f => f.Code.StartsWith("ISMS-", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(fromScorer);
        Assert.Equal(fromScorer.OrderBy(f => f.Code, StringComparer.Ordinal), fromReadiness.OrderBy(f => f.Code, StringComparer.Ordinal));
    }

    [Fact]
    public void A_residual_risk_above_the_acceptance_level_needs_its_owners_acceptance()
    {
        var finding = Assert.Single(Analyze(WithRisk(r => r with { Current = TestIsms.Assessment(4, 4) })).Findings, f => f.Code == RiskFindingCodes.ResidualAboveAppetiteNotAccepted);

        Assert.Equal((ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f"), (finding.Severity, finding.Section, finding.Reference));
        Assert.Contains("High (L4 x C4)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Chris Ciso", finding.Message, StringComparison.Ordinal);
        Assert.Equal([new EntityReference("Risk", "R1"), new EntityReference("Person", "ciso")], finding.Entities);
    }

    [Fact]
    public void A_valid_acceptance_by_the_owner_of_the_residual_cell_satisfies_the_acceptance_rule()
    {
        var report = Analyze(WithRisk(r => Accepted(r, TestIsms.Assessment(4, 4), TestIsms.Today.PlusMonths(6))));

        Assert.Empty(report.Findings.Where(f => f.Severity != ReadinessSeverity.Info));
    }

    [Theory]
    [InlineData(-1, true)] // expired yesterday
    [InlineData(0, false)] // expires today: in force
    public void An_expired_acceptance_is_reported(int expiresInDays, bool reported)
    {
        var report = Analyze(WithRisk(r => Accepted(r, TestIsms.Assessment(4, 4), TestIsms.Today.PlusDays(expiresInDays))));

        Assert.Equal(reported, RiskCodes(report).Contains(RiskFindingCodes.AcceptanceExpired));
    }

    [Fact]
    public void An_acceptance_of_another_assessment_than_the_residual_no_longer_counts()
    {
        // Accepted 4x4 (the current cell); the residual was then assessed at 4x3, still High.
        var report = Analyze(WithRisk(r => Accepted(r, TestIsms.Assessment(4, 4), null) with { Residual = TestIsms.Assessment(4, 3) }));

        Assert.Equal([RiskFindingCodes.AcceptanceDoesNotMatch], RiskCodes(report));
    }

    [Fact]
    public void An_acceptance_by_someone_other_than_the_owner_is_a_major_finding_naming_who_accepted()
    {
        var finding = Assert.Single(Analyze(WithRisk(r => Accepted(r, TestIsms.Assessment(4, 4), TestIsms.Today.PlusMonths(6), by: TestIsms.Cto))).Findings, f => f.Code == RiskFindingCodes.AcceptanceNotByOwner);

        Assert.Equal(ReadinessSeverity.Major, finding.Severity);
        Assert.Contains("accepted by Tara Cto, not by the risk owner Chris Ciso", finding.Message, StringComparison.Ordinal);
        Assert.Contains(new EntityReference("Person", "cto"), finding.Entities);
    }

    [Fact]
    public void An_acceptance_dated_after_the_analysis_date_is_reported()
    {
        var report = Analyze(WithRisk(r => Accepted(r, TestIsms.Assessment(4, 4), TestIsms.Today.PlusYears(1), on: TestIsms.Today.PlusDays(1))));

        Assert.Equal([RiskFindingCodes.AcceptanceNotYetValid], RiskCodes(report));
    }

    [Fact]
    public void The_Core_only_analysis_checks_the_register_as_recorded_but_not_the_levels()
    {
        var isms = WithRisk(r => r with { Current = TestIsms.Assessment(4, 4) });

        Assert.DoesNotContain(ReadinessAnalyzer.Default.Analyze(isms, TestIsms.Today).Findings, f => f.Code.StartsWith("ISMS-RISK-", StringComparison.Ordinal));
        Assert.Contains(Analyze(isms).Findings, f => f.Code == RiskFindingCodes.ResidualAboveAppetiteNotAccepted);
    }

    [Fact]
    public void The_rule_uses_the_analysis_date()
    {
        var isms = WithRisk(r => Accepted(r, TestIsms.Assessment(4, 4), new LocalDate(2027, 3, 31)));

        Assert.DoesNotContain(RiskFindingCodes.AcceptanceExpired, RiskCodes(Analyzer.Analyze(isms, new LocalDate(2027, 3, 31))));
        Assert.Contains(RiskFindingCodes.AcceptanceExpired, RiskCodes(Analyzer.Analyze(isms, new LocalDate(2027, 4, 1))));
    }
}
