using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Marten;
using Marten.Services;
using Npgsql;

namespace Isms.Marten;

/// <summary>A certification record's history as a Marten event stream: one stream per record (and incarnation).</summary>
internal static class CertificationStream
{
    /// <summary>The stream of a record; the incarnation makes a record created again after a delete a new stream.</summary>
    public static string KeyOf(DocumentKey key, string incarnation) => $"{key.Kind}/{key.Name}/{incarnation}";

    /// <summary>The events of a serialized record (<c>$.history</c>), each as its JSON text.</summary>
    public static List<string> EventsOf(byte[] document)
    {
        using var json = JsonDocument.Parse(document);
        return json.RootElement.TryGetProperty("history", out var history) && history.ValueKind == JsonValueKind.Array
            ? [.. history.EnumerateArray().Select(e => e.GetRawText())]
            : [];
    }

    /// <summary>The document with its history replaced by the stream's events (the record is then replayed on read).</summary>
    public static byte[] WithHistory(byte[] document, IReadOnlyList<string> events)
    {
        var root = JsonNode.Parse(document) as JsonObject;
        if (root is null)
        {
            return document; // not an object: the reader reports it
        }

        root["history"] = new JsonArray([.. events.Select(e => JsonNode.Parse(e))]);
        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    /// <summary>Refuses a history that does not start with every stored event unchanged.</summary>
    public static void CheckExtends(IReadOnlyList<string> stored, IReadOnlyList<string> events, string where)
    {
        for (var i = 0; i < stored.Count; i++)
        {
            if (i >= events.Count || !string.Equals(stored[i], events[i], StringComparison.Ordinal))
            {
                throw new DocumentStoreException(DocumentErrorCodes.HistoryNotExtended, where,
                    i >= events.Count
                        ? string.Create(CultureInfo.InvariantCulture, $"the new record has {events.Count} events but the stored one has {stored.Count}: certification records are append-only")
                        : string.Create(CultureInfo.InvariantCulture, $"event {i} ($.history[{i}]) differs from the stored one: certification records are append-only; fire new events on the stored record"));
            }
        }
    }

    /// <summary>The first <paramref name="version"/> events of the stream.</summary>
    /// <remarks>Read on a session of its own: events are appended only under the document's advisory lock, which the
    /// caller of a save holds, so the committed stream is the one to extend.</remarks>
    public static async Task<IReadOnlyList<string>> ReadAsync(IDocumentStore marten, string tenant, string stream, long version, CancellationToken cancellationToken)
    {
        if (version == 0)
        {
            return [];
        }

        await using var session = marten.QuerySession(tenant);
        var events = await session.Events.FetchStreamAsync(stream, version, token: cancellationToken).ConfigureAwait(false);
        return [.. events.Select(e => e.Data is CertificationEventRecorded recorded ? recorded.Event : "null")];
    }

    /// <summary>
    /// Appends events in the caller's transaction with the expected stream version (the version after the append, as
    /// Marten counts it): of two writers that read the same version, one fails with Marten's concurrency error.
    /// </summary>
    public static async Task AppendAsync(IDocumentStore marten, NpgsqlTransaction transaction, string tenant, string stream, long storedVersion, IEnumerable<string> events, string savedBy, CancellationToken cancellationToken)
    {
        await using var session = marten.LightweightSession(Session(transaction, tenant));
        var data = events.Select(e => (object)new CertificationEventRecorded(e, savedBy)).ToArray();
        if (storedVersion == 0)
        {
            session.Events.StartStream(stream, data);
        }
        else
        {
            session.Events.Append(stream, storedVersion + data.Length, data);
        }

        await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the stream and its events in the caller's transaction.</summary>
    public static async Task DeleteAsync(IDocumentStore marten, NpgsqlTransaction transaction, string tenant, string stream, CancellationToken cancellationToken)
    {
        await using var session = marten.LightweightSession(Session(transaction, tenant));
        session.Events.TombstoneStream(stream);
        await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SessionOptions Session(NpgsqlTransaction transaction, string tenant)
    {
        var options = SessionOptions.ForTransaction(transaction, false);
        options.TenantId = tenant;
        return options;
    }
}
