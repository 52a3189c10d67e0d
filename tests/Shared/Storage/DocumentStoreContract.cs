using System.Globalization;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Serialization;
using Isms.Serialization.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Testing.Storage;

/// <summary>
/// The contract every <see cref="IIsmsDocumentStore"/> passes: derive a test class, return a fresh, empty store from
/// <see cref="CreateStore"/>, and every test below runs against it (the file store's tests do; a database store's test
/// project compiles this file too).
/// </summary>
public abstract class DocumentStoreContract
{
    /// <summary>The instant the store's clock starts at.</summary>
    protected static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static readonly DocumentKey Counter = new(DocumentKinds.ControlCatalog, "counter");

    /// <summary>A fresh store with no tenants, whose saved-at instants come from <paramref name="clock"/>.</summary>
    protected abstract IIsmsDocumentStore CreateStore(IClock clock);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_saved_document_loads_back_as_revision_1_with_who_saved_it_and_when()
    {
        var store = CreateStore(new FakeClock(Start));
        var saved = await store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.None, "alice", Token);
        var loaded = await store.LoadAsync<ControlCatalog>("acme", Counter, Token);

        Assert.Equal(1, saved.Number);
        Assert.Equal("alice", saved.SavedBy);
        Assert.Equal(Start, saved.SavedAt);
        Assert.Matches("^[0-9a-f]{64}$", saved.ContentHash);
        Assert.Equal(saved, loaded.Revision);
        Assert.Equal("counter 1", loaded.Document.Name);
        Assert.Equal(saved, await store.GetRevisionAsync("acme", Counter, Token));
    }

    [Fact]
    public async Task A_save_with_a_stale_etag_is_a_conflict_and_changes_nothing()
    {
        var store = CreateStore(new FakeClock(Start));
        var first = await store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.None, "alice", Token);
        var second = await store.SaveAsync("acme", Counter, Catalog(2), ExpectedRevision.Of(first), "bob", Token);

        var error = await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", Counter, Catalog(99), ExpectedRevision.Of(first), "carol", Token));
        Assert.Equal(DocumentErrorCodes.VersionConflict, error.Code);
        Assert.Equal(2, second.Number);
        Assert.Equal("counter 2", (await store.LoadAsync<ControlCatalog>("acme", Counter, Token)).Document.Name);
        Assert.Equal(2, (await store.GetHistoryAsync("acme", Counter, Token)).Count);
    }

    [Fact]
    public async Task Create_only_refuses_an_existing_document_and_a_conditional_save_a_missing_one()
    {
        var store = CreateStore(new FakeClock(Start));
        var first = await store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.None, "alice", Token);
        Assert.Equal(DocumentErrorCodes.VersionConflict, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", Counter, Catalog(2), ExpectedRevision.None, "bob", Token))).Code);
        var other = new DocumentKey(DocumentKinds.ControlCatalog, "other");
        Assert.Equal(DocumentErrorCodes.VersionConflict, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", other, Catalog(2), ExpectedRevision.Of(first), "bob", Token))).Code);
        Assert.Null(await store.GetRevisionAsync("acme", other, Token));
    }

    [Fact]
    public async Task An_unconditional_save_always_makes_a_new_revision_and_etags_never_repeat()
    {
        var store = CreateStore(new FakeClock(Start));
        var etags = new List<string>();
        etags.Add((await store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.Any, "alice", Token)).ETag);
        etags.Add((await store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.Any, "alice", Token)).ETag); // same content: a new revision still
        Assert.True(await store.DeleteAsync("acme", Counter, ExpectedRevision.Any, Token));
        var again = await store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.None, "alice", Token);
        etags.Add(again.ETag);

        Assert.Equal(etags.Count, etags.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(DocumentErrorCodes.VersionConflict, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", Counter, Catalog(5), ExpectedRevision.Of(etags[0]), "stale", Token))).Code);
    }

    [Fact]
    public async Task Parallel_writers_that_retry_on_conflict_lose_no_update()
    {
        const int writers = 8;
        const int increments = 50;
        var store = CreateStore(new FakeClock(Start));
        await store.SaveAsync("acme", Counter, Catalog(0), ExpectedRevision.None, "setup", Token);
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < increments; i++)
            {
                while (true)
                {
                    var current = await store.LoadAsync<ControlCatalog>("acme", Counter, Token);
                    try
                    {
                        await store.SaveAsync("acme", Counter, Catalog(Value(current.Document) + 1), ExpectedRevision.Of(current.Revision), $"writer-{w}", Token);
                        break;
                    }
                    catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.VersionConflict)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }, Token)));

        var final = await store.LoadAsync<ControlCatalog>("acme", Counter, Token);
        Assert.Equal(writers * increments, Value(final.Document));
        Assert.Equal(writers * increments + 1, final.Revision.Number);
        var history = await store.GetHistoryAsync("acme", Counter, Token);
        Assert.Equal(Enumerable.Range(1, writers * increments + 1).Select(n => (long)n), history.Select(r => r.Number));
    }

    [Fact]
    public async Task The_history_lists_every_revision_and_loads_as_of_a_revision_or_an_instant()
    {
        var clock = new FakeClock(Start);
        var store = CreateStore(clock);
        var r1 = await store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.None, "alice", Token);
        clock.Advance(Duration.FromDays(1));
        var r2 = await store.SaveAsync("acme", Counter, Catalog(2), ExpectedRevision.Of(r1), "bob", Token);
        clock.Advance(Duration.FromDays(1));
        await store.SaveAsync("acme", Counter, Catalog(3), ExpectedRevision.Of(r2), "carol", Token);

        var history = await store.GetHistoryAsync("acme", Counter, Token);
        Assert.Equal(["alice", "bob", "carol"], history.Select(r => r.SavedBy));
        Assert.Equal([Start, Start + Duration.FromDays(1), Start + Duration.FromDays(2)], history.Select(r => r.SavedAt));
        Assert.Equal("counter 2", (await store.LoadRevisionAsync<ControlCatalog>("acme", Counter, 2, Token)).Document.Name);
        Assert.Equal("counter 2", (await store.LoadAsOfAsync<ControlCatalog>("acme", Counter, Start + Duration.FromHours(47), Token)).Document.Name);
        Assert.Equal("counter 3", (await store.LoadAsOfAsync<ControlCatalog>("acme", Counter, Start + Duration.FromDays(2), Token)).Document.Name);
        Assert.Equal(DocumentErrorCodes.DocumentNotFound, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.LoadAsOfAsync<ControlCatalog>("acme", Counter, Start - Duration.FromSeconds(1), Token))).Code);
        Assert.Equal(DocumentErrorCodes.DocumentNotFound, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.LoadRevisionAsync<ControlCatalog>("acme", Counter, 4, Token))).Code);
    }

    [Fact]
    public async Task Tenants_and_documents_page_in_order_with_a_continuation_token()
    {
        var store = CreateStore(new FakeClock(Start));
        var tenants = Enumerable.Range(0, 23).Select(i => string.Create(CultureInfo.InvariantCulture, $"tenant-{i:D2}")).ToList();
        foreach (var tenant in tenants.AsEnumerable().Reverse())
        {
            await store.SaveAsync(tenant, Counter, Catalog(1), ExpectedRevision.None, "seed", Token);
        }

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await store.ListTenantsAsync(5, after, Token);
            Assert.InRange(page.Items.Count, 1, 5);
            seen.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        Assert.Equal(tenants, seen);

        var names = Enumerable.Range(0, 7).Select(i => string.Create(CultureInfo.InvariantCulture, $"doc-{i}")).ToList();
        foreach (var name in names)
        {
            await store.SaveAsync("tenant-00", new DocumentKey(DocumentKinds.ControlCatalog, name), Catalog(1), ExpectedRevision.None, "seed", Token);
        }

        var first = await store.ListDocumentsAsync("tenant-00", 3, null, Token);
        var keys = new List<DocumentKey>(first.Items);
        for (var next = first.Next; next is not null;)
        {
            var page = await store.ListDocumentsAsync("tenant-00", 3, next, Token);
            keys.AddRange(page.Items);
            next = page.Next;
        }

        Assert.Equal([Counter, .. names.Select(n => new DocumentKey(DocumentKinds.ControlCatalog, n))], keys); // ordinal: "counter" < "doc-0"
    }

    [Fact]
    public async Task Deleting_a_document_or_a_tenant_removes_it_and_its_history()
    {
        var store = CreateStore(new FakeClock(Start));
        var saved = await store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.None, "alice", Token);
        var other = new DocumentKey(DocumentKinds.ControlCatalog, "other");
        await store.SaveAsync("acme", other, Catalog(1), ExpectedRevision.None, "alice", Token);
        await store.SaveAsync("globex", Counter, Catalog(1), ExpectedRevision.None, "alice", Token);

        Assert.Equal(DocumentErrorCodes.VersionConflict, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.DeleteAsync("acme", Counter, ExpectedRevision.Of("0-stale"), Token))).Code);
        Assert.True(await store.DeleteAsync("acme", Counter, ExpectedRevision.Of(saved), Token));
        Assert.False(await store.DeleteAsync("acme", Counter, ExpectedRevision.Any, Token));
        Assert.Empty(await store.GetHistoryAsync("acme", Counter, Token));
        Assert.Equal(DocumentErrorCodes.DocumentNotFound, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.LoadAsync<ControlCatalog>("acme", Counter, Token))).Code);
        Assert.Equal([other], (await store.ListDocumentsAsync("acme", 10, null, Token)).Items);

        Assert.True(await store.DeleteTenantAsync("acme", Token));
        Assert.False(await store.DeleteTenantAsync("acme", Token));
        Assert.Equal(["globex"], (await store.ListTenantsAsync(10, null, Token)).Items);
        Assert.Empty((await store.ListDocumentsAsync("acme", 10, null, Token)).Items);
    }

    [Fact]
    public async Task A_canceled_operation_throws_and_saves_nothing()
    {
        var store = CreateStore(new FakeClock(Start));
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.None, "alice", canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ListTenantsAsync(10, null, canceled.Token));
        Assert.Null(await store.GetRevisionAsync("acme", Counter, Token));
        Assert.Empty((await store.ListTenantsAsync(10, null, Token)).Items);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Acme")]
    [InlineData("-acme")]
    [InlineData("../acme")]
    [InlineData("acme/x")]
    [InlineData("acme\n")]
    [InlineData("a.b")]
    [InlineData("x123456789012345678901234567890123456789012345678901234567890123")]
    public async Task A_tenant_id_outside_the_pattern_is_refused_before_anything_is_touched(string tenant)
    {
        var store = CreateStore(new FakeClock(Start));
        Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync(tenant, Counter, Catalog(1), ExpectedRevision.Any, "alice", Token))).Code);
        Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.LoadAsync<ControlCatalog>(tenant, Counter, Token))).Code);
        Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.DeleteTenantAsync(tenant, Token))).Code);
        Assert.Empty((await store.ListTenantsAsync(10, null, Token)).Items);
    }

    [Fact]
    public async Task A_key_of_another_kind_than_the_model_or_a_bad_name_is_refused()
    {
        var store = CreateStore(new FakeClock(Start));
        Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", DocumentKey.Isms, Catalog(1), ExpectedRevision.Any, "alice", Token))).Code);
        Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", new DocumentKey(DocumentKinds.ControlCatalog, "../x"), Catalog(1), ExpectedRevision.Any, "alice", Token))).Code);
        Assert.Equal(DocumentErrorCodes.InvalidKey, (await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", Counter, Catalog(1), ExpectedRevision.Any, " ", Token))).Code);
    }

    [Fact]
    public async Task A_certification_record_is_append_only()
    {
        var store = CreateStore(new FakeClock(Start));
        var key = DocumentKey.Certification("iso27001");
        var (accepted, planned) = Certification();
        var r1 = await store.SaveAsync("acme", key, accepted, ExpectedRevision.None, "cb", Token);
        var r2 = await store.SaveAsync("acme", key, planned, ExpectedRevision.Of(r1), "cb", Token); // one event appended

        var shorter = await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", key, accepted, ExpectedRevision.Of(r2), "cb", Token));
        Assert.Equal(DocumentErrorCodes.HistoryNotExtended, shorter.Code);
        var rewritten = await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync("acme", key, Certification(note: "rewritten").Planned, ExpectedRevision.Any, "cb", Token));
        Assert.Equal(DocumentErrorCodes.HistoryNotExtended, rewritten.Code);
        Assert.Equal(planned.History.Count, (await store.LoadAsync<CertificationRecord>("acme", key, Token)).Document.History.Count);
    }

    private static ControlCatalog Catalog(int value) => new(
        "counter",
        string.Create(CultureInfo.InvariantCulture, $"counter {value}"),
        "store contract",
        [new CatalogControl(new ControlId("C.1"), "Theme", "A control")]);

    private static int Value(ControlCatalog catalog) => int.Parse(catalog.Name["counter ".Length..], CultureInfo.InvariantCulture);

    private static (CertificationRecord Accepted, CertificationRecord Planned) Certification(string? note = null)
    {
        var opened = Instant.FromUtc(2026, 1, 5, 9, 0);
        var lifecycle = new CertificationLifecycle(new FakeClock(opened), CertificationBodyPolicy.Default);
        var application = new CertificationApplication(
            "Acme Ltd", "Software", 40, [new ApplicationSite("Head office", ["Development"], isCentralFunction: true)],
            "The ISMS of Acme's software development", StandardEdition.Edition2022);
        var person = new PersonId("grace");
        var record = CertificationRecord.Open(application, opened);
        var accepted = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(new LocalDate(2026, 1, 6), person), person, note, Instant.FromUtc(2026, 1, 6, 9, 0));
        var lead = new AuditTeamMember(person, AuditRole.LeadAuditor);
        var planned = lifecycle.Fire(accepted, CertificationTriggers.PlanAudit,
            new AuditPlan(AuditKind.Stage1, new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 3), [lead], [4, 5, 6, 7], [], ["Head office"], ["Development"], 2m),
            person, null, Instant.FromUtc(2026, 1, 7, 9, 0));
        return (accepted, planned);
    }
}
