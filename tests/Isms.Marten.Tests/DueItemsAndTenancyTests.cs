using System.Text.Json;
using Isms.Core;
using Isms.Core.Support;
using Isms.Serialization;
using Isms.Core.Tests.TestData;
using Isms.Marten.Tests.Support;
using Isms.Serialization.Storage;
using Marten;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Marten.Tests;

/// <summary>The deadline read model, tenant export and erasure, and database-per-tenant with two databases.</summary>
public sealed class DueItemsAndTenancyTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly DocumentKey Record = DocumentKey.Certification("iso27001");
    private static readonly LocalDate FarFuture = new(2040, 1, 1);
    private MartenSchema? _schema;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _schema = await MartenSchema.CreateAsync(server);

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_read_model_follows_every_save_and_answers_what_is_due_across_tenants_from_an_index()
    {
        var store = new MartenDocumentStore(_schema!.Marten, clock: new FakeClock(Records.Opened));
        var isms = ReadyIsms.Create();
        await store.SaveAsync("acme", DocumentKey.Isms, isms, ExpectedRevision.None, "ciso", Token);
        await store.SaveAsync("globex", Record, Records.Stage1Done(Records.Planned(Records.Accepted())), ExpectedRevision.None, "cb", Token);

        var all = await store.GetDueItemsAsync(FarFuture, cancellationToken: Token);
        var reviews = isms.Documents.Count(d => d.NextReviewOn is not null);
        Assert.True(reviews > 0, "the sample ISMS has no dated review: the test would prove nothing");
        Assert.Equal(reviews, all.Count(i => i.Tenant == "acme" && i.Kind == DueItemKinds.DocumentReview));
        Assert.Contains(all, i => i.Tenant == "globex" && i.Kind == DueItemKinds.Certification && i.Document == Record);
        Assert.Equal(all.OrderBy(i => i.DueOn).Select(i => i.DueOn), all.Select(i => i.DueOn));
        var counts = await store.CountDueItemsAsync(FarFuture, Token);
        Assert.Equal(all.Count, counts.Values.Sum());
        var earliest = all.Min(i => i.DueOn);
        Assert.Empty(await store.GetDueItemsAsync(earliest.PlusDays(-1), cancellationToken: Token));

        // A save that completes the reviews replaces the document's rows; other documents keep theirs.
        var builder = new IsmsBuilder(isms) { Documents = Register<DocumentId, DocumentedInformation>.Of(isms.Documents.Select(d => d with { NextReviewOn = null })) };
        await store.SaveAsync("acme", DocumentKey.Isms, builder.Build(), ExpectedRevision.Any, "ciso", Token);
        var after = await store.GetDueItemsAsync(FarFuture, "acme", cancellationToken: Token);
        Assert.DoesNotContain(after, i => i.Kind == DueItemKinds.DocumentReview);
        Assert.NotEmpty(await store.GetDueItemsAsync(FarFuture, "globex", cancellationToken: Token));

        Assert.Contains("isms_due_items_due_on", await Plan($"SELECT * FROM {_schema.Name}.isms_due_items WHERE due_on <= '2030-01-01' ORDER BY due_on LIMIT 1000"));
        Assert.Contains("isms_due_counts_pkey", await Plan($"SELECT item_kind, sum(items) FROM {_schema.Name}.isms_due_counts WHERE due_on <= '2030-01-01' GROUP BY item_kind"));
    }

    [Fact]
    public async Task The_due_counts_always_equal_the_items_they_count_through_saves_deletes_erasure_and_a_refill()
    {
        var store = new MartenDocumentStore(_schema!.Marten, clock: new FakeClock(Records.Opened));
        var isms = ReadyIsms.Create();
        string[] tenants = ["t1", "t2", "t3", "t4", "t5", "t6"];

        // Concurrent saves of different tenants share count rows (the same days): none is lost, none deadlocks.
        await Task.WhenAll(tenants.Select(t => Task.Run(async () =>
        {
            await store.SaveAsync(t, DocumentKey.Isms, isms, ExpectedRevision.None, "ciso", Token);
            await store.SaveAsync(t, Record, Records.Stage1Done(Records.Planned(Records.Accepted())), ExpectedRevision.None, "cb", Token);
        }, Token)));
        await AssertCountsMatchItems(store);

        var builder = new IsmsBuilder(isms) { Documents = Register<DocumentId, DocumentedInformation>.Of(isms.Documents.Select(d => d with { NextReviewOn = null })) };
        await store.SaveAsync("t1", DocumentKey.Isms, builder.Build(), ExpectedRevision.Any, "ciso", Token);
        await store.SaveAsync("t2", DocumentKey.Isms, isms, ExpectedRevision.Any, "ciso", Token);
        await store.DeleteAsync("t3", Record, ExpectedRevision.Any, Token);
        await store.DeleteTenantAsync("t4", Token);
        await AssertCountsMatchItems(store);

        // A database that had due items before the counts existed gets them filled when the schema is applied.
        await Scalar($"DROP TABLE {_schema.Name}.isms_due_counts");
        await store.ApplySchemaAsync(Token);
        await AssertCountsMatchItems(store);
        await store.ApplySchemaAsync(Token);
        await AssertCountsMatchItems(store);
    }

    /// <summary>On every day something falls due (and the day before the first): the counts per kind equal the items.</summary>
    private static async Task AssertCountsMatchItems(MartenDocumentStore store)
    {
        var all = await store.GetDueItemsAsync(FarFuture, limit: 100_000, cancellationToken: Token);
        Assert.NotEmpty(all);
        foreach (var day in all.Select(i => i.DueOn).Distinct().Append(all[0].DueOn.PlusDays(-1)).Append(FarFuture))
        {
            var items = all.Where(i => i.DueOn <= day).GroupBy(i => i.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
            var counts = await store.CountDueItemsAsync(day, Token);
            Assert.Equal(items.OrderBy(k => k.Key, StringComparer.Ordinal), counts.OrderBy(k => k.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_tenant_exports_with_every_revision_and_event_and_is_then_erased_everywhere()
    {
        var store = new MartenDocumentStore(_schema!.Marten, clock: new FakeClock(Records.Opened));
        var accepted = Records.Accepted();
        var r1 = await store.SaveAsync("acme", Record, accepted, ExpectedRevision.None, "cb", Token);
        var planned = Records.Planned(accepted);
        await store.SaveAsync("acme", Record, planned, ExpectedRevision.Of(r1), "cb", Token);
        await store.SaveAsync("acme", DocumentKey.Isms, ReadyIsms.Create(), ExpectedRevision.None, "ciso", Token);
        await store.SaveAsync("globex", DocumentKey.Isms, ReadyIsms.Create(), ExpectedRevision.None, "ciso", Token);

        using var export = new MemoryStream();
        Assert.Equal(3, await store.ExportTenantAsync("acme", export, Token));
        using var json = JsonDocument.Parse(export.ToArray());
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        var record = documents.Single(d => d.GetProperty("kind").GetString() == Record.Kind);
        Assert.Equal(2, record.GetProperty("revisions").GetArrayLength());
        Assert.Equal(planned.History.Count, record.GetProperty("events").GetArrayLength());
        Assert.Equal(IsmsDocumentSerializerBytes(planned), record.GetProperty("revisions")[1].GetProperty("content").GetBytesFromBase64());

        Assert.True(await store.DeleteTenantAsync("acme", Token));
        foreach (var table in new[] { "isms_revisions", "isms_due_items", "mt_events", "mt_streams" })
        {
            Assert.Equal(0L, await Scalar($"SELECT count(*) FROM {_schema.Name}.{table} WHERE tenant_id = 'acme'"));
        }

        Assert.Equal(["globex"], (await store.ListTenantsAsync(10, null, Token)).Items);
    }

    [Fact]
    public async Task Database_per_tenant_spreads_tenants_over_two_databases_with_the_same_code()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string[] databases = [$"isms_a_{suffix}", $"isms_b_{suffix}"];
        foreach (var database in databases)
        {
            await Scalar($"CREATE DATABASE {database}");
        }

        try
        {
            await using (var marten = DocumentStore.For(options =>
            {
                options.MultiTenantedDatabases(x =>
                {
                    x.AddMultipleTenantDatabase(server.ForDatabase(databases[0]), "first").ForTenants("acme", "globex");
                    x.AddMultipleTenantDatabase(server.ForDatabase(databases[1]), "second").ForTenants("initech");
                });
                IsmsMarten.Configure(options);
            }))
            {
                var store = new MartenDocumentStore(marten, clock: new FakeClock(Records.Opened));
                await store.ApplySchemaAsync(Token);
                var isms = ReadyIsms.Create();
                await store.SaveAsync("acme", DocumentKey.Isms, isms, ExpectedRevision.None, "ciso", Token);
                await store.SaveAsync("initech", DocumentKey.Isms, isms, ExpectedRevision.None, "ciso", Token);
                await store.SaveAsync("initech", Record, Records.Accepted(), ExpectedRevision.None, "cb", Token);

                Assert.Equal(["acme", "initech"], (await store.ListTenantsAsync(10, null, Token)).Items);
                Assert.Equal(["acme"], await Tenants(databases[0]));
                Assert.Equal(["initech"], await Tenants(databases[1]));
                Assert.Equal(Records.Accepted(), (await store.LoadAsync<Isms.Certification.Lifecycle.CertificationRecord>("initech", Record, Token)).Document);
                var batch = await store.LoadManyAsync<Isms.Certification.Lifecycle.CertificationRecord>(["acme", "initech", "globex"], Record, Token);
                Assert.Equal(["acme", "initech", "globex"], batch.Select(d => d.Tenant));
                Assert.Equal(new Isms.Certification.Lifecycle.CertificationRecord?[] { null, Records.Accepted(), null }, batch.Select(d => d.Stored?.Document));
                var ismsBatch = await store.LoadManyAsync<InformationSecurityManagementSystem>(["initech", "acme"], DocumentKey.Isms, Token);
                Assert.All(ismsBatch, d => Assert.Equal(isms, d.Stored?.Document));
                var due = await store.GetDueItemsAsync(FarFuture, cancellationToken: Token);
                Assert.Equal(["acme", "initech"], due.Select(i => i.Tenant).Distinct().Order(StringComparer.Ordinal));
                Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.GetRevisionAsync("unassigned", DocumentKey.Isms, Token))).Code);
                Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.LoadManyAsync<InformationSecurityManagementSystem>(["acme", "unassigned"], DocumentKey.Isms, Token))).Code);
            }
        }
        finally
        {
            foreach (var database in databases)
            {
                await Scalar($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }
    }

    private static byte[] IsmsDocumentSerializerBytes(Isms.Certification.Lifecycle.CertificationRecord record) => Isms.Serialization.IsmsDocumentSerializer.Default.Serialize(record);

    private async Task<List<string>> Tenants(string database)
    {
        await using var connection = new NpgsqlConnection(server.ForDatabase(database));
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand("SELECT DISTINCT tenant_id FROM isms.isms_revisions ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync(Token);
        var tenants = new List<string>();
        while (await reader.ReadAsync(Token))
        {
            tenants.Add(reader.GetString(0));
        }

        return tenants;
    }

    private async Task<string> Plan(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(Token);
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync(Token);
        }

        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Token);
        var plan = new List<string>();
        while (await reader.ReadAsync(Token))
        {
            plan.Add(reader.GetString(0));
        }

        return string.Join('\n', plan);
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Token) is long value ? value : 0;
    }
}
