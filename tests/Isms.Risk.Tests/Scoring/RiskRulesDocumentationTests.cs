using Isms.Risk.Scoring;
using Isms.Testing;

namespace Isms.Risk.Tests.Scoring;

/// <summary>docs/risk.md states each risk rule's code, severity and clause; the code makes every finding from the same
/// table (<see cref="RiskFindingRule"/>). They cannot drift apart.</summary>
public sealed class RiskRulesDocumentationTests
{
    private static readonly string[] Rows = File.ReadAllLines(Path.Combine(RepositoryLayout.Root.FullName, "docs", "risk.md"))
        .Where(l => l.StartsWith("| ISMS-RISK-1", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void The_documented_table_of_risk_findings_is_the_one_the_code_uses()
    {
        var documented = Rows.Select(l => l.Split('|', StringSplitOptions.TrimEntries)).Select(c => (c[1], c[2], c[3]));
        var used = RiskFindingRule.All.Select(r => (r.Code, r.Severity.ToString(), r.Reference));

        Assert.Equal(used, documented);
    }

    [Fact]
    public void Every_public_finding_code_has_a_rule_and_every_rule_a_public_code()
    {
        var constants = typeof(RiskFindingCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);

        Assert.Equal(constants, RiskFindingRule.All.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.Equal(RiskFindingRule.All.Length, RiskFindingRule.All.Select(r => r.Code).Distinct().Count());
    }
}
