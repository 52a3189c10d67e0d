using System.Diagnostics;
using Isms.Cli.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Cli.Tests;

/// <summary>Runs the <c>isms</c> host in process (fast) or as the real program (end to end).</summary>
internal static class CliRunner
{
    /// <summary>The fixed instant the in-process runs use as "now": 2026-11-28T09:00Z.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 28, 9, 0);

    public static CliResult InProcess(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = IsmsApp.Run(args, new CliContext(stdout, stderr, new FakeClock(Now)));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public static CliResult Process(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "isms.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"isms {string.Join(' ', args)} did not finish");
        }

        return new CliResult(process.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}

/// <summary>What one run of the host produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
