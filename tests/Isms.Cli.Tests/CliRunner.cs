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

    public static CliResult Process(params string[] args) => Process(new ProcessSettings(), args);

    /// <summary>Runs the real <c>isms</c> program with its output redirected (as a script or a pipe sees it).</summary>
    public static CliResult Process(ProcessSettings settings, params string[] args) =>
        RealProcess.Run(Path.Combine(AppContext.BaseDirectory, "isms.dll"), settings, args);
}

/// <summary>How a test starts the real program.</summary>
/// <param name="WorkingDirectory">The current folder of the program (null: the test's).</param>
/// <param name="NoColor">Whether NO_COLOR=1 is set (false removes it, to prove redirection alone turns colour off).</param>
/// <param name="Term">The TERM variable to set, or null to leave it.</param>
internal sealed record ProcessSettings(string? WorkingDirectory = null, bool NoColor = true, string? Term = null);

/// <summary>Runs a .NET program of the test's output folder as a child process, output and error captured.</summary>
internal static class RealProcess
{
    public static CliResult Run(string dll, ProcessSettings settings, IReadOnlyList<string> args)
    {
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

        if (settings.WorkingDirectory is { } folder)
        {
            start.WorkingDirectory = folder;
        }

        if (settings.NoColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }
        else
        {
            start.Environment.Remove("NO_COLOR");
        }

        if (settings.Term is { } term)
        {
            start.Environment["TERM"] = term;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileNameWithoutExtension(dll)} {string.Join(' ', args)} did not finish");
        }

        return new CliResult(process.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}

/// <summary>What one run of the host produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    public string[] ErrorLines => Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
