using System.Text.Json;

namespace Isms.Cli.Tests;

/// <summary><c>isms risks</c>: the register scored, in every format, and bad usage.</summary>
public sealed class RisksVerbTests
{
    [Fact]
    public void Csv_has_the_documented_header_and_one_row_per_risk()
    {
        var result = CliRunner.InProcess("risks", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("id,title,owner,inherent,current,residual,treatment,status", result.OutLines[0]);
        Assert.True(result.OutLines.Length > 2);
        Assert.All(result.OutLines.Skip(1), line => Assert.Matches("(within appetite|accepted|needs treatment|not scored)$", line));
    }

    [Fact]
    public void Json_lists_each_risk_with_its_three_stages_status_findings_and_explanation()
    {
        var result = CliRunner.InProcess("risks", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var risks = doc.RootElement.GetProperty("risks");
        Assert.True(risks.GetArrayLength() > 1);
        foreach (var risk in risks.EnumerateArray())
        {
            foreach (var stage in new[] { "inherent", "current", "residual" })
            {
                Assert.InRange(risk.GetProperty(stage).GetProperty("level").GetInt32(), 1, 10);
            }

            Assert.True(risk.GetProperty("residual").GetProperty("level").GetInt32() <= risk.GetProperty("current").GetProperty("level").GetInt32());
            Assert.NotEqual(0, risk.GetProperty("explanation").GetArrayLength());
            Assert.Contains(risk.GetProperty("status").GetString(), new[] { "within appetite", "accepted", "needs treatment" });
            Assert.All(risk.GetProperty("findings").EnumerateArray(), f => Assert.Matches("^(Blocking|Major|Minor|Info)$", f.GetProperty("severity").GetString()!));
        }
    }

    [Fact]
    public void The_sample_register_shows_the_residual_the_owner_accepts_and_the_findings_on_it()
    {
        // R-07 is retained: the residual is the current High (L3 x C4), whose acceptance expired; R-12's acceptance is
        // of another cell (L2 x C4). R-03's planned controls bring it to Medium: it needs treatment but no acceptance.
        using var doc = JsonDocument.Parse(CliRunner.InProcess("risks", "--format", "json").Out);
        var risks = doc.RootElement.GetProperty("risks").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        string Residual(string id) => risks[id].GetProperty("residual").GetProperty("name").GetString()!;
        string[] Codes(string id) => [.. risks[id].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!)];

        Assert.Equal(("High", "needs treatment"), (Residual("R-07"), risks["R-07"].GetProperty("status").GetString()));
        Assert.Equal(["ISMS-RISK-104", "ISMS-RISK-117"], Codes("R-07"));
        Assert.Equal(["ISMS-RISK-108"], Codes("R-12"));
        Assert.Equal(("Medium", "needs treatment"), (Residual("R-03"), risks["R-03"].GetProperty("status").GetString()));
        Assert.Empty(Codes("R-03"));
    }

    [Fact]
    public void The_table_lists_each_finding_with_severity_code_and_clause_within_80_columns()
    {
        var result = CliRunner.InProcess("risks");

        Assert.Contains(result.OutLines, l => l.StartsWith("  MAJOR    ISMS-RISK-104 6.1.3 f   Risk R-07", StringComparison.Ordinal));
        Assert.All(result.OutLines.SkipWhile(l => !l.Contains("findings", StringComparison.Ordinal)), l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void Markdown_is_a_table_with_a_separator_row()
    {
        var result = CliRunner.InProcess("risks", "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("| id | title | owner |", result.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith("|---|", result.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_names_the_methodology_and_lists_findings_with_codes()
    {
        var result = CliRunner.InProcess("risks");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("appetite", result.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("INHERENT", result.Out, StringComparison.Ordinal);
        Assert.Matches("ISMS-RISK-1[0-9][0-9]", result.Out);
    }

    [Fact]
    public void A_file_argument_is_refused_with_exit_2_and_one_line_naming_it()
    {
        var result = CliRunner.InProcess("risks", "register.json");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.Contains("register.json", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.InProcess("risks", "--format", "xml").ExitCode);
    }
}
