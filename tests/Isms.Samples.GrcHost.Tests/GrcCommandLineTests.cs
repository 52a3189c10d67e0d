using System.Diagnostics;
using Isms.Samples.GrcHost.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Samples.GrcHost.Tests;

/// <summary>
/// The <c>isms-grc</c> command line: the same contract as <c>isms</c> (exit codes, one line per error, help, version),
/// in process with a fixed clock and through the real program.
/// </summary>
public sealed class GrcCommandLineTests : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("isms-grc-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    private static (int Code, string Out, string Error) InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 30, 6, 0));
        var code = GrcApp.Run(args, new GrcContext(output, error, services => services.AddSingleton<IClock>(clock)));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_bare_command_seeds_an_empty_store_and_prints_the_due_list_of_the_day()
    {
        var (code, output, error) = InProcess("--store", _store, "--window", "14");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith($"Seeded {Path.GetFullPath(_store)} with 3 organisations.", output, StringComparison.Ordinal);
        Assert.Contains("Due list as of 2026-11-30: 3 organisations", output, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_chooses_the_day()
    {
        InProcess("--store", _store);

        var (code, output, _) = InProcess("--store", _store, "--as-of", "2027-01-15");

        Assert.Equal(0, code);
        Assert.StartsWith("Due list as of 2027-01-15:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "--as-of", "30/11/2026")]
    [InlineData("'30/11/2026'", "--as-of", "30/11/2026")]
    [InlineData("--window", "--window", "-1")]
    [InlineData("'367'", "--window", "367")]
    [InlineData("'lots'", "--window", "lots")]
    [InlineData("--colour", "--colour", "red")]
    [InlineData("--store", "--store")]
    [InlineData("'frobnicate'", "frobnicate")]
    [InlineData("--store", "--store", "a", "--store", "b")]
    public void A_bad_argument_is_one_line_naming_it_with_exit_2(string named, params string[] args)
    {
        var (code, output, error) = InProcess(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith("isms-grc: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_options_and_version_prints_the_version()
    {
        var help = InProcess("--help");
        var version = InProcess("--version");

        Assert.Equal(0, help.Code);
        Assert.StartsWith("isms-grc - ", help.Out, StringComparison.Ordinal);
        foreach (var option in GrcApp.DefaultVerb.Options)
        {
            Assert.Contains($"  {option.Name} ", help.Out, StringComparison.Ordinal);
        }

        Assert.All(help.Out.ReplaceLineEndings("\n").Split('\n'), l => Assert.True(l.Length <= 80, l));
        Assert.Equal(0, version.Code);
        Assert.Equal(typeof(GrcApp).Assembly.GetName().Version!.ToString(3), version.Out.Trim());
    }

    [Fact]
    public void A_store_that_cannot_be_read_is_one_line_with_exit_2()
    {
        InProcess("--store", _store);
        // The folder store's one revision of the bank's ISMS, cut short: the strict reader refuses it.
        var revision = Path.Combine(_store, "harbour-bank", "isms", "main", "0000000001.rev");
        File.WriteAllText(revision, File.ReadAllLines(revision)[0] + "\n{\"schemaVersion\":");

        var (code, _, error) = InProcess("--store", _store);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith("isms-grc: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_program_prints_the_due_list_and_refuses_a_bad_date_in_one_line()
    {
        var ok = Real("--store", _store, "--as-of", "2026-11-30");
        var bad = Real("--store", _store, "--as-of", "2026-11-31");
        var unknown = Real("frobnicate", "--help");

        Assert.Equal(0, ok.Code);
        Assert.Contains("Due list as of 2026-11-30: 3 organisations", ok.Out, StringComparison.Ordinal);
        Assert.Equal(2, bad.Code);
        Assert.Equal("isms-grc: option --as-of: '2026-11-31' is not a date (YYYY-MM-DD)", bad.Error.Trim());
        Assert.Equal(2, unknown.Code);
        Assert.Equal(string.Empty, unknown.Out);
    }

    private static (int Code, string Out, string Error) Real(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "isms-grc.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"isms-grc {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
