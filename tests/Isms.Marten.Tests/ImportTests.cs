using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Tests.TestData;
using Isms.Marten.Tests.Support;
using Isms.Serialization;
using Isms.Serialization.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Marten.Tests;

/// <summary>Moving a folder store into PostgreSQL keeps the history: every revision with who saved it and when.</summary>
public sealed class ImportTests(PostgresServer server) : IAsyncLifetime
{
    private MartenSchema? _schema;
    private readonly string _folder = Directory.CreateTempSubdirectory("isms-import-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _schema = await MartenSchema.CreateAsync(server);

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_folder_store_moves_into_postgresql_with_every_revision_who_and_when()
    {
        var clock = new FakeClock(Records.Opened) { AutoAdvance = Duration.FromHours(1) };
        var files = new FolderDocumentStore(_folder, clock: clock);
        var key = DocumentKey.Certification("iso27001");
        var accepted = Records.Accepted();
        var r1 = await files.SaveAsync("acme", key, accepted, ExpectedRevision.None, "cb", Token);
        await files.SaveAsync("acme", key, Records.Planned(accepted), ExpectedRevision.Of(r1), "auditor", Token);
        await files.SaveAsync("globex", DocumentKey.Isms, ReadyIsms.Create(), ExpectedRevision.None, "ciso", Token);

        var store = new MartenDocumentStore(_schema!.Marten, clock: new FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0)));
        Assert.Equal(3, await store.ImportAsync(files, Token));

        var before = await files.GetHistoryAsync("acme", key, Token);
        var after = await store.GetHistoryAsync("acme", key, Token);
        Assert.Equal(before.Select(r => (r.Number, r.SavedBy, r.SavedAt)), after.Select(r => (r.Number, r.SavedBy, r.SavedAt)));
        Assert.Equal(Records.Planned(accepted), (await store.LoadAsync<CertificationRecord>("acme", key, Token)).Document);
        Assert.Equal(accepted, (await store.LoadAsOfAsync<CertificationRecord>("acme", key, before[0].SavedAt, Token)).Document);
        Assert.Equal(ReadyIsms.Create(), (await store.LoadAsync<InformationSecurityManagementSystem>("globex", DocumentKey.Isms, Token)).Document);

        // Importing again would overwrite history: refused, nothing changed.
        var again = await Assert.ThrowsAsync<DocumentStoreException>(() => store.ImportAsync(files, Token));
        Assert.Equal(DocumentErrorCodes.VersionConflict, again.Code);
        Assert.Equal(2, (await store.GetHistoryAsync("acme", key, Token)).Count);
    }
}
