namespace Isms.Cli.Tests;

/// <summary>The host's contract (DESIGN.md section 6): exit codes and one-line errors.</summary>
public sealed class HostContractTests
{
    [Fact]
    public void No_arguments_runs_the_demo_and_exits_0()
    {
        var result = CliRunner.InProcess();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ISO/IEC 27001", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Unknown_verb_exits_2_with_one_line_naming_it()
    {
        var result = CliRunner.InProcess("no-such-verb");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.Contains("no-such-verb", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Unknown_option_exits_2_with_one_line_naming_it()
    {
        var result = CliRunner.InProcess("demo", "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.Contains("--no-such-option", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_leading_option_exits_2()
    {
        var result = CliRunner.InProcess("--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0_and_lists_every_verb()
    {
        var result = CliRunner.InProcess("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in Hosting.IsmsApp.Verbs)
        {
            Assert.Contains(verb.Name, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_verb_answers_help_with_exit_0_and_its_usage()
    {
        foreach (var verb in Hosting.IsmsApp.Verbs)
        {
            var result = CliRunner.InProcess(verb.Name, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith($"Usage: isms {verb.Usage}", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_real_program_exits_0_for_the_demo_and_2_for_an_unknown_verb_without_a_stack_trace()
    {
        var demo = CliRunner.Process();
        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("ISO/IEC 27001", demo.Out, StringComparison.Ordinal);

        var unknown = CliRunner.Process("frobnicate");
        Assert.Equal(2, unknown.ExitCode);
        Assert.DoesNotContain("   at ", unknown.Error, StringComparison.Ordinal);
        Assert.Single(unknown.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }
}
