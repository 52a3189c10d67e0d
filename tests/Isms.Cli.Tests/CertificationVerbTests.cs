namespace Isms.Cli.Tests;

/// <summary><c>isms certification</c>: the sample cycle and the state graph.</summary>
public sealed class CertificationVerbTests
{
    [Fact]
    public void The_walk_prints_each_step_with_state_date_and_what_is_due_next()
    {
        var result = CliRunner.InProcess("certification");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2024-02-29  certification granted", result.Out, StringComparison.Ordinal);
        Assert.Contains("next: surveillance audit by 2025-02-28 (standard)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Grant blocked: no major nonconformity is open", result.Out, StringComparison.Ordinal);
        Assert.Contains("RecertificationDecisionPending", result.Out, StringComparison.Ordinal);
        Assert.Contains("valid to 2030-02-28", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void The_walk_fits_80_columns()
    {
        var result = CliRunner.InProcess("certification");

        Assert.All(result.OutLines, line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void Graph_mermaid_prints_a_state_diagram()
    {
        var result = CliRunner.InProcess("certification", "--graph", "mermaid");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("stateDiagram-v2", result.Out, StringComparison.Ordinal);
        Assert.Contains("Suspended", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_dot_prints_a_digraph()
    {
        var result = CliRunner.InProcess("certification", "--graph", "dot");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("digraph", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_graph_format_exits_2()
    {
        var result = CliRunner.InProcess("certification", "--graph", "png");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--graph", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_includes_the_certification_cycle()
    {
        var result = CliRunner.InProcess();

        Assert.Contains("Certification: application to recertification", result.Out, StringComparison.Ordinal);
        Assert.Contains("certification granted", result.Out, StringComparison.Ordinal);
    }
}
