using System.Diagnostics;
using Isms.Testing;

[assembly: AssemblyFixture(typeof(Isms.Marten.Tests.Support.PostgresServer))]

namespace Isms.Marten.Tests.Support;

/// <summary>
/// The real PostgreSQL the tests run against, one for the whole test run: the one in <c>ISMS_POSTGRES</c> (CI starts it
/// with eng/postgres.sh), otherwise a throwaway cluster this fixture starts with the same script and stops at the end.
/// Never skipped: a missing server fails the tests with the script's error.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly bool _owned;

    public PostgresServer()
    {
        var given = Environment.GetEnvironmentVariable("ISMS_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        var (code, output, error) = Script("start");
        if (code != 0 || string.IsNullOrWhiteSpace(output))
        {
            throw new InvalidOperationException($"eng/postgres.sh start failed ({code}): {error}");
        }

        ConnectionString = output.Trim();
        _owned = true;
    }

    /// <summary>The Npgsql connection string of the database <c>isms</c> (the user is a superuser: tests create databases).</summary>
    public string ConnectionString { get; }

    /// <summary>The connection string of another database on the same server.</summary>
    public string ForDatabase(string database) =>
        new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    public void Dispose()
    {
        if (_owned)
        {
            Script("stop", ConnectionString);
        }
    }

    private static (int Code, string Output, string Error) Script(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryLayout.Root.FullName, "eng", "postgres.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, string.Empty, "timed out");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
