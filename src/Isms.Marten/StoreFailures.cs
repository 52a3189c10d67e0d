using System.Net.Sockets;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Marten;
using Npgsql;

namespace Isms.Marten;

/// <summary>Maps database failures to the store's coded errors (never deciding from a message's text).</summary>
internal static class StoreFailures
{
    /// <summary>A lost race: a unique key violated, or Marten's stream version or stream id check failed.</summary>
    public static bool IsConflict(Exception ex) => Chain(ex).Any(e =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e is global::JasperFx.ConcurrencyException
        || e is global::Marten.Exceptions.ExistingStreamIdCollisionException);

    /// <summary>The database or the network failed (not a cancellation, not one of the store's own errors).</summary>
    public static bool IsDatabaseFault(Exception ex) =>
        ex is not OperationCanceledException and not DocumentStoreException and not IsmsDocumentException
        && Chain(ex).Any(e => e is NpgsqlException or SocketException or global::Marten.Exceptions.MartenException or TimeoutException);

    /// <summary><see cref="DocumentErrorCodes.StorageUnavailable"/> naming the server and the cause (no stack trace, no password).</summary>
    public static DocumentStoreException Unavailable(string where, Exception ex, IDocumentStore marten)
    {
        var cause = Chain(ex).LastOrDefault(e => e is PostgresException or SocketException or NpgsqlException or TimeoutException) ?? ex;
        var text = cause switch
        {
            PostgresException pg => $"{pg.SqlState} {pg.MessageText}",
            SocketException socket => $"network error {socket.SocketErrorCode}",
            TimeoutException => "timed out",
            _ => cause.GetType().Name,
        };
        return new DocumentStoreException(DocumentErrorCodes.StorageUnavailable, where, $"PostgreSQL at {Server(marten)} refused or could not be reached: {text}");
    }

    /// <summary>host:port/database of the store's (default) database.</summary>
    public static string Server(IDocumentStore marten)
    {
        try
        {
            using var connection = marten.Storage.Database.CreateConnection(global::Marten.Storage.ConnectionUsage.Read);
            var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
            return $"{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return "(the configured server)";
        }
    }

    private static IEnumerable<Exception> Chain(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            yield return ex;
            if (ex is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
