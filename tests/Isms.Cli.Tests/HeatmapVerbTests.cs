namespace Isms.Cli.Tests;

/// <summary><c>isms heatmap</c>: the matrix with counts per cell.</summary>
public sealed class HeatmapVerbTests
{
    [Fact]
    public void By_default_it_draws_the_inherent_and_the_residual_maps()
    {
        var result = CliRunner.InProcess("heatmap");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Inherent risk (", result.Out, StringComparison.Ordinal);
        Assert.Contains("Residual risk (", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Current risk (", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_counts_of_each_map_add_up_to_the_number_of_risks()
    {
        var risks = CliRunner.InProcess("risks", "--format", "csv").OutLines.Length - 1;
        var result = CliRunner.InProcess("heatmap", "--stage", "current");

        var header = result.OutLines[0];
        Assert.Contains($"({risks} risks)", header, StringComparison.Ordinal);
        var counts = result.OutLines.Skip(2).TakeWhile(l => l.Length > 0)
            .SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l, @"\S+ (\d+|\.)(?=\s|$)").Select(m => m.Groups[1].Value))
            .Where(v => v != ".")
            .Sum(int.Parse);
        Assert.Equal(risks, counts);
    }

    [Fact]
    public void All_stages_can_be_drawn()
    {
        var result = CliRunner.InProcess("heatmap", "--stage", "all");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Current risk (", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_argument_is_refused_with_exit_2()
    {
        Assert.Equal(2, CliRunner.InProcess("heatmap", "org.json").ExitCode);
    }

    [Fact]
    public void The_demo_shows_the_scored_register_and_the_residual_heat_map_within_80_columns()
    {
        var result = CliRunner.InProcess("demo");

        var start = Array.FindIndex(result.OutLines, l => l.Contains("Risk assessment and treatment", StringComparison.Ordinal));
        Assert.True(start >= 0);
        var step = result.OutLines.Skip(start + 1).TakeWhile(l => !l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        Assert.Contains(step, l => l.Contains("Residual risk (", StringComparison.Ordinal));
        Assert.All(step, l => Assert.True(l.Length <= 80, $"too wide: {l}"));
    }
}
