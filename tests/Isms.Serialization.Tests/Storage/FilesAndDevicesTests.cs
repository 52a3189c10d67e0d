using System.Diagnostics;
using Isms.Core.Catalogs;
using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;
using Writer = Isms.Serialization.CrashWriter.Program;

namespace Isms.Serialization.Tests.Storage;

/// <summary>
/// Regressions of the file store against what is not a plain document file in a writable folder: named pipes,
/// devices, folders, missing and read-only folders, empty paths, and the lock files a save used to leave behind.
/// </summary>
public sealed class FilesAndDevicesTests
{
    private readonly DocumentFileStore _store = new();

    [Fact]
    public void A_named_pipe_without_a_writer_is_refused_without_blocking()
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder, "record.json");
        var error = Assert.Throws<IsmsDocumentException>(() => DocumentFile.OpenRead(fifo));
        Assert.Equal(DocumentErrorCodes.NotARegularFile, error.Code);
        Assert.Equal(fifo, error.Location.Source);
        Assert.Equal(DocumentErrorCodes.NotARegularFile, Assert.Throws<IsmsDocumentException>(() => _store.Load<ControlCatalog>(fifo)).Code);
        Assert.Equal(DocumentErrorCodes.NotARegularFile, Assert.Throws<IsmsDocumentException>(() => _store.CurrentVersion(fifo)).Code);
    }

    [Fact]
    public void A_device_and_a_folder_are_refused_as_documents()
    {
        using var folder = new TempFolder();
        Assert.Equal(DocumentErrorCodes.NotARegularFile, Assert.Throws<IsmsDocumentException>(() => DocumentFile.OpenRead(folder.FullName)).Code);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Assert.Equal(DocumentErrorCodes.NotARegularFile, Assert.Throws<IsmsDocumentException>(() => DocumentFile.ReadAllBytes("/dev/zero")).Code);
        }
    }

    [Fact]
    public void A_regular_file_is_read_whole_and_a_larger_one_than_the_limit_is_refused_before_reading()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.json");
        File.WriteAllBytes(path, new byte[5000]);
        Assert.Equal(5000, DocumentFile.ReadAllBytes(path).Length);
        Assert.Equal(DocumentErrorCodes.DocumentTooLarge, Assert.Throws<IsmsDocumentException>(() => DocumentFile.ReadAllBytes(path, 4096)).Code);
    }

    [Fact]
    public void Saving_into_a_missing_folder_names_the_folder_at_once_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.FullName, "missing", "catalog.json");
        var error = Assert.Throws<DocumentStoreException>(() => _store.Save(path, Catalogs.Sample, DocumentVersion.None));
        Assert.Equal(DocumentErrorCodes.StorageUnavailable, error.Code);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullName));
    }

    [Fact]
    public void Saving_into_a_read_only_folder_gives_the_operating_systems_reason_and_not_a_lock_timeout()
    {
        using var folder = new TempFolder();
        var path = ReadOnlyFolderFile(folder);
        try
        {
            var store = new DocumentFileStore(options: new DocumentFileStoreOptions { LockTimeout = TimeSpan.FromMinutes(10) });
            var error = Assert.Throws<DocumentStoreException>(() => store.Save(path, Catalogs.Sample, DocumentVersion.None));
            Assert.Equal(DocumentErrorCodes.StorageUnavailable, error.Code);
            Assert.False(File.Exists(path));
        }
        finally
        {
            MakeWritable(folder);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_path_is_an_invalid_key_not_an_argument_exception(string path)
    {
        Assert.Equal(DocumentErrorCodes.InvalidKey, Assert.Throws<DocumentStoreException>(() => _store.Save(path, Catalogs.Sample, DocumentVersion.None)).Code);
        Assert.Equal(DocumentErrorCodes.InvalidKey, Assert.Throws<DocumentStoreException>(() => _store.Load<ControlCatalog>(path)).Code);
    }

    [Fact]
    public void A_folder_path_is_refused_and_nothing_is_written_inside_it()
    {
        using var folder = new TempFolder();
        var inner = Directory.CreateDirectory(folder.File("adir")).FullName;
        foreach (var path in new[] { inner + Path.DirectorySeparatorChar, inner, folder.File("nodir") + Path.DirectorySeparatorChar })
        {
            var error = Assert.Throws<DocumentStoreException>(() => _store.Save(path, Catalogs.Sample, DocumentVersion.None));
            Assert.Equal(DocumentErrorCodes.InvalidKey, error.Code);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(inner));
        Assert.Equal([inner], Directory.GetFileSystemEntries(folder.FullName));
    }

    [Fact]
    public void Saves_leave_only_the_document_behind()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var version = _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        for (var i = 2; i <= 5; i++)
        {
            version = _store.Save(path, Writer.Counter(i), version);
        }

        Assert.Equal([path], Directory.GetFileSystemEntries(folder.FullName));
    }

    [Fact]
    public void A_lock_file_left_by_a_crashed_writer_is_taken_and_removed_by_the_next_save()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var version = _store.Save(path, Writer.Counter(1), DocumentVersion.None);
        File.WriteAllText(path + ".lock", string.Empty); // a crash between taking the lock and removing it; nobody holds it
        _store.Save(path, Writer.Counter(2), version);
        Assert.Equal([path], Directory.GetFileSystemEntries(folder.FullName));
    }

    [Fact]
    public void Parallel_writers_in_one_process_lose_no_update_and_leave_no_lock_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("counter.json");
        _store.Save(path, Writer.Counter(0), DocumentVersion.None);
        Parallel.For(0, 4, _ =>
        {
            var store = new DocumentFileStore(); // separate instances: the operating-system lock is what serialises them
            for (var i = 0; i < 15; i++)
            {
                while (true)
                {
                    var current = store.Load<ControlCatalog>(path);
                    var value = int.Parse(current.Document.Name["counter ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                    try
                    {
                        store.Save(path, Writer.Counter(value + 1), current.Version);
                        break;
                    }
                    catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.VersionConflict)
                    {
                    }
                }
            }
        });
        Assert.Equal("counter 60", _store.Load<ControlCatalog>(path).Document.Name);
        Assert.Equal([path], Directory.GetFileSystemEntries(folder.FullName));
    }

    internal static string MakeFifo(TempFolder folder, string name)
    {
        var path = folder.File(name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>A file path in a folder this process may not write: a folder without write permission, or, when the
    /// tests run as root (who may write anyway), a file under /sys, which the kernel refuses to create.</summary>
    private static string ReadOnlyFolderFile(TempFolder folder)
    {
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
        {
            return "/sys/isms-store-test.json";
        }

        var inner = Directory.CreateDirectory(folder.File("ro")).FullName;
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the file-system tests run on Linux and macOS");
        }

        File.SetUnixFileMode(inner, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return Path.Combine(inner, "catalog.json");
    }

    private static void MakeWritable(TempFolder folder)
    {
        var inner = folder.File("ro");
        if (Directory.Exists(inner) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(inner, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
