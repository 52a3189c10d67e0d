using System.Text.Json;

namespace Isms.Cli.Tests;

/// <summary><c>isms audit-time</c>: ISO/IEC 27006 audit time.</summary>
public sealed class AuditTimeVerbTests
{
    [Fact]
    public void Plain_format_prints_only_the_number_of_auditor_days()
    {
        var result = CliRunner.InProcess("audit-time", "--persons", "50", "--format", "plain");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("10", Assert.Single(result.OutLines));
    }

    [Theory]
    [InlineData("initial", "14")]
    [InlineData("surveillance", "4.5")]
    [InlineData("recertification", "9.5")]
    public void The_audit_option_picks_initial_surveillance_or_recertification_time(string audit, string expected)
    {
        var result = CliRunner.InProcess("audit-time", "--persons", "180", "--audit", audit, "--format", "plain");

        Assert.Equal(expected, result.Out.Trim());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Zero_or_negative_persons_exit_2_with_one_line_naming_the_option(string persons)
    {
        var result = CliRunner.InProcess("audit-time", "--persons", persons, "--format", "plain");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.Contains("--persons", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Missing_persons_is_a_usage_error()
    {
        var result = CliRunner.InProcess("audit-time");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--persons", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_carries_every_figure_and_the_multi_site_sample()
    {
        var result = CliRunner.InProcess("audit-time", "--persons", "180", "--sites", "16", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(14m, root.GetProperty("auditorDays").GetDecimal());
        Assert.Equal(4m, root.GetProperty("stage1Days").GetDecimal());
        Assert.Equal(10m, root.GetProperty("stage2Days").GetDecimal());
        Assert.Equal(4, root.GetProperty("sampling").GetProperty("sampleSize").GetInt32());
        Assert.Contains("27006", root.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Complexity_options_change_the_time()
    {
        var low = CliRunner.InProcess("audit-time", "--persons", "180", "--business", "low", "--it", "low", "--format", "plain");

        Assert.Equal("10", low.Out.Trim());
    }

    [Fact]
    public void Table_format_shows_the_breakdown_and_the_source_in_80_columns()
    {
        var result = CliRunner.InProcess("audit-time", "--persons", "180");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Stage 1 4, Stage 2 10", result.Out, StringComparison.Ordinal);
        Assert.Contains("Source: ISO/IEC 27006", result.Out, StringComparison.Ordinal);
        Assert.All(result.OutLines, line => Assert.True(line.Length <= 80, line));
    }
}
