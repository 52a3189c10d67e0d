using System.Collections.Concurrent;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Isms.Serialization.Storage;

/// <summary>
/// Stores documents (an ISMS, a certification record, any kind of <see cref="DocumentKinds"/>) as files, safely.
/// </summary>
/// <remarks>
/// <para>Crash safety: a save writes the new document to a temporary file in the same folder, flushes it to the
/// disk (<see cref="FileStream.Flush(bool)"/> with <c>true</c>), then renames it over the old file (an atomic
/// replace on the same volume). A crash at any point leaves the old document or the new one, never a torn one;
/// temporary files a crash leaves behind are removed by the next save.</para>
/// <para>Optimistic concurrency: <see cref="Load{T}"/> returns the document's <see cref="DocumentVersion"/>;
/// <see cref="Save{T}"/> states the version it replaces and fails with <see cref="DocumentErrorCodes.VersionConflict"/>
/// when the stored version differs, so a stale writer never silently overwrites another's work.</para>
/// <para>Writers are serialised per file by an in-process lock and an operating-system lock on
/// <c>&lt;file&gt;.lock</c>, which exists only while a save runs: the writer that holds it removes it before letting go,
/// and a writer that finds the lock file replaced while it waited tries again (on Linux and macOS the file's identity
/// is checked; on Windows the file is deleted on close). A crash leaves at most a lock file that nobody holds, which
/// the next save takes and removes. Readers take no lock and always see a complete document.</para>
/// <para>Only regular files are read (<see cref="DocumentFile"/>): a pipe or a device is refused, never waited on. A
/// folder that does not exist, is read-only or may not be written fails at once with
/// <see cref="DocumentErrorCodes.StorageUnavailable"/> and the operating system's reason.</para>
/// <para>Loading verifies the document completely (<see cref="IsmsDocumentSerializer"/>): a file changed by
/// hand or by a faulty tool is rejected with <see cref="IsmsDocumentException"/>, never half-loaded.</para>
/// </remarks>
/// <threadsafety>Instances are thread-safe; concurrent readers and writers are supported.</threadsafety>
public sealed class DocumentFileStore
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private readonly IsmsDocumentSerializer _serializer;
    private readonly DocumentFileStoreOptions _options;

    /// <summary>Creates a store.</summary>
    /// <param name="serializer">The serializer (and its limits); null for <see cref="IsmsDocumentSerializer.Default"/>.</param>
    /// <param name="options">The store's choices (copied); null for the defaults.</param>
    public DocumentFileStore(IsmsDocumentSerializer? serializer = null, DocumentFileStoreOptions? options = null)
    {
        _serializer = serializer ?? IsmsDocumentSerializer.Default;
        _options = (options ?? new DocumentFileStoreOptions()).Clone();
    }

    /// <summary>Loads and verifies the document at <paramref name="path"/>.</summary>
    /// <typeparam name="T">The model type, e.g. <c>ControlCatalog</c>.</typeparam>
    /// <param name="path">The document's file path.</param>
    /// <returns>The complete model and the version to state when saving a change.</returns>
    /// <exception cref="DocumentStoreException">The file does not exist (<see cref="DocumentErrorCodes.DocumentNotFound"/>).</exception>
    /// <exception cref="IsmsDocumentException">The file is not a valid document of the kind of <typeparamref name="T"/>.</exception>
    public StoredDocument<T> Load<T>(string path)
        where T : class
    {
        var full = FullPath(path);
        var bytes = ReadBytes(full);
        return new StoredDocument<T>(_serializer.Deserialize<T>(bytes), DocumentVersion.Of(bytes));
    }

    /// <summary>The version of the document at <paramref name="path"/>, or <see cref="DocumentVersion.None"/> when there is none.</summary>
    /// <param name="path">The document's file path.</param>
    public DocumentVersion CurrentVersion(string path)
    {
        var full = FullPath(path);
        return File.Exists(full) ? DocumentVersion.Of(ReadBytes(full)) : DocumentVersion.None;
    }

    /// <summary>
    /// Saves <paramref name="document"/> at <paramref name="path"/>, replacing the version stated, crash-safely.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="path">The document's file path; its folder must exist.</param>
    /// <param name="document">The model to store.</param>
    /// <param name="expectedVersion">The version this save replaces (from <see cref="Load{T}"/> or the previous save), or
    /// <see cref="DocumentVersion.None"/> to create a new document.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="DocumentStoreException">The stored version is not <paramref name="expectedVersion"/>
    /// (<see cref="DocumentErrorCodes.VersionConflict"/>), or the lock was not taken in time.</exception>
    public DocumentVersion Save<T>(string path, T document, DocumentVersion expectedVersion)
        where T : class
    {
        Guard.Against.Null(document);
        var full = FullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new DocumentStoreException(DocumentErrorCodes.StorageUnavailable, full,
                File.Exists(folder) ? $"{folder} is a file, not a folder" : $"the folder {folder} does not exist");
        }

        var bytes = _serializer.Serialize(document);
        var gate = Gates.GetOrAdd(full, _ => new SemaphoreSlim(1, 1));
        var started = Environment.TickCount64;
        if (!gate.Wait(_options.LockTimeout))
        {
            throw LockTimeout(full);
        }

        try
        {
            using var fileLock = FileLock.Acquire(full + ".lock", _options.LockTimeout, started, () => LockTimeout(full), cause => Unavailable(full, cause));
            var current = File.Exists(full) ? DocumentVersion.Of(ReadBytes(full)) : DocumentVersion.None;
            if (current != expectedVersion)
            {
                throw new DocumentStoreException(DocumentErrorCodes.VersionConflict, full,
                    current.IsNone
                        ? $"the save expected version {expectedVersion} but the document does not exist (it was deleted)"
                        : expectedVersion.IsNone
                            ? $"the save creates a new document but one exists (version {current}); load it and save with its version"
                            : $"the document was changed by someone else (stored version {current}, the save expected {expectedVersion}); load it again, reapply the change and save",
                    expectedVersion, current);
            }

            var name = Path.GetFileName(full);
            RemoveLeftoverTemporaryFiles(folder, name);
            var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }

                if (_options.RetainedVersions > 0 && !current.IsNone)
                {
                    Retain(full);
                }

                File.Move(temporary, full, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TryDelete(temporary);
                throw Unavailable(full, ex);
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }

            return DocumentVersion.Of(bytes);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The retained previous versions of the document, newest first (see <see cref="DocumentFileStoreOptions.RetainedVersions"/>).</summary>
    /// <param name="path">The document's file path.</param>
    /// <returns>The file paths of the retained versions; load one with <see cref="Load{T}"/>.</returns>
    public IReadOnlyList<string> RetainedVersions(string path)
    {
        var history = HistoryFolder(FullPath(path));
        return Directory.Exists(history)
            ? [.. Directory.GetFiles(history, "*.json").OrderDescending(StringComparer.Ordinal)]
            : [];
    }

    private static string FullPath(string path)
    {
        Guard.Against.Null(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, path, "the document's path is empty");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, path, "the document's path is not a valid path");
        }

        if (Path.EndsInDirectorySeparator(path) || Directory.Exists(full))
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, full, "the path names a folder, not a document file");
        }

        return full;
    }

    private static string HistoryFolder(string full) => full + ".history";

    private byte[] ReadBytes(string full)
    {
        try
        {
            return DocumentFile.ReadAllBytes(full, _serializer.MaxDocumentBytes);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentStoreException(DocumentErrorCodes.DocumentNotFound, full, "the document does not exist");
        }
    }

    private static DocumentStoreException Unavailable(string full, Exception cause) => new(
        DocumentErrorCodes.StorageUnavailable, full, "cannot write the document: " + FileLock.Describe(cause));

    private DocumentStoreException LockTimeout(string full) => new(
        DocumentErrorCodes.LockTimeout, full,
        string.Create(CultureInfo.InvariantCulture, $"another writer held the document's lock for more than {_options.LockTimeout.TotalSeconds:0.###} s"));

    private void Retain(string full)
    {
        var history = HistoryFolder(full);
        Directory.CreateDirectory(history);
        var existing = Directory.GetFiles(history, "*.json").Order(StringComparer.Ordinal).ToList();
        var next = existing.Count == 0
            ? 1
            : long.Parse(Path.GetFileNameWithoutExtension(existing[^1]), NumberStyles.None, CultureInfo.InvariantCulture) + 1;
        var target = Path.Combine(history, next.ToString("D10", CultureInfo.InvariantCulture) + ".json");
        var temporary = target + ".tmp";
        File.Copy(full, temporary, overwrite: true);
        using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, target, overwrite: true);
        existing.Add(target);
        for (var i = 0; i < existing.Count - _options.RetainedVersions; i++)
        {
            TryDelete(existing[i]);
        }
    }

    private static void RemoveLeftoverTemporaryFiles(string folder, string name)
    {
        foreach (var leftover in Directory.EnumerateFiles(folder, $".{name}.*.tmp"))
        {
            TryDelete(leftover);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file is removed by the next save.
        }
    }
}
