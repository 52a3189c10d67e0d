using System.Globalization;
using Ardalis.GuardClauses;

namespace Isms.Serialization.Storage;

/// <summary>
/// Opens document files for reading safely: only a regular file is opened, so a named pipe (FIFO) without a writer,
/// a device that never ends or a folder is refused at once with <see cref="DocumentErrorCodes.NotARegularFile"/>
/// instead of blocking or exhausting the reader.
/// </summary>
/// <remarks>The check reads the file's type from the operating system without opening it (on Linux and macOS; on
/// Windows a path names a file or a folder).</remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class DocumentFile
{
    /// <summary>Opens the regular file at <paramref name="path"/> for reading (shared with writers, so a concurrent save
    /// by <see cref="DocumentFileStore"/> is never blocked).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="useAsync">True to open for asynchronous reads.</param>
    /// <returns>The open stream; the caller disposes it.</returns>
    /// <exception cref="IsmsDocumentException">The path names a FIFO, a device, a socket or a folder (<see cref="DocumentErrorCodes.NotARegularFile"/>).</exception>
    /// <exception cref="FileNotFoundException">Nothing exists at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The operating system refused to open the file.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static FileStream OpenRead(string path, bool useAsync = false)
    {
        Guard.Against.NullOrEmpty(path);
        var status = FileStatus.OfPath(path);
        if (status is { Kind: not (FileEntryKind.Regular or FileEntryKind.Unknown) } refused)
        {
            throw NotRegular(path, refused.Kind);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096,
            (useAsync ? FileOptions.Asynchronous : FileOptions.None) | FileOptions.SequentialScan);
        var opened = FileStatus.OfHandle(stream.SafeFileHandle).Kind;
        if (opened is not (FileEntryKind.Regular or FileEntryKind.Unknown))
        {
            // Replaced between the check and the open (a race): refuse it all the same.
            stream.Dispose();
            throw NotRegular(path, opened);
        }

        return stream;
    }

    /// <summary>Reads the regular file at <paramref name="path"/> whole, refusing one larger than <paramref name="maxBytes"/>
    /// (<see cref="DocumentErrorCodes.DocumentTooLarge"/>) before reading it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    /// <exception cref="IsmsDocumentException">Not a regular file, or too large.</exception>
    /// <exception cref="FileNotFoundException">Nothing exists at <paramref name="path"/>.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes = IsmsDocumentOptions.DefaultMaxDocumentBytes)
    {
        using var stream = OpenRead(path);
        var length = stream.Length;
        if (length > maxBytes)
        {
            throw TooLarge(path, length, maxBytes);
        }

        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    internal static IsmsDocumentException TooLarge(string? source, long length, long maxBytes) => new(
        DocumentErrorCodes.DocumentTooLarge, DocumentLocation.InJson(null, null, null) with { Source = source },
        string.Create(CultureInfo.InvariantCulture, $"the file is {length} bytes"),
        string.Create(CultureInfo.InvariantCulture, $"at most {maxBytes} bytes (IsmsDocumentOptions.MaxDocumentBytes)"), null, null);

    private static IsmsDocumentException NotRegular(string path, FileEntryKind kind) => new(
        DocumentErrorCodes.NotARegularFile, DocumentLocation.InJson(null, null, null) with { Source = path },
        kind switch
        {
            FileEntryKind.Fifo => "the path is a named pipe (FIFO), not a file",
            FileEntryKind.Directory => "the path is a folder, not a file",
            FileEntryKind.CharacterDevice or FileEntryKind.BlockDevice => "the path is a device, not a file",
            FileEntryKind.Socket => "the path is a socket, not a file",
            _ => "the path is not a regular file",
        },
        "a regular file holding the document", null, null);
}
