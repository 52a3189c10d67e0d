using System.Diagnostics;

namespace Isms.Cli.Tests;

/// <summary>
/// Regressions of the real <c>isms</c> program against paths that are not plain files in writable folders: each from
/// a reproducer that used to hang, wait 30 s, leak an exception or leave stray files.
/// </summary>
public sealed class FilesAndDevicesTests
{
    [Fact]
    public async Task Validate_refuses_a_named_pipe_that_a_writer_holds_a_certification_record_in_without_opening_it()
    {
        using var folder = new TempFolder();
        var record = folder.File("record.json");
        Assert.Equal(0, CliRunner.InProcess("init", record, "--kind", "certification-record").ExitCode);
        var fifo = MakeFifo(folder, "record.fifo");
        using var cancel = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            // Blocks until a reader opens the pipe; then offers the record once.
            await using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            await pipe.WriteAsync(await File.ReadAllBytesAsync(record, cancel.Token), cancel.Token);
        }, cancel.Token);

        var result = CliRunner.Process("validate", fifo);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("ISMS-DOC-008", result.Error, StringComparison.Ordinal);
        Assert.Contains("named pipe", result.Error, StringComparison.Ordinal);
        Assert.False(writer.IsCompleted); // the program never opened the pipe
        await DrainAsync(fifo);
        await writer;
    }

    [Fact]
    public void Validate_refuses_a_named_pipe_without_a_writer_and_a_device()
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder, "empty.fifo");
        foreach (var path in new[] { fifo, "/dev/zero", folder.Path })
        {
            var result = CliRunner.Process("validate", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Single(result.ErrorLines);
            Assert.Contains("ISMS-DOC-008", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Init_into_a_missing_folder_says_so_at_once()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Process("init", Path.Combine(folder.Path, "missing", "isms.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("ISMS-STORE-006", result.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("lock", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Init_into_a_folder_that_cannot_be_written_gives_the_reason_and_not_a_lock_timeout()
    {
        using var folder = new TempFolder();
        // As root any folder is writable: a file under /sys is one the kernel refuses to create whoever asks.
        var root = Environment.GetEnvironmentVariable("USER") == "root" || Environment.UserName == "root";
        var target = root ? "/sys/isms-cli-test.json" : Path.Combine(ReadOnly(folder), "isms.json");
        var result = CliRunner.Process("init", target);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("ISMS-STORE-006", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("another writer", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Init_with_an_empty_path_is_a_one_line_usage_error()
    {
        var result = CliRunner.Process("init", string.Empty);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("ISMS-STORE-004", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ArgumentException", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_into_a_folder_path_writes_nothing_inside_it()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("adir"));
        var result = CliRunner.Process(new ProcessSettings(WorkingDirectory: folder.Path), "init", "adir/");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ISMS-STORE-004", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.File("adir")));
    }

    [Fact]
    public void Init_and_init_force_leave_only_the_document()
    {
        using var folder = new TempFolder();
        var file = folder.File("isms.json");
        Assert.Equal(0, CliRunner.Process("init", file).ExitCode);
        Assert.Equal(0, CliRunner.Process("init", file, "--force").ExitCode);
        Assert.Equal([file], Directory.GetFileSystemEntries(folder.Path));
    }

    private static string MakeFifo(TempFolder folder, string name)
    {
        var path = folder.File(name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static async Task DrainAsync(string fifo)
    {
        await using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Read);
        await pipe.CopyToAsync(Stream.Null);
    }

    private static string ReadOnly(TempFolder folder)
    {
        var inner = Directory.CreateDirectory(folder.File("ro")).FullName;
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the file-system tests run on Linux and macOS");
        }

        File.SetUnixFileMode(inner, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return inner;
    }
}
