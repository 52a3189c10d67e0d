using Isms.Core;
using Isms.Core.Tests.TestData;
using Isms.Marten.Tests.Support;
using Isms.Serialization.Storage;
using NodaTime;
using NodaTime.Testing;
using Isms.Testing;

namespace Isms.Marten.Tests.Docs;

/// <summary>The C# blocks of src/Isms.Marten/README.md and docs/postgres.md are these regions, and they run against PostgreSQL.</summary>
public sealed class MartenSnippetTests(PostgresServer server)
{
    [Theory]
    [InlineData("src/Isms.Marten/README.md")]
    [InlineData("docs/postgres.md")]
    public void The_docs_show_the_tested_code_verbatim(string doc) =>
        DocSnippets.AssertShown(doc, "Docs/MartenSnippetTests.cs", "marten-basics");

    [Fact]
    public async Task The_basics_save_load_and_list_the_history()
    {
        var connectionString = server.ConnectionString;
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var isms = ReadyIsms.Create();
        var ct = TestContext.Current.CancellationToken;
        #region marten-basics
        using var marten = IsmsMarten.CreateDocumentStore(connectionString);   // conjoined tenancy, schema "isms"
        var store = new MartenDocumentStore(marten, clock: clock);
        await store.ApplySchemaAsync(ct);                                       // idempotent; at deployment or start-up

        var saved = await store.SaveAsync("northwind", DocumentKey.Isms, isms, ExpectedRevision.None, "alice", ct);
        var loaded = await store.LoadAsync<InformationSecurityManagementSystem>("northwind", DocumentKey.Isms, ct);
        var history = await store.GetHistoryAsync("northwind", DocumentKey.Isms, ct);   // who, when, hash of every revision
        #endregion
        Assert.Equal(saved, loaded.Revision);
        Assert.Equal(["alice"], history.Select(r => r.SavedBy));
        Assert.Equal(isms.Profile.LegalName, loaded.Document.Profile.LegalName);
        await store.DeleteTenantAsync("northwind", ct); // the only test in the default schema: leave it empty
    }
}
