using Isms.Core;
using Isms.Core.Tests.TestData;
using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Isms.Testing;

namespace Isms.Serialization.Tests.Docs;

/// <summary>The blocks of docs/storage.md are these regions, and they run.</summary>
public sealed class StoreSnippetTests
{
    [Fact]
    public void The_doc_shows_the_tested_code_verbatim() =>
        DocSnippets.AssertShown("docs/storage.md", "Docs/StoreSnippetTests.cs", "store-basics");

    [Fact]
    public async Task The_snippet_saves_changes_and_reads_the_isms_as_it_stood()
    {
        using var temp = new TempFolder();
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0)) { AutoAdvance = Duration.FromMinutes(1) }; // time passes between saves
        var isms = ReadyIsms.Create();
        var changed = isms;
        var cancellationToken = TestContext.Current.CancellationToken;
        var folder = temp.FullName;
        #region store-basics
        IIsmsDocumentStore store = new FolderDocumentStore(folder, clock: clock);
        var created = await store.SaveAsync("northwind", DocumentKey.Isms, isms, ExpectedRevision.None, "alice", cancellationToken);
        var stage2 = clock.GetCurrentInstant();

        var loaded = await store.LoadAsync<InformationSecurityManagementSystem>("northwind", DocumentKey.Isms, cancellationToken);
        // If-Match: fails with ISMS-STORE-001 if someone saved since the load, so no update is lost.
        var next = await store.SaveAsync("northwind", DocumentKey.Isms, changed, ExpectedRevision.Of(loaded.Revision), "bob", cancellationToken);

        var history = await store.GetHistoryAsync("northwind", DocumentKey.Isms, cancellationToken);   // who, when, hash
        var asAudited = await store.LoadAsOfAsync<InformationSecurityManagementSystem>("northwind", DocumentKey.Isms, stage2, cancellationToken);
        #endregion
        Assert.Equal(1, created.Number);
        Assert.Equal(2, next.Number);
        Assert.Equal(["alice", "bob"], history.Select(r => r.SavedBy));
        Assert.Equal(created, asAudited.Revision);
    }
}
