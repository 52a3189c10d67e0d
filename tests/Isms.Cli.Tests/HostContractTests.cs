using System.Globalization;
using System.Text.Json;
using Isms.Cli.Hosting;

namespace Isms.Cli.Tests;

/// <summary>
/// The host's contract (docs/decisions/0005-hosts-on-system-commandline.md): exit codes 0/1/2, one plain line on stderr
/// for every usage error, <c>--help</c> per verb, the demo without arguments, <c>--version</c>, no response files, no
/// colour when redirected, completion. The error classes run through the real program, as a script sees them.
/// </summary>
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
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("no-such-verb", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Unknown_option_exits_2_with_one_line_naming_it()
    {
        var result = CliRunner.InProcess("demo", "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
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
        foreach (var verb in IsmsApp.Verbs)
        {
            Assert.Contains($"  {verb.Name} ", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_verb_answers_help_with_exit_0_its_usage_and_every_option_it_declares()
    {
        foreach (var verb in IsmsApp.Verbs)
        {
            // A sub-verb (oscal import) is typed as two words.
            var result = CliRunner.InProcess([.. verb.Name.Split(' '), "--help"]);

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith($"Usage: isms {verb.Usage}", result.Out, StringComparison.Ordinal);
            foreach (var option in verb.Options)
            {
                Assert.Contains(option.Name, verb.Usage, StringComparison.Ordinal);
                Assert.Contains($"  {option.Name}", result.Out, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("-?")]
    public void The_short_help_options_answer_too(string option)
    {
        var result = CliRunner.InProcess("simulate", option);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: isms simulate ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slash_h_is_a_file_name_not_help()
    {
        // System.CommandLine's default help option also answers /h and /?: paths on Unix.
        var result = CliRunner.InProcess("validate", "/h");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/h: no such file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_as_a_verb_shows_the_general_help_or_a_verbs()
    {
        Assert.Equal(CliRunner.InProcess("--help").Out, CliRunner.InProcess("help").Out);
        Assert.Equal(CliRunner.InProcess("simulate", "--help").Out, CliRunner.InProcess("help", "simulate").Out);
        Assert.Equal(2, CliRunner.InProcess("help", "frobnicate").ExitCode);
    }

    [Fact]
    public void Help_wins_over_a_missing_or_refused_value_but_not_over_an_unknown_verb_option_or_argument()
    {
        Assert.Equal(0, CliRunner.InProcess("audit-time", "--help").ExitCode);
        Assert.Equal(0, CliRunner.InProcess("validate", "--help").ExitCode);
        Assert.Equal(0, CliRunner.InProcess("simulate", "--format", "xml", "--help").ExitCode);

        Assert.Equal(2, CliRunner.InProcess("frobnicate", "--help").ExitCode);
        Assert.Equal(2, CliRunner.InProcess("simulate", "--bogus", "--help").ExitCode);
        Assert.Equal(2, CliRunner.InProcess("catalog", "extra", "--help").ExitCode);
    }

    [Fact]
    public void Version_prints_the_assembly_version_and_exits_0()
    {
        var result = CliRunner.Process("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(typeof(IsmsApp).Assembly.GetName().Version!.ToString(3), result.Out.Trim());
        Assert.Equal(string.Empty, result.Error);
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
        Assert.Single(unknown.ErrorLines);
    }

    /// <summary>Every class of parse error: exit 2, nothing on stdout, one line naming the culprit.</summary>
    [Theory]
    [InlineData("unknown verb, even with --help", "'frobnicate'", "frobnicate", "--help")]
    [InlineData("unknown option", "'--bogus'", "simulate", "--bogus")]
    [InlineData("unknown option, even with --help", "'--bogus'", "risks", "--bogus", "--help")]
    [InlineData("unknown option before a file", "'--bogus'", "validate", "--bogus", "x.json")]
    [InlineData("an option of another verb", "'--seed'", "readiness", "--seed", "1")]
    [InlineData("too many arguments", "'b.json'", "validate", "a.json", "b.json")]
    [InlineData("an argument for a verb that takes none", "'extra'", "catalog", "extra")]
    [InlineData("a flag given a value", "'yes'", "catalog", "--new=yes")]
    [InlineData("missing value", "--iterations", "simulate", "--iterations")]
    [InlineData("not a number", "'lots'", "simulate", "--iterations", "lots")]
    [InlineData("out of range", "'0'", "simulate", "--iterations", "0")]
    [InlineData("not one of the choices", "'xml'", "simulate", "--format", "xml")]
    [InlineData("given twice", "--format", "simulate", "--format", "json", "--format", "table")]
    [InlineData("required option missing", "--persons", "audit-time")]
    [InlineData("required argument missing", "FILE", "validate")]
    [InlineData("not a date", "'2026-02-30'", "readiness", "--as-of", "2026-02-30")]
    [InlineData("negative seed", "'-1'", "simulate", "--seed", "-1")]
    [InlineData("seed above 2^64-1", "'18446744073709551616'", "simulate", "--seed", "18446744073709551616")]
    [InlineData("an unknown directive", "'[diagram]'", "[diagram]", "simulate")]
    public void Every_parse_error_is_one_line_on_stderr_with_exit_2(string what, string named, params string[] args) =>
        AssertOneLineUsageError(what, named, CliRunner.InProcess(args));

    /// <summary>The classes of parse error the contract names, through the real program as a script sees them.</summary>
    [Theory]
    [InlineData("unknown verb, even with --help", "'frobnicate'", "frobnicate", "--help")]
    [InlineData("unknown option", "'--bogus'", "simulate", "--bogus")]
    [InlineData("missing value", "--iterations", "simulate", "--iterations")]
    [InlineData("bad value", "'lots'", "simulate", "--iterations", "lots")]
    [InlineData("too many arguments", "'b.json'", "validate", "a.json", "b.json")]
    [InlineData("required option missing", "--persons", "audit-time")]
    public void Every_parse_error_class_is_one_line_with_exit_2_from_the_real_program(string what, string named, params string[] args) =>
        AssertOneLineUsageError(what, named, CliRunner.Process(args));

    private static void AssertOneLineUsageError(string what, string named, CliResult result)
    {
        Assert.True(result.ExitCode == 2, $"{what}: exit {result.ExitCode}, stderr: {result.Error}");
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("isms: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_with_a_line_break_is_echoed_on_one_line()
    {
        var result = CliRunner.InProcess("readiness", "--as-of", "2026-01-01\nisms: forged line\u2028more");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("'2026-01-01\\nisms: forged line\\u2028more'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Response_files_are_off_so_an_at_sign_names_a_document()
    {
        // With response files on, '@x.json' would be replaced by the words of x.json: '--format json', and no FILE.
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.InProcess("init", folder.File("@x.json")).ExitCode);
        File.WriteAllText(folder.File("x.json"), "--format\njson\n");

        var result = CliRunner.Process(new ProcessSettings(WorkingDirectory: folder.Path), "validate", "@x.json");

        Assert.True(result.ExitCode is 0 or 1, result.Error);
        Assert.StartsWith("@x.json: valid isms document", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_dash_ends_the_options_so_a_file_may_start_with_a_dash()
    {
        var result = CliRunner.InProcess("validate", "--", "-odd-name.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("isms: -odd-name.json: no such file", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Redirected_output_has_no_colour_codes_even_without_NO_COLOR_on_a_colour_terminal()
    {
        var settings = new ProcessSettings(NoColor: false, Term: "xterm-256color");
        foreach (var args in new[] { Array.Empty<string>(), ["--help"], ["simulate", "--help"], ["frobnicate"], ["simulate", "--seed", "x"] })
        {
            var result = CliRunner.Process(settings, args);

            Assert.DoesNotContain('\u001b', result.Out);
            Assert.DoesNotContain('\u001b', result.Error);
        }
    }

    [Fact]
    public void Completion_through_the_suggest_directive_lists_the_verbs_then_a_verbs_choices()
    {
        var verbs = CliRunner.Process("[suggest:5]", "isms ");
        var formats = CliRunner.Process("[suggest:23]", "isms simulate --format ");

        Assert.Equal(0, verbs.ExitCode);
        foreach (var verb in IsmsApp.Verbs)
        {
            // A sub-verb (oscal import) is completed through its group (oscal).
            Assert.Contains(verb.Name.Split(' ')[0], verbs.OutLines);
        }

        Assert.DoesNotContain("help", verbs.OutLines);
        Assert.Equal(["json", "table"], formats.OutLines);
    }

    [Theory]
    [InlineData("readiness")]
    [InlineData("risks")]
    public void As_of_chooses_the_day_a_verb_evaluates_and_without_it_the_day_is_today(string verb)
    {
        var chosen = CliRunner.InProcess(verb, "--as-of", "2027-06-01", "--format", "json");
        var today = CliRunner.InProcess(verb, "--format", "json");

        using var chosenJson = JsonDocument.Parse(chosen.Out);
        using var todayJson = JsonDocument.Parse(today.Out);
        Assert.Equal("2027-06-01", chosenJson.RootElement.GetProperty("asOf").GetString());
        Assert.Equal("2026-11-28", todayJson.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void The_largest_seed_is_accepted_and_reproduces_its_run()
    {
        using var folder = new TempFolder();
        var csv = folder.File("s.csv");
        File.WriteAllText(csv, "A,Alice steals the data,0.1,100000,1000000\n");

        var a = CliRunner.InProcess("simulate", csv, "--iterations", "2000", "--seed", "18446744073709551615", "--format", "json");
        var b = CliRunner.InProcess("simulate", csv, "--iterations", "2000", "--seed", "18446744073709551615", "--format", "json");

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Out, b.Out);
        Assert.Equal(ulong.MaxValue, Seed(a.Out));
    }

    [Fact]
    public void Every_printed_seed_is_accepted_back_and_reproduces_the_run()
    {
        using var folder = new TempFolder();
        var csv = folder.File("s.csv");
        File.WriteAllText(csv, "A,Alice steals the data,0.1,100000,1000000\nB,Bob loses a laptop,0.5,1000,50000\n");

        for (var i = 0; i < 5; i++)
        {
            var fresh = CliRunner.InProcess("simulate", csv, "--iterations", "2000", "--format", "json");
            var seed = Seed(fresh.Out).ToString(CultureInfo.InvariantCulture);
            var again = CliRunner.InProcess("simulate", csv, "--iterations", "2000", "--seed", seed, "--format", "json");

            Assert.Equal(0, again.ExitCode);
            Assert.Equal(fresh.Out, again.Out);
        }
    }

    [Fact]
    public void Every_verb_and_demo_step_of_the_assembly_is_registered()
    {
        var types = typeof(IsmsApp).Assembly.GetTypes().Where(t => !t.IsAbstract).ToList();
        var verbs = types.Where(t => t.IsSubclassOf(typeof(Verb))).ToList();
        var steps = types.Where(t => t.IsSubclassOf(typeof(DemoStep))).ToList();

        Assert.All(verbs, t => Assert.True(IsmsApp.Verbs.Any(v => v.GetType() == t), $"{t.Name} is not in IsmsApp's list of verbs"));
        Assert.All(steps, t => Assert.True(DemoStep.All.Any(s => s.GetType() == t), $"{t.Name} is not in DemoStep.All"));
        Assert.Equal(IsmsApp.Verbs.Count, IsmsApp.Verbs.Select(v => v.Name).Distinct().Count());
    }

    [Fact]
    public void The_general_help_and_every_verbs_help_fit_80_columns_below_the_usage_line()
    {
        var texts = new[] { CliRunner.InProcess("--help").Out }
            .Concat(IsmsApp.Verbs.Select(v => CliRunner.InProcess(v.Name, "--help").Out));
        foreach (var text in texts)
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith("Usage: ", StringComparison.Ordinal));
            Assert.All(lines, l => Assert.True(l.Length <= 80, $"wider than 80 columns: {l}"));
        }
    }

    private static ulong Seed(string json)
    {
        using var document = JsonDocument.Parse(json);
        var seed = document.RootElement.GetProperty("seed");
        return seed.ValueKind == JsonValueKind.String
            ? ulong.Parse(seed.GetString()!, CultureInfo.InvariantCulture)
            : seed.GetUInt64();
    }
}
