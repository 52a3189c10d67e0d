using System.Text.Json;

namespace Isms.Cli.Tests;

public sealed class ReadinessVerbTests
{
    [Fact]
    public void Readiness_exits_1_because_the_sample_has_blocking_findings()
    {
        var result = CliRunner.InProcess("readiness");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NOT READY", result.Out, StringComparison.Ordinal);
        Assert.Contains("RDY-SOA-002", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Readiness_table_groups_findings_under_each_clause_heading()
    {
        var lines = CliRunner.InProcess("readiness").OutLines;
        var planning = Array.IndexOf(lines, "6 Planning");
        var annex = Array.IndexOf(lines, "Annex A");
        Assert.True(planning > 0 && annex > planning);
        Assert.Contains(lines[(planning + 1)..annex], l => l.Contains("RDY-RSK-", StringComparison.Ordinal));
        Assert.Contains(lines[annex..], l => l.Contains("RDY-SOA-002", StringComparison.Ordinal));
    }

    [Fact]
    public void Readiness_table_fits_80_columns()
    {
        Assert.All(CliRunner.InProcess("readiness").OutLines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void Readiness_json_is_valid_and_lists_findings_with_code_severity_section_and_entities()
    {
        var result = CliRunner.InProcess("readiness", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal("Helix Payments GmbH", root.GetProperty("organisation").GetString());
        Assert.Equal("2026-11-28", root.GetProperty("asOf").GetString());
        Assert.True(root.GetProperty("hasBlocking").GetBoolean());
        Assert.Equal(8, root.GetProperty("sections").GetArrayLength());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("counts").EnumerateObject().Sum(p => p.Value.GetInt32()), findings.Count);
        var owner = Assert.Single(findings, f => f.GetProperty("code").GetString() == "RDY-RSK-002");
        Assert.Equal("Major", owner.GetProperty("severity").GetString());
        Assert.Equal("6", owner.GetProperty("section").GetString());
        Assert.Contains(owner.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "R-11");
    }

    [Fact]
    public void Readiness_rejects_an_unknown_format_with_exit_2()
    {
        Assert.Equal(2, CliRunner.InProcess("readiness", "--format", "xml").ExitCode);
    }
}
