using System.Diagnostics;

namespace Isms.Samples.GrcHost.Tests.Support;

/// <summary>The real <c>isms-grc</c> program as a process (the connection string in <c>ISMS_POSTGRES</c>, as in production).</summary>
internal static class GrcProcess
{
    public static Process Start(string? connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "isms-grc.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ISMS_POSTGRES"] = connectionString;
        return Process.Start(start)!;
    }

    public static (int Code, string Out, string Error) Run(string? connectionString, params string[] args)
    {
        using var process = Start(connectionString, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"isms-grc {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
