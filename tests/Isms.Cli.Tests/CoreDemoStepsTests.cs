namespace Isms.Cli.Tests;

public sealed class CoreDemoStepsTests
{
    [Fact]
    public void The_demo_shows_profile_scope_soa_summary_and_readiness_within_80_columns()
    {
        var result = CliRunner.InProcess();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== The sample organisation: profile and scope (4.3) ==", result.Out, StringComparison.Ordinal);
        Assert.Contains("Helix Payments GmbH (Helix Pay), 180 persons", result.Out, StringComparison.Ordinal);
        Assert.Contains("== Statement of Applicability by theme (6.1.3 d) ==", result.Out, StringComparison.Ordinal);
        Assert.Contains("Undecided: 5.7, 8.23 (2 new in 2022)", result.Out, StringComparison.Ordinal);
        Assert.Contains("== Stage 1 readiness by clause (4-10, Annex A) ==", result.Out, StringComparison.Ordinal);
        var start = Array.FindIndex(result.OutLines, l => l.Contains("profile and scope", StringComparison.Ordinal));
        var end = Array.FindLastIndex(result.OutLines, l => l.Contains("RDY-", StringComparison.Ordinal));
        Assert.All(result.OutLines[start..end], l => Assert.True(l.Length <= 80, l));
    }
}
