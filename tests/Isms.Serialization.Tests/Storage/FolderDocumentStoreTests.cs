using Isms.Core.Catalogs;
using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Writer = Isms.Serialization.CrashWriter.Program;

namespace Isms.Serialization.Tests.Storage;

/// <summary>What the folder store leaves on disk, beyond the contract every store passes.</summary>
public sealed class FolderDocumentStoreTests
{
    private static readonly DocumentKey Key = new(DocumentKinds.ControlCatalog, "catalog");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Saves_leave_one_revision_file_each_and_deletes_leave_nothing()
    {
        using var folder = new TempFolder();
        var store = new FolderDocumentStore(folder.FullName, clock: new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0)));
        var revision = await store.SaveAsync("acme", Key, Writer.Counter(1), ExpectedRevision.None, "alice", Token);
        revision = await store.SaveAsync("acme", Key, Writer.Counter(2), ExpectedRevision.Of(revision), "alice", Token);
        await store.SaveAsync("acme", Key, Writer.Counter(3), ExpectedRevision.Of(revision), "alice", Token);

        var files = Directory.GetFiles(folder.FullName, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.FullName, f).Replace('\\', '/'));
        Assert.Equal(["acme/control-catalog/catalog/0000000001.rev", "acme/control-catalog/catalog/0000000002.rev", "acme/control-catalog/catalog/0000000003.rev"], files.Order(StringComparer.Ordinal));

        await store.DeleteAsync("acme", Key, ExpectedRevision.Any, Token);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullName));
    }

    [Fact]
    public async Task A_revision_file_is_a_header_line_and_the_documents_exact_bytes()
    {
        using var folder = new TempFolder();
        var store = new FolderDocumentStore(folder.FullName);
        await store.SaveAsync("acme", Key, Catalogs.Sample, ExpectedRevision.None, "alice", Token);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder.FullName, "acme", "control-catalog", "catalog", "0000000001.rev"), Token);
        var newline = Array.IndexOf(bytes, (byte)'\n');
        Assert.StartsWith("{\"revision\":1,", System.Text.Encoding.UTF8.GetString(bytes, 0, newline), StringComparison.Ordinal);
        Assert.Equal(IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample), bytes[(newline + 1)..]);
    }

    [Fact]
    public async Task An_old_temporary_file_of_a_crashed_save_is_removed_and_a_fresh_one_is_left_to_its_writer()
    {
        using var folder = new TempFolder();
        var store = new FolderDocumentStore(folder.FullName);
        var revision = await store.SaveAsync("acme", Key, Writer.Counter(1), ExpectedRevision.None, "alice", Token);
        var documentFolder = Path.Combine(folder.FullName, "acme", "control-catalog", "catalog");
        var old = Path.Combine(documentFolder, ".0123456789abcdef0123456789abcdef.tmp");
        var running = Path.Combine(documentFolder, ".fedcba9876543210fedcba9876543210.tmp");
        await File.WriteAllTextAsync(old, "{ torn", Token);
        File.SetLastWriteTimeUtc(old, File.GetLastWriteTimeUtc(old).AddHours(-2));
        await File.WriteAllTextAsync(running, "{ being written", Token);

        await store.SaveAsync("acme", Key, Writer.Counter(2), ExpectedRevision.Of(revision), "alice", Token);

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(running));
    }

    [Fact]
    public async Task A_revision_file_changed_by_hand_is_refused_when_loaded()
    {
        using var folder = new TempFolder();
        var store = new FolderDocumentStore(folder.FullName);
        await store.SaveAsync("acme", Key, Writer.Counter(1), ExpectedRevision.None, "alice", Token);
        var file = Path.Combine(folder.FullName, "acme", "control-catalog", "catalog", "0000000001.rev");
        await File.WriteAllTextAsync(file, "not a header", Token);
        await Assert.ThrowsAsync<IsmsDocumentException>(() => store.LoadAsync<ControlCatalog>("acme", Key, Token));
    }
    [Fact]
    public async Task A_stored_document_breaking_several_rules_reports_each_named_by_tenant_document_and_revision()
    {
        using var folder = new TempFolder();
        var store = new FolderDocumentStore(folder.FullName);
        var isms = Isms.Core.Tests.TestData.TestIsms.Builder().Build();
        await store.SaveAsync("acme", DocumentKey.Isms, isms, ExpectedRevision.None, "alice", Token);
        var file = Directory.GetFiles(Path.Combine(folder.FullName, "acme"), "0000000001.rev", SearchOption.AllDirectories).Single();
        var bytes = await File.ReadAllBytesAsync(file, Token);
        var newline = Array.IndexOf(bytes, (byte)'\n');
        var document = System.Text.Json.Nodes.JsonNode.Parse(bytes.AsSpan(newline + 1))!;
        document["assets"]![0]!["owner"] = "nobody";
        document["risks"]![0]!["owner"] = "nobody-either";
        await File.WriteAllBytesAsync(file, [.. bytes[..(newline + 1)], .. System.Text.Encoding.UTF8.GetBytes(document.ToJsonString())], Token);

        var error = await Assert.ThrowsAsync<IsmsDocumentException>(() => store.LoadAsync<Isms.Core.InformationSecurityManagementSystem>("acme", DocumentKey.Isms, Token));

        Assert.Equal(["$.assets[0].owner", "$.risks[0].owner"], error.Problems.Select(p => p.Location.Path));
        Assert.All(error.Problems, p => Assert.Equal("acme/isms/main@1", p.Location.Source));
    }
}
