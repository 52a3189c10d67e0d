using Isms.Core.Catalogs;
using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;
using Writer = Isms.Serialization.CrashWriter.Program;

namespace Isms.Serialization.Tests.Storage;

public sealed class FileStoreTests
{
    private readonly DocumentFileStore _store = new();

    [Fact]
    public void A_saved_document_loads_back_with_the_version_the_save_returned()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var version = _store.Save(path, Catalogs.Sample, DocumentVersion.None);
        var loaded = _store.Load<ControlCatalog>(path);
        Assert.True(loaded.Document.SameAs(Catalogs.Sample));
        Assert.Equal(version, loaded.Version);
        Assert.Equal(DocumentVersion.Of(File.ReadAllBytes(path)), version);
    }

    [Fact]
    public void A_save_with_the_current_version_replaces_the_document()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var v1 = _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        var v2 = _store.Save(path, Writer.Counter(2), v1);
        Assert.NotEqual(v1, v2);
        Assert.Equal("counter 2", _store.Load<ControlCatalog>(path).Document.Name);
    }

    [Fact]
    public void A_stale_save_fails_with_a_version_conflict_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var v1 = _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        var v2 = _store.Save(path, Writer.Counter(2), v1);
        var before = File.ReadAllBytes(path);
        var error = Assert.Throws<DocumentStoreException>(() => _store.Save(path, Writer.Counter(99), v1));
        Assert.Equal(DocumentErrorCodes.VersionConflict, error.Code);
        Assert.Equal(v1, error.ExpectedVersion);
        Assert.Equal(v2, error.ActualVersion);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Creating_a_document_where_one_exists_is_a_conflict()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        var error = Assert.Throws<DocumentStoreException>(() => _store.Save(path, Writer.Counter(2), DocumentVersion.None));
        Assert.Equal(DocumentErrorCodes.VersionConflict, error.Code);
    }

    [Fact]
    public void A_change_made_by_hand_between_load_and_save_is_detected()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var version = _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        File.WriteAllText(path, File.ReadAllText(path).Replace("counter 1", "counter 7", StringComparison.Ordinal));
        Assert.Throws<DocumentStoreException>(() => _store.Save(path, Writer.Counter(2), version));
    }

    [Fact]
    public void Loading_a_missing_document_has_its_own_code()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<DocumentStoreException>(() => _store.Load<ControlCatalog>(folder.File("none.json")));
        Assert.Equal(DocumentErrorCodes.DocumentNotFound, error.Code);
        Assert.Equal(DocumentVersion.None, _store.CurrentVersion(folder.File("none.json")));
    }

    [Fact]
    public void Loading_verifies_the_document_and_refuses_a_torn_one()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        _store.Save(path, Catalogs.Sample, DocumentVersion.None);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Throws<IsmsDocumentException>(() => _store.Load<ControlCatalog>(path));
    }

    [Fact]
    public void Retained_versions_keep_the_last_ones_newest_first()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var store = new DocumentFileStore(options: new DocumentFileStoreOptions { RetainedVersions = 3 });
        var version = DocumentVersion.None;
        for (var i = 1; i <= 6; i++)
        {
            version = store.Save(path, Writer.Counter(i), version);
        }

        var retained = store.RetainedVersions(path);
        Assert.Equal(3, retained.Count);
        Assert.Equal(["counter 5", "counter 4", "counter 3"], retained.Select(r => store.Load<ControlCatalog>(r).Document.Name));
        Assert.Equal("counter 6", store.Load<ControlCatalog>(path).Document.Name);
    }

    [Fact]
    public void Without_retention_no_history_is_kept()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var version = _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        _store.Save(path, Writer.Counter(2), version);
        Assert.Empty(_store.RetainedVersions(path));
        Assert.False(Directory.Exists(path + ".history"));
    }

    [Fact]
    public void Temporary_files_left_by_a_crashed_writer_are_removed_by_the_next_save()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var version = _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        var leftover = folder.File(".catalog.json.0123456789abcdef.tmp");
        File.WriteAllText(leftover, "{ torn");
        _store.Save(path, Writer.Counter(2), version);
        Assert.False(File.Exists(leftover));
        Assert.Equal(["catalog.json"], Directory.GetFiles(folder.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_save_waiting_for_a_held_lock_times_out_with_its_own_code()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var version = _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        using (new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)) // another writer holds the lock
        {
            var store = new DocumentFileStore(options: new DocumentFileStoreOptions { LockTimeout = TimeSpan.FromMilliseconds(100) });
            var error = Assert.Throws<DocumentStoreException>(() => store.Save(path, Writer.Counter(2), version));
            Assert.Equal(DocumentErrorCodes.LockTimeout, error.Code);
        }

        Assert.Equal("counter 1", _store.Load<ControlCatalog>(path).Document.Name);
    }
}
