using Isms.Certification.Lifecycle;
using Isms.Marten.Tests.Support;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Marten.Tests;

/// <summary>Certification records as Marten event streams: one stream per record, appends with the expected version.</summary>
public sealed class CertificationStreamTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly DocumentKey Key = DocumentKey.Certification("iso27001");
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
    public async Task Each_save_appends_only_its_new_events_to_the_records_one_stream()
    {
        var store = new MartenDocumentStore(Schema.Marten, clock: new FakeClock(Records.Opened));
        var accepted = Records.Accepted();
        var r1 = await store.SaveAsync("acme", Key, accepted, ExpectedRevision.None, "cb", Token);
        var planned = Records.Planned(accepted);
        await store.SaveAsync("acme", Key, planned, ExpectedRevision.Of(r1), "cb", Token);

        var streams = await Rows($"SELECT count(*) FROM {Schema.Name}.mt_streams WHERE tenant_id = 'acme'");
        var events = await Rows($"SELECT count(*) FROM {Schema.Name}.mt_events WHERE tenant_id = 'acme'");
        var version = await Rows($"SELECT version FROM {Schema.Name}.mt_streams WHERE tenant_id = 'acme'");
        Assert.Equal(1, streams);
        Assert.Equal(planned.History.Count, events);
        Assert.Equal(planned.History.Count, version);
        Assert.Equal(planned, (await store.LoadAsync<CertificationRecord>("acme", Key, Token)).Document);
        Assert.Equal(accepted, (await store.LoadRevisionAsync<CertificationRecord>("acme", Key, 1, Token)).Document);
    }

    [Fact]
    public async Task Two_workers_firing_on_the_same_record_cannot_both_win()
    {
        var store = new MartenDocumentStore(Schema.Marten, clock: new FakeClock(Records.Opened));
        var stored = await store.SaveAsync("acme", Key, Records.Accepted(), ExpectedRevision.None, "cb", Token);
        var loaded = await store.LoadAsync<CertificationRecord>("acme", Key, Token);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync("acme", Key, Records.Planned(loaded.Document, $"worker {worker}"), ExpectedRevision.Of(stored), $"worker-{worker}", Token);
                return "won";
            }
            catch (DocumentStoreException ex)
            {
                return ex.Code;
            }
        }, Token)));

        Assert.Single(outcomes, o => o == "won");
        Assert.Equal(3, outcomes.Count(o => o == DocumentErrorCodes.VersionConflict));
        Assert.Equal(Records.Accepted().History.Count + 1, await Rows($"SELECT count(*) FROM {Schema.Name}.mt_events"));
    }

    [Fact]
    public async Task Time_driven_events_fired_by_the_clock_are_appended_like_any_other()
    {
        var store = new MartenDocumentStore(Schema.Marten, clock: new FakeClock(Records.Opened));
        var planned = Records.Stage1Done(Records.Planned(Records.Accepted()));
        var r1 = await store.SaveAsync("acme", Key, planned, ExpectedRevision.None, "cb", Token);
        var advanced = Records.Lifecycle.Advance(planned, Instant.FromUtc(2030, 1, 1, 0, 0));
        Assert.True(advanced.History.Count > planned.History.Count, "the clock fired nothing: the test would prove nothing");

        await store.SaveAsync("acme", Key, advanced, ExpectedRevision.Of(r1), "scheduler", Token);

        Assert.Equal(advanced, (await store.LoadAsync<CertificationRecord>("acme", Key, Token)).Document);
        Assert.Equal(advanced.History.Count, await Rows($"SELECT count(*) FROM {Schema.Name}.mt_events"));
    }

    [Fact]
    public async Task A_stored_stream_the_lifecycle_refuses_is_reported_with_the_replay_code()
    {
        var store = new MartenDocumentStore(Schema.Marten, clock: new FakeClock(Records.Opened));
        var planned = Records.Planned(Records.Accepted());
        await store.SaveAsync("acme", Key, planned, ExpectedRevision.None, "cb", Token);

        // Someone edits the last event in the database: it now goes back before the event before it.
        var changed = await Rows($$"""
            UPDATE {{Schema.Name}}.mt_events SET data = jsonb_set(data, '{Event}', to_jsonb(replace(data->>'Event', '2026-01-07T09:00:00Z', '2025-01-07T09:00:00Z')))
            WHERE seq_id = (SELECT max(seq_id) FROM {{Schema.Name}}.mt_events) RETURNING 1
            """);
        Assert.Equal(1, changed);

        var error = await Assert.ThrowsAsync<IsmsDocumentException>(() => store.LoadAsync<CertificationRecord>("acme", Key, Token));
        Assert.Equal(DocumentErrorCodes.HistoryDoesNotReplay, error.Code);
        Assert.Equal("acme/certification-record/iso27001@1", error.Problems[0].Location.Source);
    }

    [Fact]
    public async Task A_batch_load_reads_each_tenants_record_as_the_single_load_does_and_reports_a_refused_stream_for_its_tenant_only()
    {
        var store = new MartenDocumentStore(Schema.Marten, clock: new FakeClock(Records.Opened));
        var accepted = Records.Accepted();
        var r1 = await store.SaveAsync("acme", Key, accepted, ExpectedRevision.None, "cb", Token);
        await store.SaveAsync("acme", Key, Records.Planned(accepted), ExpectedRevision.Of(r1), "cb", Token);
        await store.SaveAsync("globex", Key, Records.Stage1Done(Records.Planned(Records.Accepted())), ExpectedRevision.None, "cb", Token);
        await store.SaveAsync("hooli", Key, Records.Planned(Records.Accepted()), ExpectedRevision.None, "cb", Token);
        Assert.Equal(1, await Rows($$"""
            UPDATE {{Schema.Name}}.mt_events SET data = jsonb_set(data, '{Event}', to_jsonb(replace(data->>'Event', '2026-01-07T09:00:00Z', '2025-01-07T09:00:00Z')))
            WHERE seq_id = (SELECT max(seq_id) FROM {{Schema.Name}}.mt_events WHERE tenant_id = 'hooli') RETURNING 1
            """));

        var batch = await store.LoadManyAsync<CertificationRecord>(["globex", "initech", "hooli", "acme"], Key, Token);

        Assert.Equal(["globex", "initech", "hooli", "acme"], batch.Select(d => d.Tenant));
        foreach (var tenant in new[] { "globex", "acme" })
        {
            var single = await store.LoadAsync<CertificationRecord>(tenant, Key, Token);
            var loaded = batch.Single(d => d.Tenant == tenant);
            Assert.Equal((single.Document, single.Revision, (Isms.Core.IsmsException?)null), (loaded.Stored!.Document, loaded.Stored.Revision, loaded.Error));
        }

        Assert.Equal((null, null), (batch[1].Stored, batch[1].Error));
        var refused = Assert.IsType<IsmsDocumentException>(batch[2].Error);
        Assert.Null(batch[2].Stored);
        Assert.Equal(DocumentErrorCodes.HistoryDoesNotReplay, refused.Code);
        Assert.Equal("hooli/certification-record/iso27001@1", refused.Problems[0].Location.Source);
        Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.LoadManyAsync<CertificationRecord>(["acme", "acme"], Key, Token))).Code);
        Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.LoadManyAsync<CertificationRecord>(["acme"], DocumentKey.Isms, Token))).Code);
    }

    private async Task<long> Rows(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Token), System.Globalization.CultureInfo.InvariantCulture);
    }
}
