using System.CommandLine;
using System.Globalization;
using FsCheck.Xunit;
using Isms.Samples.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Isms.Cli.Tests;

/// <summary>
/// The command-line layer both hosts share (samples/Shared/CommandLine): sub-verbs as later issues add them
/// (<c>isms oscal export</c>), the typed option values, and the one set of value parsers.
/// </summary>
public sealed class CommandLineLayerTests
{
    private static readonly CommandLineHost<TestVerb> Host = new(
        new CommandLineProgram("tool", "tool - a host of sub-verbs", "9.9.9"),
        [
            new TestVerb("oscal export", [CliArguments.File("FILE", "An isms document")],
                [CliOptions.Choice("--model", "The OSCAL model", ["catalog", "profile", "ssp"], helpName: "MODEL"), CliOptions.Out(required: true)]),
            new TestVerb("oscal import", [CliArguments.File("CATALOG.json", "An OSCAL catalog", required: true)], []),
            new TestVerb("seed", [], [CliOptions.WholeNumber("--tenants", "N", "Organisations to generate", min: 1, required: true), CliOptions.Seed(), CliOptions.Force("Replace existing tenants")]),
            new TestVerb("evidence", [], [CliOptions.AsOf(), CliOptions.Format("table", "json", "csv")]),
        ]);

    private static (int Code, string Out, string Error, ParsedArguments? Args) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        ParsedArguments? seen = null;
        var code = Host.Run(args, output, error, (verb, parsed) =>
        {
            seen = parsed;
            output.WriteLine($"ran {verb.Name}");
            return ExitCodes.Success;
        });
        return (code, output.ToString(), error.ToString(), seen);
    }

    [Fact]
    public void A_sub_verb_runs_with_its_own_arguments_and_options()
    {
        var (code, output, error, args) = Run("oscal", "export", "org.json", "--model", "SSP", "--out", "ssp.json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal("ran oscal export" + Environment.NewLine, output);
        Assert.Equal(["org.json"], args!.Positionals);
        Assert.Equal("ssp", args.Get("model"));
        Assert.Equal("ssp.json", args.Get("--out"));
        Assert.True(args.Has("out"));
    }

    [Fact]
    public void A_group_without_its_sub_verb_is_a_usage_error_and_its_help_lists_the_sub_verbs()
    {
        var bare = Run("oscal");
        var unknown = Run("oscal", "exprot");
        var help = Run("oscal", "--help");

        Assert.Equal(2, bare.Code);
        Assert.Equal("tool: 'oscal' needs a verb: export, import (see 'tool oscal --help')" + Environment.NewLine, bare.Error);
        Assert.Equal(2, unknown.Code);
        Assert.Equal("tool: unknown verb 'exprot' for 'oscal' (verbs: export, import)" + Environment.NewLine, unknown.Error);
        Assert.Equal(0, help.Code);
        Assert.Contains("  export ", help.Out, StringComparison.Ordinal);
        Assert.Contains("  import ", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_general_help_lists_sub_verbs_by_their_full_name_and_a_sub_verbs_help_shows_its_usage()
    {
        var general = Run("--help");
        var export = Run("oscal", "export", "--help");

        Assert.Contains("  oscal export ", general.Out, StringComparison.Ordinal);
        Assert.Contains("  oscal import ", general.Out, StringComparison.Ordinal);
        Assert.StartsWith("Usage: tool oscal export [FILE] [--model MODEL] --out PATH", export.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_options_and_arguments_are_named_when_missing()
    {
        Assert.Equal("tool: option --out is required for 'oscal export' (see 'tool oscal export --help')" + Environment.NewLine, Run("oscal", "export").Error);
        Assert.Equal("tool: oscal import needs a CATALOG.json (see 'tool oscal import --help')" + Environment.NewLine, Run("oscal", "import").Error);
        Assert.Equal("tool: option --tenants is required for 'seed' (see 'tool seed --help')" + Environment.NewLine, Run("seed").Error);
    }

    [Fact]
    public void Typed_values_reach_the_verb_parsed_once()
    {
        var seed = Run("seed", "--tenants", "100000", "--seed", "18446744073709551615", "--force").Args!;
        var evidence = Run("evidence", "--as-of", "2028-02-29", "--format", "CSV").Args!;

        Assert.Equal(100_000, seed.GetInt("tenants", 0));
        Assert.Equal(ulong.MaxValue, seed.GetValue((Option<ulong?>)Host.Verbs.Single(v => v.Name == "seed").Options[1]));
        Assert.True(seed.Has("force"));
        Assert.Equal(new LocalDate(2028, 2, 29), evidence.AsOf(new NodaTime.Testing.FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0))));
        Assert.Equal("csv", evidence.Get("format"));
    }

    [Fact]
    public void Without_as_of_the_day_is_today_in_UTC_by_the_clock()
    {
        var args = Run("evidence").Args!;

        Assert.Equal(new LocalDate(2026, 11, 28), args.AsOf(new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 28, 23, 59))));
        Assert.Null(args.Get("format"));
        Assert.Equal("table", args.Get("format", "table"));
        Assert.False(args.Has("as-of"));
    }

    [Fact]
    public void Asking_for_an_option_a_verb_does_not_declare_is_a_programming_error()
    {
        var args = Run("evidence").Args!;

        Assert.False(args.Declares("seed"));
        Assert.Throws<InvalidOperationException>(() => args.Get("seed"));
    }

    [Fact]
    public void Two_verbs_with_one_name_are_refused_when_the_host_is_built()
    {
        Assert.Throws<InvalidOperationException>(() => new CommandLineHost<TestVerb>(
            new CommandLineProgram("tool", "tool", "1"), [new TestVerb("a", [], []), new TestVerb("a", [], [])]));
    }

    [Fact]
    public void A_verb_that_throws_is_one_line_with_exit_2_and_never_a_stack_trace()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var usage = Host.Run(["evidence"], output, error, (_, _) => throw new UsageException("FILE: no such file"));
        var bug = Host.Run(["evidence"], output, error, (_, _) => throw new InvalidOperationException("first line\nsecond line"));

        Assert.Equal(2, usage);
        Assert.Equal(2, bug);
        Assert.Equal(
            "tool: FILE: no such file" + Environment.NewLine + "tool: InvalidOperationException: first line second line" + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void Only_the_verb_a_command_line_names_is_declared_so_start_up_does_not_grow_with_the_verbs()
    {
        var costly = new CountingVerb("costly");
        var used = new CountingVerb("used");
        var host = new CommandLineHost<VerbDefinition>(new CommandLineProgram("tool", "tool", "1"), [costly, used]);

        var code = host.Run(["used", "--flag"], TextWriter.Null, TextWriter.Null, (_, _) => 0);
        host.Run(["--help"], TextWriter.Null, TextWriter.Null, (_, _) => 0);

        Assert.Equal(0, code);
        Assert.Equal(1, used.Declarations);
        Assert.Equal(0, costly.Declarations);
        host.Run(["[suggest:5]", "tool "], TextWriter.Null, TextWriter.Null, (_, _) => 0);
        Assert.Equal(1, costly.Declarations);
    }

    [Property(MaxTest = 500)]
    public void Every_seed_from_0_to_2_pow_64_minus_1_reads_back(ulong seed)
    {
        Assert.True(OptionValues.TryParseSeed(seed.ToString(CultureInfo.InvariantCulture), out var read));
        Assert.Equal(seed, read);
    }

    [Property(MaxTest = 500)]
    public void A_seed_is_only_ever_read_from_decimal_digits(string? text)
    {
        if (OptionValues.TryParseSeed(text ?? string.Empty, out _))
        {
            Assert.All(text!, c => Assert.InRange(c, '0', '9'));
        }
    }

    [Property(MaxTest = 500)]
    public void Every_ISO_date_from_year_1_to_9999_reads_back(int days)
    {
        var date = new LocalDate(1, 1, 1).PlusDays((int)((uint)days % 3_652_059u));

        Assert.True(OptionValues.TryParseDate(LocalDatePattern.Iso.Format(date), out var read));
        Assert.Equal(date, read);
    }

    [Theory]
    [InlineData("30/11/2026")]
    [InlineData("2026-11-31")]
    [InlineData("2026-1-5")]
    [InlineData("20261130")]
    [InlineData(" 2026-11-30")]
    [InlineData("today")]
    public void Only_ISO_dates_are_read(string text) => Assert.False(OptionValues.TryParseDate(text, out _));

    [Property(MaxTest = 500)]
    public void A_whole_number_is_read_exactly_when_it_is_in_range(int value, int a, int b)
    {
        var (min, max) = a <= b ? (a, b) : (b, a);

        Assert.Equal(value >= min && value <= max, OptionValues.TryParseWholeNumber(value.ToString(CultureInfo.InvariantCulture), min, max, out _));
    }

    [Property(MaxTest = 1000)]
    public void An_echoed_value_is_always_one_line_of_printable_text(string? text)
    {
        var echoed = OptionValues.Echo(text ?? string.Empty);

        Assert.DoesNotContain(echoed, c => char.IsControl(c) || c is '\u2028' or '\u2029');
        Assert.StartsWith("'", echoed, StringComparison.Ordinal);
        Assert.EndsWith("'", echoed, StringComparison.Ordinal);
    }

    [Fact]
    public void An_echoed_value_is_cut_after_120_characters()
    {
        var echoed = OptionValues.Echo(new string('x', 10_000));

        Assert.Equal("'" + new string('x', 120) + "...'", echoed);
    }

    /// <summary>A verb of the test host: its declarations only.</summary>
    internal sealed class TestVerb(string name, IReadOnlyList<Argument> arguments, IReadOnlyList<Option> options) : VerbDefinition
    {
        public override string Name => name;

        public override string Summary => $"The {name} verb";

        protected override IReadOnlyList<Argument> DeclareArguments() => arguments;

        protected override IReadOnlyList<Option> DeclareOptions() => options;
    }

    /// <summary>A verb that counts how often its options are declared.</summary>
    internal sealed class CountingVerb(string name) : VerbDefinition
    {
        public int Declarations { get; private set; }

        public override string Name => name;

        public override string Summary => $"The {name} verb";

        protected override IReadOnlyList<Option> DeclareOptions()
        {
            Declarations++;
            return [CliOptions.Flag("--flag", "A flag")];
        }
    }
}
