using System.Net.Sockets;
using Isms.Core;
using Npgsql;

namespace Isms.Samples.GrcHost.Postgres;

/// <summary>
/// The PostgreSQL mode of <c>isms-grc</c>: where the connection string comes from, and how a database fault becomes one
/// line naming the server and the cause (never a stack trace, never the password).
/// </summary>
internal static class GrcPostgres
{
    /// <summary>The environment variable holding the connection string (preferred: process lists show arguments).</summary>
    public const string EnvironmentVariable = "ISMS_POSTGRES";

    /// <summary><c>--connection CS</c>, for when the environment cannot be used.</summary>
    public static Option<string> ConnectionOption() => CliOptions.Text("--connection", "CS",
        $"Npgsql connection string (default: ${EnvironmentVariable}; prefer the variable: process lists show arguments)");

    /// <summary>The connection string: <c>--connection</c> when given, else <c>ISMS_POSTGRES</c>; checked for form.</summary>
    /// <exception cref="UsageException">Neither is set, or the string is not a connection string.</exception>
    public static string ConnectionString(ParsedArguments args)
    {
        var text = args.Get("connection") ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException($"no PostgreSQL connection: set {EnvironmentVariable} (or pass --connection CS)");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(text).Host;
            return text;
        }
        catch (ArgumentException ex)
        {
            // Npgsql names the keyword it does not know; the string itself (and its password) is never echoed.
            throw new UsageException($"the PostgreSQL connection string is not valid: {ex.Message}", ex);
        }
    }

    /// <summary><c>host:port/database</c> of a connection string.</summary>
    public static string Server(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Whether <paramref name="ex"/> is the database or the network failing (decided by type, never by message).</summary>
    public static bool IsFault(Exception ex) =>
        ex is NpgsqlException or SocketException or TimeoutException || (ex.InnerException is { } inner && IsFault(inner));

    /// <summary>One line naming the server and the cause of a database fault.</summary>
    public static UsageException Unreachable(string connectionString, Exception ex)
    {
        Exception? cause = ex;
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is PostgresException or SocketException or TimeoutException)
            {
                cause = e;
                break;
            }
        }

        var text = cause switch
        {
            PostgresException pg => $"{pg.SqlState} {pg.MessageText}",
            SocketException socket => $"network error {socket.SocketErrorCode}",
            TimeoutException => "timed out",
            _ => ex.GetType().Name,
        };
        return new UsageException($"PostgreSQL at {Server(connectionString)} refused or could not be reached: {text}", ex);
    }

    /// <summary>Runs a PostgreSQL-mode verb body: the library's coded errors (<c>ISMS-STORE-006</c> for a server that is down,
    /// <c>ISMS-STORE-001</c> for a conflict...) and database faults become one line each, exit 2.</summary>
    public static int Run(string connectionString, Func<Task<int>> body)
    {
        try
        {
            return body().GetAwaiter().GetResult();
        }
        catch (IsmsException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
        catch (Exception ex) when (IsFault(ex))
        {
            throw Unreachable(connectionString, ex);
        }
    }
}
