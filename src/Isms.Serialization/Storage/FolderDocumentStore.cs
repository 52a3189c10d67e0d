using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Isms.Serialization.Storage;

/// <summary>
/// The embedded <see cref="IIsmsDocumentStore"/>: a folder per tenant, a folder per document, one file per revision.
/// No lock files, no database: what the <c>isms</c> and <c>isms-grc</c> hosts use out of the box.
/// </summary>
/// <remarks>
/// <para>Layout: <c>ROOT/TENANT/KIND/NAME/0000000001.rev</c>, <c>0000000002.rev</c>, ... Each revision file holds one line
/// of JSON (revision, ETag, savedBy, savedAt, SHA-256) and then the document's exact bytes. The current revision is the
/// highest number; the history is every file; as-of reads pick the last revision saved at or before the instant.</para>
/// <para>Crash safety and concurrency: a save writes the new revision to a temporary file in the document's folder,
/// flushes it to the disk, then publishes it under the next number with a call that fails if the name exists
/// (<c>link(2)</c> on Linux and macOS, <c>MoveFileEx</c> without replace on Windows): creating revision N+1 is the
/// compare-and-swap, so of two writers that read revision N exactly one wins and the other gets
/// <see cref="DocumentErrorCodes.VersionConflict"/>, across threads and processes, with no lock. A crash leaves either
/// no new revision or a complete one, never a torn one; a temporary file a crash leaves behind is removed by a later
/// save once it is an hour old.</para>
/// <para>Deletes rename the folder out of the way (atomically, so no save lands in a half-deleted folder) and then
/// remove it with everything in it; empty kind and tenant folders are removed too, so a tenant with no documents is
/// no longer listed. ETags are <c>REVISION-INCARNATION</c> where the incarnation is random per document creation, so a
/// document created again after a delete never repeats an old ETag.</para>
/// <para>Listing tenants or documents reads the folder's entries for every page: fine for thousands of tenants; a
/// database-backed store is the choice for hundreds of thousands.</para>
/// </remarks>
/// <threadsafety>Instances are thread-safe; several processes may share a root folder.</threadsafety>
public sealed class FolderDocumentStore : IIsmsDocumentStore
{
    private const string Extension = ".rev";
    private const int MaxHeaderBytes = 16 * 1024;
    private const int MaxSavedByLength = 256;

    private readonly IsmsDocumentSerializer _serializer;
    private readonly IClock _clock;

    /// <summary>Creates a store over a root folder (created on the first save).</summary>
    /// <param name="root">The root folder.</param>
    /// <param name="serializer">The serializer (and its limits); null for <see cref="IsmsDocumentSerializer.Default"/>.</param>
    /// <param name="clock">The clock of the saved-at instants; null for the system clock.</param>
    public FolderDocumentStore(string root, IsmsDocumentSerializer? serializer = null, IClock? clock = null)
    {
        Guard.Against.NullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        _serializer = serializer ?? IsmsDocumentSerializer.Default;
        _clock = clock ?? SystemClock.Instance;
    }

    /// <summary>The root folder's absolute path.</summary>
    public string Root { get; }

    /// <inheritdoc/>
    public async Task<StoredRevision<T>> LoadAsync<T>(string tenant, DocumentKey key, CancellationToken cancellationToken = default)
        where T : class
    {
        var folder = DocumentFolder(tenant, key, typeof(T));
        var numbers = Revisions(folder);
        if (numbers.Count == 0)
        {
            throw NotFound(tenant, key, "the document does not exist");
        }

        return await LoadFileAsync<T>(folder, numbers[^1], tenant, key, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<StoredRevision<T>> LoadRevisionAsync<T>(string tenant, DocumentKey key, long revision, CancellationToken cancellationToken = default)
        where T : class
    {
        var folder = DocumentFolder(tenant, key, typeof(T));
        if (!Revisions(folder).Contains(revision))
        {
            throw NotFound(tenant, key, string.Create(CultureInfo.InvariantCulture, $"the document has no revision {revision}"));
        }

        return await LoadFileAsync<T>(folder, revision, tenant, key, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<StoredRevision<T>> LoadAsOfAsync<T>(string tenant, DocumentKey key, Instant instant, CancellationToken cancellationToken = default)
        where T : class
    {
        var folder = DocumentFolder(tenant, key, typeof(T));
        var numbers = Revisions(folder);
        for (var i = numbers.Count - 1; i >= 0; i--)
        {
            var header = await ReadHeaderAsync(folder, numbers[i], tenant, key, cancellationToken).ConfigureAwait(false);
            if (header is not null && header.SavedAt <= instant)
            {
                return await LoadFileAsync<T>(folder, numbers[i], tenant, key, cancellationToken).ConfigureAwait(false);
            }
        }

        throw NotFound(tenant, key, $"the document did not exist at {InstantPattern.ExtendedIso.Format(instant)}");
    }

    /// <inheritdoc/>
    public async Task<DocumentRevision?> GetRevisionAsync(string tenant, DocumentKey key, CancellationToken cancellationToken = default)
    {
        var folder = DocumentFolder(tenant, key, null);
        var numbers = Revisions(folder);
        return numbers.Count == 0 ? null : await ReadHeaderAsync(folder, numbers[^1], tenant, key, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DocumentRevision>> GetHistoryAsync(string tenant, DocumentKey key, CancellationToken cancellationToken = default)
    {
        var folder = DocumentFolder(tenant, key, null);
        var history = new List<DocumentRevision>();
        foreach (var number in Revisions(folder))
        {
            if (await ReadHeaderAsync(folder, number, tenant, key, cancellationToken).ConfigureAwait(false) is { } revision)
            {
                history.Add(revision);
            }
        }

        return history;
    }

    /// <inheritdoc/>
    public async Task<DocumentRevision> SaveAsync<T>(string tenant, DocumentKey key, T document, ExpectedRevision expected, string savedBy, CancellationToken cancellationToken = default)
        where T : class
    {
        Guard.Against.Null(document);
        var folder = DocumentFolder(tenant, key, typeof(T));
        if (string.IsNullOrWhiteSpace(savedBy) || savedBy.Length > MaxSavedByLength)
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, Where(tenant, key), "savedBy must name who saves (1 to 256 characters)");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var bytes = _serializer.Serialize(document);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var numbers = Revisions(folder);
            var current = numbers.Count == 0 ? null : await ReadHeaderAsync(folder, numbers[^1], tenant, key, cancellationToken).ConfigureAwait(false);
            expected.EnsureSatisfiedBy(current, tenant, key);
            if (current is not null && key.Kind == DocumentKinds.CertificationRecord)
            {
                await CheckHistoryExtendsAsync(folder, current.Number, bytes, tenant, key, cancellationToken).ConfigureAwait(false);
            }

            var number = (current?.Number ?? 0) + 1;
            var incarnation = current is null ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) : Incarnation(current.ETag);
            var revision = new DocumentRevision(number, string.Create(CultureInfo.InvariantCulture, $"{number}-{incarnation}"), savedBy, _clock.GetCurrentInstant(), hash);
            if (await TryPublishAsync(folder, revision, bytes, tenant, key, cancellationToken).ConfigureAwait(false))
            {
                return revision;
            }

            if (!expected.IsAny)
            {
                throw new DocumentStoreException(DocumentErrorCodes.VersionConflict, Where(tenant, key),
                    "another save made the revision this one was about to make; load the document again, reapply the change and save",
                    Version(expected.ETag), null);
            }

            // Unconditional: someone saved in between; make the revision after theirs.
        }
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string tenant, DocumentKey key, ExpectedRevision expected, CancellationToken cancellationToken = default)
    {
        var folder = DocumentFolder(tenant, key, null);
        cancellationToken.ThrowIfCancellationRequested();
        var numbers = Revisions(folder);
        var current = numbers.Count == 0 ? null : await ReadHeaderAsync(folder, numbers[^1], tenant, key, cancellationToken).ConfigureAwait(false);
        if (current is null && (expected.IsNone || expected.IsAny))
        {
            return false;
        }

        if (!expected.IsAny)
        {
            expected.EnsureSatisfiedBy(current, tenant, key);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (!RemoveFolder(folder, tenant, key))
        {
            return false;
        }

        RemoveIfEmpty(Path.GetDirectoryName(folder)!);
        RemoveIfEmpty(TenantFolder(tenant));
        return true;
    }

    /// <inheritdoc/>
    public Task<bool> DeleteTenantAsync(string tenant, CancellationToken cancellationToken = default)
    {
        DocumentKey.Validate(tenant);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(RemoveFolder(TenantFolder(tenant), tenant, null));
    }

    /// <inheritdoc/>
    public Task<StorePage<string>> ListTenantsAsync(int limit, string? after = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.OutOfRange(limit, nameof(limit), 1, 1000);
        cancellationToken.ThrowIfCancellationRequested();
        if (after is not null && !DocumentKey.IsValidTenant(after))
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, "tenants", "the page token is not one this store gave");
        }

        var tenants = Directory.Exists(Root)
            ? Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>().Where(DocumentKey.IsValidTenant)
            : [];
        return Task.FromResult(Page(tenants.Where(t => after is null || string.CompareOrdinal(t, after) > 0), limit, t => t, t => t));
    }

    /// <inheritdoc/>
    public Task<StorePage<DocumentKey>> ListDocumentsAsync(string tenant, int limit, string? after = null, CancellationToken cancellationToken = default)
    {
        DocumentKey.Validate(tenant);
        Guard.Against.OutOfRange(limit, nameof(limit), 1, 1000);
        cancellationToken.ThrowIfCancellationRequested();
        var tenantFolder = TenantFolder(tenant);
        var keys = new List<DocumentKey>();
        if (Directory.Exists(tenantFolder))
        {
            foreach (var kind in IsmsDocumentSerializer.SupportedKinds)
            {
                var kindFolder = Path.Combine(tenantFolder, kind);
                if (!Directory.Exists(kindFolder))
                {
                    continue;
                }

                foreach (var name in Directory.EnumerateDirectories(kindFolder).Select(Path.GetFileName).OfType<string>())
                {
                    var key = new DocumentKey(kind, name);
                    if (!name.StartsWith('.') && Revisions(Path.Combine(kindFolder, name)).Count > 0)
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        var token = (DocumentKey k) => k.Kind + "/" + k.Name;
        return Task.FromResult(Page(keys.Where(k => after is null || string.CompareOrdinal(token(k), after) > 0), limit, token, k => k));
    }

    private static StorePage<TItem> Page<TSource, TItem>(IEnumerable<TSource> items, int limit, Func<TSource, string> token, Func<TSource, TItem> item)
    {
        var ordered = items.OrderBy(token, StringComparer.Ordinal).Take(limit + 1).ToList();
        var page = ordered.Take(limit).ToList();
        return new StorePage<TItem>([.. page.Select(item)], ordered.Count > limit ? token(page[^1]) : null);
    }

    private string TenantFolder(string tenant) => Path.Combine(Root, tenant);

    private string DocumentFolder(string tenant, DocumentKey key, Type? modelType)
    {
        DocumentKey.Validate(tenant, key);
        if (modelType is not null && IsmsDocumentSerializer.KindOf(modelType) != key.Kind)
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, Where(tenant, key),
                $"a {modelType.Name} is a '{IsmsDocumentSerializer.KindOf(modelType)}' document, not a '{key.Kind}'");
        }

        return Path.Combine(Root, tenant, key.Kind, key.Name);
    }

    private static List<long> Revisions(string folder)
    {
        var numbers = new List<long>();
        if (!Directory.Exists(folder))
        {
            return numbers;
        }

        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (name.Length == 10 && long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    numbers.Add(number);
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // Deleted while listing.
        }

        numbers.Sort();
        return numbers;
    }

    private static string FileOf(string folder, long number) => Path.Combine(folder, number.ToString("D10", CultureInfo.InvariantCulture) + Extension);

    private async Task<(DocumentRevision Revision, byte[] Bytes, int Offset)?> ReadFileAsync(string folder, long number, string tenant, DocumentKey key, bool header, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var path = FileOf(folder, number);
            if (header)
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
                var buffer = new byte[Math.Min(MaxHeaderBytes, stream.Length)];
                var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                bytes = buffer[..read];
            }
            else
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
                if (stream.Length > _serializer.MaxDocumentBytes + MaxHeaderBytes)
                {
                    throw DocumentFile.TooLarge(Where(tenant, key), stream.Length, _serializer.MaxDocumentBytes);
                }

                bytes = new byte[stream.Length];
                await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // deleted meanwhile
        }

        var end = Array.IndexOf(bytes, (byte)'\n');
        if (end < 0)
        {
            throw Corrupt(tenant, key, number, "the revision file has no header line");
        }

        return (ParseHeader(bytes.AsSpan(0, end), tenant, key, number), bytes, end + 1);
    }

    private async Task<DocumentRevision?> ReadHeaderAsync(string folder, long number, string tenant, DocumentKey key, CancellationToken cancellationToken) =>
        (await ReadFileAsync(folder, number, tenant, key, header: true, cancellationToken).ConfigureAwait(false))?.Revision;

    private async Task<StoredRevision<T>> LoadFileAsync<T>(string folder, long number, string tenant, DocumentKey key, CancellationToken cancellationToken)
        where T : class
    {
        var file = await ReadFileAsync(folder, number, tenant, key, header: false, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(tenant, key, "the document was deleted");
        cancellationToken.ThrowIfCancellationRequested();
        var document = file.Bytes.AsSpan(file.Offset);
        try
        {
            return new StoredRevision<T>(_serializer.Deserialize<T>(document), file.Revision);
        }
        catch (IsmsDocumentException ex)
        {
            // Every problem of the stored document, each named by the tenant, document and revision (never a server path).
            var source = Where(tenant, key) + "@" + number.ToString(CultureInfo.InvariantCulture);
            throw new IsmsDocumentException(ex.Problems.Select(p => p with { Location = p.Location with { Source = source } }), ex);
        }
    }

    private static DocumentRevision ParseHeader(ReadOnlySpan<byte> line, string tenant, DocumentKey key, long number)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            long? revision = null;
            string? etag = null, savedBy = null, savedAt = null, sha = null;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "revision": revision = reader.GetInt64(); break;
                    case "etag": etag = reader.GetString(); break;
                    case "savedBy": savedBy = reader.GetString(); break;
                    case "savedAt": savedAt = reader.GetString(); break;
                    case "sha256": sha = reader.GetString(); break;
                    default: reader.Skip(); break;
                }
            }

            var at = InstantPattern.ExtendedIso.Parse(savedAt ?? string.Empty);
            if (revision != number || etag is null || savedBy is null || sha is null || !at.Success)
            {
                throw Corrupt(tenant, key, number, "the revision file's header is incomplete");
            }

            return new DocumentRevision(number, etag, savedBy, at.Value, sha);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw Corrupt(tenant, key, number, "the revision file's header is not valid JSON");
        }
    }

    private static byte[] Header(DocumentRevision revision)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("revision", revision.Number);
            writer.WriteString("etag", revision.ETag);
            writer.WriteString("savedBy", revision.SavedBy);
            writer.WriteString("savedAt", InstantPattern.ExtendedIso.Format(revision.SavedAt));
            writer.WriteString("sha256", revision.ContentHash);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static async Task<bool> TryPublishAsync(string folder, DocumentRevision revision, byte[] bytes, string tenant, DocumentKey key, CancellationToken cancellationToken)
    {
        var target = FileOf(folder, revision.Number);
        string? temporary = null;
        try
        {
            Directory.CreateDirectory(folder);
            temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await stream.WriteAsync(Header(revision), cancellationToken).ConfigureAwait(false);
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            RemoveOldTemporaryFiles(folder, File.GetLastWriteTimeUtc(temporary));
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(target))
            {
                return false;
            }

            // The compare-and-swap: fails if another writer published this number first.
            return FileStatus.TryPublish(temporary, target);
        }
        catch (DirectoryNotFoundException)
        {
            return false; // the folder was deleted meanwhile: read again
        }
        catch (IOException) when (File.Exists(target))
        {
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentStoreException(DocumentErrorCodes.StorageUnavailable, Where(tenant, key), "cannot write the document: " + FileLock.Describe(ex));
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    private async Task CheckHistoryExtendsAsync(string folder, long number, byte[] bytes, string tenant, DocumentKey key, CancellationToken cancellationToken)
    {
        var stored = await ReadFileAsync(folder, number, tenant, key, header: false, cancellationToken).ConfigureAwait(false);
        if (stored is not { } file)
        {
            return;
        }

        using var old = JsonDocument.Parse(file.Bytes.AsMemory(file.Offset));
        using var now = JsonDocument.Parse(bytes);
        var before = History(old.RootElement);
        var after = History(now.RootElement);
        for (var i = 0; i < before.Count; i++)
        {
            if (i >= after.Count || before[i] != after[i])
            {
                throw new DocumentStoreException(DocumentErrorCodes.HistoryNotExtended, Where(tenant, key),
                    i >= after.Count
                        ? string.Create(CultureInfo.InvariantCulture, $"the new record has {after.Count} events but the stored one has {before.Count}: certification records are append-only")
                        : string.Create(CultureInfo.InvariantCulture, $"event {i} ($.history[{i}]) differs from the stored one: certification records are append-only; fire new events on the stored record"));
            }
        }
    }

    private static List<string> History(JsonElement root) =>
        root.TryGetProperty("history", out var history) && history.ValueKind == JsonValueKind.Array
            ? [.. history.EnumerateArray().Select(e => e.GetRawText())]
            : [];

    private static DocumentVersion Version(string? etag) => etag is null ? DocumentVersion.None : new DocumentVersion(etag);

    private static string Incarnation(string etag) => etag[(etag.IndexOf('-', StringComparison.Ordinal) + 1)..];

    private bool RemoveFolder(string folder, string tenant, DocumentKey? key)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        // Renamed first (atomic): a concurrent save then finds no folder instead of writing into a half-deleted one.
        var trash = Path.Combine(Root, $".deleted-{Guid.NewGuid():N}");
        try
        {
            Directory.Move(folder, trash);
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentStoreException(DocumentErrorCodes.StorageUnavailable, key is { } k ? Where(tenant, k) : tenant, "cannot delete: " + FileLock.Describe(ex));
        }

        Directory.Delete(trash, recursive: true);
        return true;
    }

    private static void RemoveIfEmpty(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Someone saved into it meanwhile: it stays.
        }
    }

    /// <summary>Removes temporary files a crashed save left: those written an hour or more before <paramref name="now"/>
    /// (the file system's time of this save's own temporary file), never one a running save is writing.</summary>
    private static void RemoveOldTemporaryFiles(string folder, DateTime now)
    {
        foreach (var leftover in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            if (File.GetLastWriteTimeUtc(leftover) < now.AddHours(-1))
            {
                TryDelete(leftover);
            }
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
            // Best effort.
        }
    }

    private static string Where(string tenant, DocumentKey key) => $"{tenant}/{key.Kind}/{key.Name}";

    private static DocumentStoreException NotFound(string tenant, DocumentKey key, string message) =>
        new(DocumentErrorCodes.DocumentNotFound, Where(tenant, key), message);

    private static IsmsDocumentException Corrupt(string tenant, DocumentKey key, long number, string problem) => new(
        DocumentErrorCodes.MalformedJson, DocumentLocation.InJson(null, 1, null) with { Source = Where(tenant, key) + "@" + number.ToString(CultureInfo.InvariantCulture) },
        problem, "a revision file written by FolderDocumentStore", null, null);
}
