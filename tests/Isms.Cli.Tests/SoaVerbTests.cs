namespace Isms.Cli.Tests;

public sealed class SoaVerbTests
{
    [Fact]
    public void Soa_csv_has_the_header_and_one_row_per_annex_a_control()
    {
        var result = CliRunner.InProcess("soa", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal("id,title,applicable,reasons,exclusion_justification,status,applied_controls,evidence", lines[0]);
        Assert.Equal(94, lines.Length);
        Assert.StartsWith("5.1,Policies for information security,yes,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("8.34,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Soa_csv_shows_exclusions_with_their_justification_and_undecided_controls()
    {
        var lines = CliRunner.InProcess("soa", "--format", "csv").OutLines;
        var excluded = Assert.Single(lines, l => l.StartsWith("8.30,", StringComparison.Ordinal));
        Assert.Contains(",no,", excluded, StringComparison.Ordinal);
        Assert.Contains("ActivityNotPerformed:", excluded, StringComparison.Ordinal);
        Assert.StartsWith("5.7,Threat intelligence,undecided", Assert.Single(lines, l => l.StartsWith("5.7,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Soa_csv_quotes_fields_containing_commas()
    {
        var row = Assert.Single(CliRunner.InProcess("soa", "--format", "csv").OutLines, l => l.StartsWith("5.10,", StringComparison.Ordinal));
        Assert.StartsWith("5.10,Acceptable use of information and other associated assets,yes", row, StringComparison.Ordinal);
        var risk = Assert.Single(CliRunner.InProcess("soa", "--format", "csv").OutLines, l => l.StartsWith("5.15,", StringComparison.Ordinal));
        Assert.Contains("\"RiskTreatment (R-02, R-08, R-12)\"", risk, StringComparison.Ordinal);
    }

    [Fact]
    public void Soa_markdown_is_a_table_with_93_rows()
    {
        var lines = CliRunner.InProcess("soa", "--format", "md").OutLines;
        Assert.Equal(95, lines.Count(l => l.StartsWith('|')));
    }

    [Fact]
    public void Soa_table_fits_80_columns_and_summarises()
    {
        var result = CliRunner.InProcess("soa");
        Assert.All(result.OutLines, l => Assert.True(l.Length <= 80, l));
        Assert.Contains("89 applicable, 2 excluded, 2 undecided of 93 controls.", result.Out, StringComparison.Ordinal);
    }
}
