using System.Globalization;
using Isms.Certification.Lifecycle;
using Isms.Marten;
using Isms.Marten.Tests.Support;
using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.Generation;
using Isms.Samples.GrcHost.Hosting;
using Isms.Samples.GrcHost.Tests.Support;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Samples.GrcHost.Tests;

/// <summary><c>isms-grc seed | due | evaluate | migrate</c> on the real PostgreSQL, in process with a fixed clock.</summary>
public sealed class PostgresModeTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly LocalDate AsOf = new(2026, 11, 30);
    private readonly string _folder = Directory.CreateTempSubdirectory("isms-grc-pg-").FullName;
    private FreshDatabase? _database;

    private FreshDatabase Database => _database!;

    public async ValueTask InitializeAsync() => _database = await FreshDatabase.CreateAsync(server);

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private (int Code, string Out, string Error) Grc(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeClock(AsOf.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(6)));
        string[] all = args.Length > 0 && args[0] is "seed" or "due" or "evaluate" or "migrate" ? [.. args, "--connection", Database.ConnectionString] : args;
        var code = GrcApp.Run(all, new GrcContext(output, error, services => services.AddSingleton<IClock>(clock)));
        return (code, output.ToString(), error.ToString());
    }

    private static string OneLine(string error)
    {
        var line = Assert.Single(error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith("isms-grc: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        return line;
    }

    [Fact]
    public async Task Seed_writes_generated_organisations_deterministically_and_never_overwrites_without_force()
    {
        var seeded = Grc("seed", "--tenants", "16", "--seed", "7");

        Assert.True(seeded.Code == 0, seeded.Error);
        Assert.StartsWith("Seeded 16 organisations (seed 7) in ", seeded.Out, StringComparison.Ordinal);
        Assert.Contains("ISMS documents in the store: median ", seeded.Out, StringComparison.Ordinal);
        var tenants = await Database.QueryAsync<string>("SELECT DISTINCT tenant_id FROM isms.isms_revisions ORDER BY 1");
        Assert.Equal(Enumerable.Range(1, 16).Select(OrganisationGenerator.TenantOf), tenants);
        var records = await Database.QueryAsync<string>("SELECT tenant_id FROM isms.isms_revisions WHERE kind = 'certification-record'");
        Assert.Equal(16 - (16 / OrganisationGenerator.CyclePoints.Length), records.Count);
        var hashes = await Database.QueryAsync<string>("SELECT tenant_id || ' ' || sha256 FROM isms.isms_revisions ORDER BY tenant_id, kind");

        var again = Grc("seed", "--tenants", "16", "--seed", "7");
        Assert.Equal(2, again.Code);
        Assert.Equal(string.Empty, again.Out);
        Assert.Contains("org-000001 exists", OneLine(again.Error), StringComparison.Ordinal);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);

        // --force erases and writes again: the same seed gives the same bytes, each document back at revision 1.
        var forced = Grc("seed", "--tenants", "16", "--seed", "7", "--force");
        Assert.True(forced.Code == 0, forced.Error);
        Assert.Equal(hashes, await Database.QueryAsync<string>("SELECT tenant_id || ' ' || sha256 FROM isms.isms_revisions ORDER BY tenant_id, kind"));
        Assert.Equal([1L], await Database.QueryAsync<long>("SELECT DISTINCT revision FROM isms.isms_revisions"));
    }

    [Fact]
    public async Task Due_counts_per_kind_from_the_read_model_what_the_documents_hold()
    {
        Assert.Equal(0, Grc("seed", "--tenants", "12").Code);

        var due = Grc("due", "--as-of", "2026-11-30", "--repeat", "3");

        Assert.True(due.Code == 0, due.Error);
        var total = (await Database.QueryAsync<long>("SELECT count(*) FROM isms.isms_due_items WHERE due_on <= '2026-11-30'")).Single();
        Assert.True(total > 0, "the generated organisations have nothing due: the test would prove nothing");
        Assert.StartsWith($"Due on or before 2026-11-30 across all organisations: {total} items", due.Out, StringComparison.Ordinal);
        foreach (var kind in new[] { DueItemKinds.Certification, DueItemKinds.RiskAcceptance, DueItemKinds.TreatmentAction, DueItemKinds.CorrectiveAction, DueItemKinds.DocumentReview })
        {
            var count = (await Database.QueryAsync<long>($"SELECT count(*) FROM isms.isms_due_items WHERE due_on <= '2026-11-30' AND item_kind = '{kind}'")).Single();
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"  {kind,-18} {count,10}"), due.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Query time: median ", due.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_stores_one_result_per_organisation_equal_to_the_engines_own_answer()
    {
        Assert.Equal(0, Grc("seed", "--tenants", "10", "--seed", "3").Code);

        var run = Grc("evaluate", "--run", "nightly-1", "--workers", "2", "--batch", "3", "--as-of", "2026-11-30");

        Assert.True(run.Code == 0, run.Error);
        Assert.StartsWith("Opened run nightly-1 as of 2026-11-30: 10 organisations; 2 workers", run.Out, StringComparison.Ordinal);
        Assert.Contains("This process evaluated 10 organisations", run.Out, StringComparison.Ordinal);
        Assert.Contains("Run nightly-1: 10 of 10 organisations have their result.", run.Out, StringComparison.Ordinal);

        // The stored counts are the due-list job's for the same organisation and day.
        var generator = new OrganisationGenerator(new CertificationLifecycle(new FakeClock(Instant.FromUtc(2026, 11, 30, 6, 0))), 3);
        var job = new DueListJob(new Isms.Samples.GrcHost.Tenants.InMemoryOrganisationSource([]), new CertificationLifecycle(new FakeClock(Instant.FromUtc(2026, 11, 30, 6, 0))), new DueListOptions());
        var expected = Enumerable.Range(1, 10).Select(generator.Create).Select(o => job.Evaluate(o, AsOf))
            .Select(l => $"{l.Key} {l.OverdueCount} {l.DueSoonCount}").ToList();
        Assert.Equal(expected, await Database.QueryAsync<string>(
            "SELECT tenant_id || ' ' || overdue || ' ' || due_soon FROM isms.grc_evaluation_results WHERE run_id = 'nightly-1' ORDER BY tenant_id"));
        Assert.Contains(true, await Database.QueryAsync<bool>("SELECT overdue + due_soon > 0 FROM isms.grc_evaluation_results"));

        // Joining a finished run evaluates nothing again; a new run is separate.
        var joined = Grc("evaluate", "--run", "nightly-1");
        Assert.StartsWith("Joined run nightly-1 as of 2026-11-30", joined.Out, StringComparison.Ordinal);
        Assert.Contains("This process evaluated 0 organisations", joined.Out, StringComparison.Ordinal);
        Assert.Equal(0, Grc("evaluate", "--run", "nightly-2").Code);
        Assert.Equal([10L, 10L], await Database.QueryAsync<long>("SELECT count(*) FROM isms.grc_evaluation_results GROUP BY run_id ORDER BY run_id"));
    }

    [Fact]
    public async Task Evaluate_reports_an_organisation_whose_documents_do_not_read_with_the_stores_own_code_and_evaluates_the_rest()
    {
        Assert.Equal(0, Grc("seed", "--tenants", "6", "--seed", "3").Code);
        var recordTenant = (await Database.QueryAsync<string>("SELECT tenant_id FROM isms.mt_events ORDER BY seq_id DESC LIMIT 1")).Single();
        var ismsTenant = (await Database.QueryAsync<string>($"SELECT DISTINCT tenant_id FROM isms.isms_revisions WHERE tenant_id <> '{recordTenant}' ORDER BY 1 LIMIT 1")).Single();
        Assert.Equal([1L], await Database.QueryAsync<long>(
            $"WITH t AS (UPDATE isms.mt_events SET data = jsonb_set(data, '{{Event}}', to_jsonb('{{}}'::text)) WHERE seq_id = (SELECT max(seq_id) FROM isms.mt_events) RETURNING 1) SELECT count(*) FROM t"));
        Assert.Equal([1L], await Database.QueryAsync<long>(
            $"WITH t AS (UPDATE isms.isms_revisions SET content = convert_to('{{\"kind\": \"isms\"', 'UTF8') WHERE tenant_id = '{ismsTenant}' AND kind = 'isms' RETURNING 1) SELECT count(*) FROM t"));

        var run = Grc("evaluate", "--run", "broken", "--batch", "4", "--as-of", "2026-11-30");

        Assert.True(run.Code == 0, run.Error);
        Assert.Contains("2 organisations not readable (reported with their error code)", run.Out, StringComparison.Ordinal);
        await using var store = MartenDocumentStore.Create(Database.ConnectionString);
        var recordError = await Assert.ThrowsAsync<IsmsDocumentException>(() => store.LoadAsync<CertificationRecord>(recordTenant, DocumentKey.Certification("iso27001"), TestContext.Current.CancellationToken));
        var ismsError = await Assert.ThrowsAsync<IsmsDocumentException>(() => store.LoadAsync<Isms.Core.InformationSecurityManagementSystem>(ismsTenant, DocumentKey.Isms, TestContext.Current.CancellationToken));
        var expected = Enumerable.Range(1, 6).Select(OrganisationGenerator.TenantOf)
            .Select(t => t + " " + (t == recordTenant ? recordError.Code : t == ismsTenant ? ismsError.Code : "-")).ToList();
        Assert.Equal(expected, await Database.QueryAsync<string>(
            "SELECT tenant_id || ' ' || coalesce(error, '-') FROM isms.grc_evaluation_results WHERE run_id = 'broken' ORDER BY tenant_id"));
    }

    [Fact]
    public async Task Migrate_moves_the_bare_commands_folder_store_into_postgresql_with_its_history()
    {
        Assert.Equal(0, Grc("--store", _folder).Code);
        Assert.Equal(0, Grc("--store", _folder, "--reseed").Code);   // a second revision of every document

        var moved = Grc("migrate", "--from-files", _folder);

        Assert.True(moved.Code == 0, moved.Error);
        Assert.Contains("Schema 'isms' is up to date", moved.Out, StringComparison.Ordinal);
        Assert.Contains("revisions of 3 organisations from ", moved.Out, StringComparison.Ordinal);
        await using var store = MartenDocumentStore.Create(Database.ConnectionString);
        var folder = new FolderDocumentStore(_folder);
        Assert.Equal(2, (await folder.GetHistoryAsync("harbour-bank", DocumentKey.Isms, TestContext.Current.CancellationToken)).Count);
        foreach (var tenant in new[] { "cartwheel-commerce", "harbour-bank", "northgate-dc" })
        {
            // Every revision with who saved it and the same bytes (the ETags are the new store's own).
            Assert.Equal((await folder.GetHistoryAsync(tenant, DocumentKey.Isms, TestContext.Current.CancellationToken)).Select(r => (r.Number, r.SavedBy, r.ContentHash)),
                (await store.GetHistoryAsync(tenant, DocumentKey.Isms, TestContext.Current.CancellationToken)).Select(r => (r.Number, r.SavedBy, r.ContentHash)));
        }

        Assert.NotEqual(0L, (await Database.QueryAsync<long>("SELECT count(*) FROM isms.isms_due_items")).Single());
        var twice = Grc("migrate", "--from-files", _folder);
        Assert.Equal(2, twice.Code);
        Assert.Contains(DocumentErrorCodes.VersionConflict, OneLine(twice.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_creation_is_explicit_and_idempotent()
    {
        var before = Grc("due", "--as-of", "2026-11-30");
        Assert.Equal(2, before.Code);
        Assert.Contains("42P01", OneLine(before.Error), StringComparison.Ordinal);   // no table appears by itself

        Assert.Equal(0, Grc("migrate").Code);
        var again = Grc("migrate");
        Assert.Equal(0, again.Code);
        Assert.StartsWith("Schema 'isms' is up to date", again.Out, StringComparison.Ordinal);
        Assert.Equal(0, Grc("due", "--as-of", "2026-11-30").Code);
    }
}
