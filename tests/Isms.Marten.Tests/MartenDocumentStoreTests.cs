using System.Security.Cryptography;
using Isms.Core;
using Isms.Core.Tests.TestData;
using Isms.Marten.Tests.Support;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Marten.Tests;

/// <summary>What the PostgreSQL store adds to the contract: exact bytes, idempotent schema, clear faults.</summary>
public sealed class MartenDocumentStoreTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);
    private MartenSchema? _schema;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private MartenSchema Schema => _schema!;

    public async ValueTask InitializeAsync() => _schema = await MartenSchema.CreateAsync(server);

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_revision_row_holds_the_serializers_exact_bytes_and_their_hash()
    {
        var store = new MartenDocumentStore(Schema.Marten, clock: new FakeClock(Start));
        var isms = ReadyIsms.Create();
        var saved = await store.SaveAsync("acme", DocumentKey.Isms, isms, ExpectedRevision.None, "alice", Token);

        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand($"SELECT content, pg_typeof(content)::text FROM {Schema.Name}.isms_revisions WHERE tenant_id = 'acme'", connection);
        await using var reader = await command.ExecuteReaderAsync(Token);
        Assert.True(await reader.ReadAsync(Token));
        var bytes = (byte[])reader.GetValue(0);
        Assert.Equal("bytea", reader.GetString(1));
        Assert.Equal(IsmsDocumentSerializer.Default.Serialize(isms), bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), saved.ContentHash);
    }

    [Fact]
    public async Task Applying_the_schema_again_changes_nothing_and_keeps_the_data()
    {
        var store = new MartenDocumentStore(Schema.Marten, clock: new FakeClock(Start));
        var saved = await store.SaveAsync("acme", DocumentKey.Isms, ReadyIsms.Create(), ExpectedRevision.None, "alice", Token);
        await store.ApplySchemaAsync(Token);
        await store.ApplySchemaAsync(Token);
        Assert.Equal(saved, await store.GetRevisionAsync("acme", DocumentKey.Isms, Token));
    }

    [Fact]
    public async Task A_server_that_is_down_is_one_coded_error_naming_the_server()
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Port = FreePort(), Timeout = 3 };
        await using var marten = IsmsMarten.CreateDocumentStore(builder.ConnectionString, Schema.Name);
        var store = new MartenDocumentStore(marten);

        var load = await Assert.ThrowsAsync<DocumentStoreException>(() => store.LoadAsync<InformationSecurityManagementSystem>("acme", DocumentKey.Isms, Token));
        var schema = await Assert.ThrowsAsync<DocumentStoreException>(() => store.ApplySchemaAsync(Token));
        Assert.Equal(DocumentErrorCodes.StorageUnavailable, load.Code);
        Assert.Equal(DocumentErrorCodes.StorageUnavailable, schema.Code);
        Assert.Contains($"127.0.0.1:{builder.Port}", load.Error.Message, StringComparison.Ordinal);
        Assert.StartsWith("acme", load.FilePath, StringComparison.Ordinal); // the tenant, never the server's files
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
