using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ardalis.GuardClauses;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Marten;
using Marten.Services;
using Marten.Storage;
using Npgsql;
using NodaTime;
using NodaTime.Text;

namespace Isms.Marten;

/// <summary>
/// The PostgreSQL <see cref="IIsmsDocumentStore"/> on Marten: every revision of every document is a row holding the
/// library's exact bytes (a <c>bytea</c> column, never <c>jsonb</c>, which reorders keys and drops duplicates) with who
/// saved it and when; certification records are also Marten event streams, one per record, appended with the expected
/// stream version, and loaded by replaying the stream through the certification lifecycle.
/// </summary>
/// <remarks>
/// <para>Create the Marten store with <see cref="IsmsMarten.Configure"/> (or <see cref="IsmsMarten.CreateDocumentStore"/>) and
/// create the schema once with <see cref="ApplySchemaAsync"/> before the first request: nothing is created on the fly.</para>
/// <para>Tenancy: conjoined by default (a <c>tenant_id</c> column on every row and event); with Marten's database-per-tenant
/// mode each tenant's rows and streams live in its own database and the same code runs unchanged.</para>
/// <para>Concurrency: a save runs in one transaction that takes a transaction-scoped advisory lock on the document, reads
/// the stored revision, checks the expected one, inserts revision N+1 (the primary key (tenant, kind, name, revision)
/// is the last line of defence) and, for a certification record, appends the new events with the expected stream
/// version. A lost race is <see cref="DocumentErrorCodes.VersionConflict"/>, as with <see cref="FolderDocumentStore"/>.</para>
/// <para>Saved-at instants come from the store's <see cref="IClock"/>, truncated to microseconds (PostgreSQL's
/// resolution), so a revision returned by a save equals the one loaded later.</para>
/// </remarks>
/// <threadsafety>Instances are thread-safe; any number of processes may share the database.</threadsafety>
public sealed class MartenDocumentStore : IIsmsDocumentStore, IAsyncDisposable, IDisposable
{
    private const int MaxSavedByLength = 256;

    private readonly IDocumentStore _marten;
    private readonly IsmsDocumentSerializer _serializer;
    private readonly IClock _clock;
    private readonly string _schema;
    private readonly IsmsSchema _tables;
    private readonly bool _ownsMarten;

    /// <summary>Creates the store over a Marten store configured with <see cref="IsmsMarten.Configure"/>.</summary>
    /// <param name="marten">The Marten store (owned by the caller).</param>
    /// <param name="serializer">The serializer (and its limits); null for <see cref="IsmsDocumentSerializer.Default"/>.</param>
    /// <param name="clock">The clock of the saved-at instants; null for the system clock.</param>
    public MartenDocumentStore(IDocumentStore marten, IsmsDocumentSerializer? serializer = null, IClock? clock = null)
        : this(marten, serializer, clock, ownsMarten: false)
    {
    }

    private MartenDocumentStore(IDocumentStore marten, IsmsDocumentSerializer? serializer, IClock? clock, bool ownsMarten)
    {
        _ownsMarten = ownsMarten;
        _marten = Guard.Against.Null(marten);
        _serializer = serializer ?? IsmsDocumentSerializer.Default;
        _clock = clock ?? SystemClock.Instance;
        _schema = marten.Options.DatabaseSchemaName;
        _tables = new IsmsSchema(_schema);
    }

    /// <summary>
    /// Creates a store on one PostgreSQL database with conjoined tenancy, owning its Marten store (disposed with it).
    /// Call <see cref="ApplySchemaAsync"/> before the first request.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (prefer reading it from the environment: process lists show arguments).</param>
    /// <param name="schema">The PostgreSQL schema (<see cref="IsmsMarten.DefaultSchema"/> unless given).</param>
    /// <param name="serializer">The serializer; null for <see cref="IsmsDocumentSerializer.Default"/>.</param>
    /// <param name="clock">The clock of the saved-at instants; null for the system clock.</param>
    /// <returns>The store.</returns>
    public static MartenDocumentStore Create(string connectionString, string schema = IsmsMarten.DefaultSchema, IsmsDocumentSerializer? serializer = null, IClock? clock = null) =>
        new(IsmsMarten.CreateDocumentStore(connectionString, schema), serializer, clock, ownsMarten: true);

    /// <summary>Disposes the Marten store when this store created it (<see cref="Create"/>); otherwise nothing.</summary>
    public void Dispose()
    {
        if (_ownsMarten)
        {
            _marten.Dispose();
        }
    }

    /// <summary>Disposes the Marten store when this store created it (<see cref="Create"/>); otherwise nothing.</summary>
    /// <returns>A task that completes when disposed.</returns>
    public ValueTask DisposeAsync()
    {
        if (_ownsMarten && _marten is IAsyncDisposable disposable)
        {
            return disposable.DisposeAsync();
        }

        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The Marten store underneath (for hosts that add their own documents, projections or queries).</summary>
    public IDocumentStore Marten => _marten;

    /// <summary>
    /// Creates or updates the schema in every database of the store: Marten's event tables and this store's tables and
    /// indexes. Idempotent: run it at deployment or start-up (<c>isms-grc migrate</c>, a host's start), never implicitly on a request.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="DocumentStoreException">The database cannot be reached (<see cref="DocumentErrorCodes.StorageUnavailable"/>), naming the host and the cause.</exception>
    public async Task ApplySchemaAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var database in await _marten.Storage.AllDatabases().ConfigureAwait(false))
            {
                await database.ApplyAllConfiguredChangesToDatabaseAsync(ct: cancellationToken).ConfigureAwait(false);
                await using var connection = database.CreateConnection(ConnectionUsage.ReadWrite);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = new NpgsqlCommand(_tables.CreateScript(), connection);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (StoreFailures.IsDatabaseFault(ex))
        {
            throw StoreFailures.Unavailable("schema", ex, _marten);
        }
    }

    /// <inheritdoc/>
    public async Task<StoredRevision<T>> LoadAsync<T>(string tenant, DocumentKey key, CancellationToken cancellationToken = default)
        where T : class
    {
        Check(tenant, key, typeof(T));
        var row = await ReadRowAsync(tenant, key, "ORDER BY revision DESC LIMIT 1", null, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(tenant, key, "the document does not exist");
        return await MaterializeAsync<T>(tenant, key, row, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Loads the current revision of one document of many tenants with one query per database (and, for certification
    /// records, one more for the events of all their streams) instead of a round trip per tenant: the batch read of a
    /// job that visits every tenant. Each document is read as strictly as by <see cref="LoadAsync{T}"/>, certification
    /// records replayed from their streams; one that does not read is that tenant's <see cref="TenantDocument{T}.Error"/>
    /// and the others are still returned.
    /// </summary>
    /// <typeparam name="T">The model type of <paramref name="key"/>'s kind.</typeparam>
    /// <param name="tenants">The tenants, 1 to 10,000 distinct ids.</param>
    /// <param name="key">The document of each tenant.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One entry per tenant, in the order given.</returns>
    /// <exception cref="DocumentStoreException">A tenant id or the key is not valid, a tenant is given twice or is not
    /// assigned to a database (<see cref="DocumentErrorCodes.InvalidKey"/>), or the database cannot be reached
    /// (<see cref="DocumentErrorCodes.StorageUnavailable"/>).</exception>
    public async Task<IReadOnlyList<TenantDocument<T>>> LoadManyAsync<T>(IReadOnlyList<string> tenants, DocumentKey key, CancellationToken cancellationToken = default)
        where T : class
    {
        Guard.Against.Null(tenants);
        Guard.Against.OutOfRange(tenants.Count, nameof(tenants), 1, 10_000);
        foreach (var tenant in tenants)
        {
            Check(tenant, key, typeof(T));
        }

        if (tenants.Distinct(StringComparer.Ordinal).Count() != tenants.Count)
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, "tenants", "a tenant is given more than once");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var rows = new Dictionary<string, RevisionRow>(StringComparer.Ordinal);
        var events = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (database, group) in await ByDatabaseAsync(tenants).ConfigureAwait(false))
        {
            await using var connection = database.CreateConnection(ConnectionUsage.Read);
            await OpenConnectionAsync(connection, "tenants", cancellationToken).ConfigureAwait(false);
            await ReadCurrentRowsAsync(connection, group, key, rows, cancellationToken).ConfigureAwait(false);
            if (key.Kind == DocumentKinds.CertificationRecord)
            {
                await ReadEventsAsync(connection, group, key, rows, events, cancellationToken).ConfigureAwait(false);
            }
        }

        var loaded = new List<TenantDocument<T>>(tenants.Count);
        foreach (var tenant in tenants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!rows.TryGetValue(tenant, out var row))
            {
                loaded.Add(new TenantDocument<T>(tenant, null, null));
                continue;
            }

            var bytes = row.StreamVersion is null ? row.Content : CertificationStream.WithHistory(row.Content, events.GetValueOrDefault(tenant) ?? []);
            try
            {
                loaded.Add(new TenantDocument<T>(tenant, Materialize<T>(tenant, key, row, bytes), null));
            }
            catch (IsmsDocumentException ex)
            {
                loaded.Add(new TenantDocument<T>(tenant, null, ex));
            }
        }

        return loaded;
    }

    /// <summary>The tenants grouped by the database that holds them (one group in conjoined tenancy).</summary>
    private async Task<List<(IMartenDatabase Database, string[] Tenants)>> ByDatabaseAsync(IReadOnlyList<string> tenants)
    {
        if (_marten.Options.Tenancy.Cardinality == global::JasperFx.Descriptors.DatabaseCardinality.Single)
        {
            return [(_marten.Storage.Database, tenants.ToArray())];
        }

        var groups = new List<(IMartenDatabase Database, List<string> Tenants)>();
        foreach (var tenant in tenants)
        {
            IMartenDatabase database;
            try
            {
                database = (await _marten.Options.Tenancy.GetTenantAsync(tenant).ConfigureAwait(false)).Database;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !StoreFailures.IsDatabaseFault(ex))
            {
                throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, tenant, "the tenant is not assigned to any database of this store");
            }

            var index = groups.FindIndex(g => ReferenceEquals(g.Database, database));
            if (index < 0)
            {
                groups.Add((database, [tenant]));
            }
            else
            {
                groups[index].Tenants.Add(tenant);
            }
        }

        return [.. groups.Select(g => (g.Database, g.Tenants.ToArray()))];
    }

    private async Task ReadCurrentRowsAsync(NpgsqlConnection connection, string[] tenants, DocumentKey key, Dictionary<string, RevisionRow> rows, CancellationToken cancellationToken)
    {
        // The primary key (tenant, kind, name, revision) serves "the newest revision of each".
        await using var command = new NpgsqlCommand(
            $"SELECT DISTINCT ON (tenant_id) tenant_id, {IsmsSchema.HeaderColumns}, stream_version, content FROM {_tables.Revisions} " +
            "WHERE tenant_id = ANY(@tenants) AND kind = @kind AND name = @name ORDER BY tenant_id, revision DESC", connection);
        command.Parameters.AddWithValue("tenants", tenants);
        command.Parameters.AddWithValue("kind", key.Kind);
        command.Parameters.AddWithValue("name", key.Name);
        await using var reader = await ExecuteReaderAsync(command, "tenants", cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var tenant = reader.GetString(0);
            var header = IsmsSchema.ReadHeader(reader, 1);
            var streamVersion = reader.IsDBNull(IsmsSchema.HeaderCount + 1) ? (long?)null : reader.GetInt64(IsmsSchema.HeaderCount + 1);
            rows[tenant] = new RevisionRow(header, streamVersion, (byte[])reader.GetValue(IsmsSchema.HeaderCount + 2));
        }
    }

    private async Task ReadEventsAsync(NpgsqlConnection connection, string[] tenants, DocumentKey key, Dictionary<string, RevisionRow> rows, Dictionary<string, List<string>> events, CancellationToken cancellationToken)
    {
        var streams = tenants.Where(t => rows.TryGetValue(t, out var r) && r.StreamVersion > 0).ToArray();
        if (streams.Length == 0)
        {
            return;
        }

        // Marten's event table read directly for every stream of the batch at once (a Marten session is per tenant, so
        // FetchStreamAsync would be a round trip per tenant); each event deserialized with the store's own serializer.
        await using var command = new NpgsqlCommand(
            $"SELECT x.tenant_id, e.data FROM unnest(@tenants, @streams, @versions) AS x(tenant_id, stream_id, version) " +
            $"JOIN {_schema}.mt_events e ON e.tenant_id = x.tenant_id AND e.stream_id = x.stream_id AND e.version <= x.version " +
            "ORDER BY x.tenant_id, e.version", connection);
        command.Parameters.AddWithValue("tenants", streams);
        command.Parameters.AddWithValue("streams", streams.Select(t => CertificationStream.KeyOf(key, Incarnation(rows[t].Revision.ETag))).ToArray());
        command.Parameters.AddWithValue("versions", streams.Select(t => rows[t].StreamVersion!.Value).ToArray());
        var serializer = _marten.Options.Serializer();
        await using var reader = await ExecuteReaderAsync(command, "tenants", cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var tenant = reader.GetString(0);
            var recorded = serializer.FromJson<CertificationEventRecorded>(reader, 1);
            if (!events.TryGetValue(tenant, out var list))
            {
                events[tenant] = list = [];
            }

            list.Add(recorded?.Event ?? "null");
        }
    }

    /// <inheritdoc/>
    public async Task<StoredRevision<T>> LoadRevisionAsync<T>(string tenant, DocumentKey key, long revision, CancellationToken cancellationToken = default)
        where T : class
    {
        Check(tenant, key, typeof(T));
        var row = await ReadRowAsync(tenant, key, "AND revision = @value", revision, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(tenant, key, string.Create(CultureInfo.InvariantCulture, $"the document has no revision {revision}"));
        return await MaterializeAsync<T>(tenant, key, row, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<StoredRevision<T>> LoadAsOfAsync<T>(string tenant, DocumentKey key, Instant instant, CancellationToken cancellationToken = default)
        where T : class
    {
        Check(tenant, key, typeof(T));
        var row = await ReadRowAsync(tenant, key, "AND saved_at <= @value ORDER BY revision DESC LIMIT 1", instant.ToDateTimeUtc(), cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(tenant, key, $"the document did not exist at {InstantPattern.ExtendedIso.Format(instant)}");
        return await MaterializeAsync<T>(tenant, key, row, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<DocumentRevision?> GetRevisionAsync(string tenant, DocumentKey key, CancellationToken cancellationToken = default)
    {
        Check(tenant, key, null);
        return (await ReadRowAsync(tenant, key, "ORDER BY revision DESC LIMIT 1", null, cancellationToken, content: false).ConfigureAwait(false))?.Revision;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DocumentRevision>> GetHistoryAsync(string tenant, DocumentKey key, CancellationToken cancellationToken = default)
    {
        Check(tenant, key, null);
        var history = new List<DocumentRevision>();
        await using var connection = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {IsmsSchema.HeaderColumns} FROM {_tables.Revisions} WHERE tenant_id = @tenant AND kind = @kind AND name = @name ORDER BY revision", tenant, key);
        await using var reader = await ExecuteReaderAsync(command, tenant, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            history.Add(IsmsSchema.ReadHeader(reader));
        }

        return history;
    }

    /// <inheritdoc/>
    public Task<DocumentRevision> SaveAsync<T>(string tenant, DocumentKey key, T document, ExpectedRevision expected, string savedBy, CancellationToken cancellationToken = default)
        where T : class =>
        SaveCoreAsync(tenant, key, document, expected, savedBy, null, cancellationToken);

    /// <summary>
    /// Copies every tenant, document and revision of another store (e.g. a <see cref="FolderDocumentStore"/>) into this
    /// one, keeping each revision's saved-by and saved-at (the history), oldest first, in tenant and document order.
    /// A document that already exists here is refused with <see cref="DocumentErrorCodes.VersionConflict"/> before any of
    /// its revisions is copied. Every revision is read strictly from the source, so a source document that does not read
    /// is reported (<see cref="IsmsDocumentException"/>) before it is written. The bytes are the current serializer's
    /// (a source written by an older version is stored as this version writes it).
    /// </summary>
    /// <param name="source">The store to copy from.</param>
    /// <param name="cancellationToken">Cancels the operation (revisions already copied stay).</param>
    /// <returns>How many revisions were copied.</returns>
    public async Task<int> ImportAsync(IIsmsDocumentStore source, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(source);
        var copied = 0;
        string? tenants = null;
        do
        {
            var tenantPage = await source.ListTenantsAsync(1000, tenants, cancellationToken).ConfigureAwait(false);
            foreach (var tenant in tenantPage.Items)
            {
                string? documents = null;
                do
                {
                    var page = await source.ListDocumentsAsync(tenant, 1000, documents, cancellationToken).ConfigureAwait(false);
                    foreach (var key in page.Items)
                    {
                        copied += key.Kind switch
                        {
                            DocumentKinds.Isms => await CopyAsync<global::Isms.Core.InformationSecurityManagementSystem>(source, tenant, key, cancellationToken).ConfigureAwait(false),
                            DocumentKinds.CertificationRecord => await CopyAsync<CertificationRecordDocument>(source, tenant, key, cancellationToken).ConfigureAwait(false),
                            DocumentKinds.ControlCatalog => await CopyAsync<global::Isms.Core.Catalogs.ControlCatalog>(source, tenant, key, cancellationToken).ConfigureAwait(false),
                            DocumentKinds.RiskMethodology => await CopyAsync<global::Isms.Core.RiskManagement.Criteria.RiskCriteria>(source, tenant, key, cancellationToken).ConfigureAwait(false),
                            _ => await CopyAsync<global::Isms.Core.RiskManagement.Quantitative.FairScenarioSet>(source, tenant, key, cancellationToken).ConfigureAwait(false),
                        };
                    }

                    documents = page.Next;
                }
                while (documents is not null);
            }

            tenants = tenantPage.Next;
        }
        while (tenants is not null);

        return copied;
    }

    private async Task<int> CopyAsync<T>(IIsmsDocumentStore source, string tenant, DocumentKey key, CancellationToken cancellationToken)
        where T : class
    {
        var history = await source.GetHistoryAsync(tenant, key, cancellationToken).ConfigureAwait(false);
        var revisions = new List<StoredRevision<T>>();
        foreach (var revision in history)
        {
            revisions.Add(await source.LoadRevisionAsync<T>(tenant, key, revision.Number, cancellationToken).ConfigureAwait(false));
        }

        DocumentRevision? previous = null;
        foreach (var revision in revisions)
        {
            previous = await SaveCoreAsync(tenant, key, revision.Document, previous is null ? ExpectedRevision.None : ExpectedRevision.Of(previous),
                revision.Revision.SavedBy, revision.Revision.SavedAt, cancellationToken).ConfigureAwait(false);
        }

        return revisions.Count;
    }

    private async Task<DocumentRevision> SaveCoreAsync<T>(string tenant, DocumentKey key, T document, ExpectedRevision expected, string savedBy, Instant? savedAt, CancellationToken cancellationToken)
        where T : class
    {
        Guard.Against.Null(document);
        Check(tenant, key, typeof(T));
        if (string.IsNullOrWhiteSpace(savedBy) || savedBy.Length > MaxSavedByLength)
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, Where(tenant, key), "savedBy must name who saves (1 to 256 characters)");
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Serialized (and so validated) before anything is written: a document that does not serialize changes nothing.
        var bytes = _serializer.Serialize(document);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var events = key.Kind == DocumentKinds.CertificationRecord ? CertificationStream.EventsOf(bytes) : null;
        var due = DueItemProjection.Of(document, bytes, _serializer);
        while (true)
        {
            try
            {
                return await TrySaveAsync(tenant, key, bytes, hash, events, due, expected, savedBy, savedAt, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (StoreFailures.IsConflict(ex))
            {
                if (!expected.IsAny)
                {
                    throw new DocumentStoreException(DocumentErrorCodes.VersionConflict, Where(tenant, key),
                        "another save made the revision this one was about to make; load the document again, reapply the change and save",
                        Version(expected.ETag), null);
                }

                // Unconditional: someone saved in between; make the revision after theirs.
            }
        }
    }

    private async Task<DocumentRevision> TrySaveAsync(string tenant, DocumentKey key, byte[] bytes, string hash, IReadOnlyList<string>? events, List<(string Kind, string Reference, LocalDate DueOn, string Title)> due, ExpectedRevision expected, string savedBy, Instant? savedAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await LockAsync(connection, tenant, key, cancellationToken).ConfigureAwait(false);
            var current = await ReadRowAsync(connection, tenant, key, "ORDER BY revision DESC LIMIT 1", null, cancellationToken, content: false).ConfigureAwait(false);
            expected.EnsureSatisfiedBy(current?.Revision, tenant, key);

            var number = (current?.Revision.Number ?? 0) + 1;
            var incarnation = current is null ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) : Incarnation(current.Revision.ETag);
            var revision = new DocumentRevision(number, string.Create(CultureInfo.InvariantCulture, $"{number}-{incarnation}"), savedBy, Microseconds(savedAt ?? _clock.GetCurrentInstant()), hash);
            long? streamVersion = null;
            if (events is not null)
            {
                var stream = CertificationStream.KeyOf(key, incarnation);
                var stored = current is null ? [] : await CertificationStream.ReadAsync(_marten, tenant, stream, current.StreamVersion ?? 0, cancellationToken).ConfigureAwait(false);
                CertificationStream.CheckExtends(stored, events, Where(tenant, key));
                streamVersion = events.Count;
                if (events.Count > stored.Count)
                {
                    await CertificationStream.AppendAsync(_marten, transaction, tenant, stream, stored.Count, events.Skip(stored.Count), savedBy, cancellationToken).ConfigureAwait(false);
                }
            }

            await using (var insert = Command(connection, $"INSERT INTO {_tables.Revisions} (tenant_id, kind, name, revision, etag, saved_by, saved_at, sha256, stream_version, content) VALUES (@tenant, @kind, @name, @revision, @etag, @saved_by, @saved_at, @sha256, @stream_version, @content)", tenant, key))
            {
                insert.Parameters.AddWithValue("revision", revision.Number);
                insert.Parameters.AddWithValue("etag", revision.ETag);
                insert.Parameters.AddWithValue("saved_by", revision.SavedBy);
                insert.Parameters.AddWithValue("saved_at", revision.SavedAt.ToDateTimeUtc());
                insert.Parameters.AddWithValue("sha256", revision.ContentHash);
                insert.Parameters.AddWithValue("stream_version", (object?)streamVersion ?? DBNull.Value);
                insert.Parameters.AddWithValue("content", bytes);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // The deadline read model follows the document in the same transaction.
            await using (var project = Command(connection, _tables.ReplaceDueItems, tenant, key))
            {
                project.Parameters.AddWithValue("item_kinds", due.Select(d => d.Kind).ToArray());
                project.Parameters.AddWithValue("item_ids", due.Select(d => d.Reference).ToArray());
                project.Parameters.AddWithValue("due_ons", due.Select(d => d.DueOn.ToDateOnly()).ToArray());
                project.Parameters.AddWithValue("titles", due.Select(d => d.Title).ToArray());
                await project.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return revision;
        }
        catch (Exception ex) when (StoreFailures.IsDatabaseFault(ex) && !StoreFailures.IsConflict(ex))
        {
            throw StoreFailures.Unavailable(Where(tenant, key), ex, _marten);
        }
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string tenant, DocumentKey key, ExpectedRevision expected, CancellationToken cancellationToken = default)
    {
        Check(tenant, key, null);
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockAsync(connection, tenant, key, cancellationToken).ConfigureAwait(false);
        var current = await ReadRowAsync(connection, tenant, key, "ORDER BY revision DESC LIMIT 1", null, cancellationToken, content: false).ConfigureAwait(false);
        if (current is null && (expected.IsNone || expected.IsAny))
        {
            return false;
        }

        if (!expected.IsAny)
        {
            expected.EnsureSatisfiedBy(current?.Revision, tenant, key);
        }

        await using (var delete = Command(connection, $"DELETE FROM {_tables.Revisions} WHERE tenant_id = @tenant AND kind = @kind AND name = @name", tenant, key))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var due = Command(connection, _tables.RemoveDueItems("tenant_id = @tenant AND kind = @kind AND name = @name"), tenant, key))
        {
            await due.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (key.Kind == DocumentKinds.CertificationRecord)
        {
            await CertificationStream.DeleteAsync(_marten, transaction, tenant, CertificationStream.KeyOf(key, Incarnation(current!.Revision.ETag)), cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteTenantAsync(string tenant, CancellationToken cancellationToken = default)
    {
        DocumentKey.Validate(tenant);
        cancellationToken.ThrowIfCancellationRequested();
        bool existed;
        await using (var connection = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var delete = new NpgsqlCommand($"DELETE FROM {_tables.Revisions} WHERE tenant_id = @tenant; {_tables.RemoveDueItems("tenant_id = @tenant")}", connection);
            delete.Parameters.AddWithValue("tenant", tenant);
            existed = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // Marten removes the tenant's events and streams (and any documents a host keeps in Marten) in every table.
        await _marten.Advanced.DeleteAllTenantDataAsync(tenant, cancellationToken).ConfigureAwait(false);
        return existed;
    }

    /// <inheritdoc/>
    public async Task<StorePage<string>> ListTenantsAsync(int limit, string? after = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.OutOfRange(limit, nameof(limit), 1, 1000);
        cancellationToken.ThrowIfCancellationRequested();
        if (after is not null && !DocumentKey.IsValidTenant(after))
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, "tenants", "the page token is not one this store gave");
        }

        // Database-per-tenant: every database lists its tenants; the pages merge in ordinal order.
        var tenants = new List<string>();
        foreach (var database in await AllDatabasesAsync().ConfigureAwait(false))
        {
            await using var connection = database.CreateConnection(ConnectionUsage.Read);
            await OpenConnectionAsync(connection, "tenants", cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                $"SELECT DISTINCT tenant_id FROM {_tables.Revisions} WHERE @after::text IS NULL OR tenant_id > @after ORDER BY tenant_id LIMIT @limit", connection);
            command.Parameters.AddWithValue("after", NpgsqlTypes.NpgsqlDbType.Text, (object?)after ?? DBNull.Value);
            command.Parameters.AddWithValue("limit", limit + 1);
            await using var reader = await ExecuteReaderAsync(command, "tenants", cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tenants.Add(reader.GetString(0));
            }
        }

        tenants.Sort(StringComparer.Ordinal);
        var page = tenants.Distinct(StringComparer.Ordinal).Take(limit + 1).ToList();
        return new StorePage<string>(page.Take(limit), page.Count > limit ? page[limit - 1] : null);
    }

    /// <inheritdoc/>
    public async Task<StorePage<DocumentKey>> ListDocumentsAsync(string tenant, int limit, string? after = null, CancellationToken cancellationToken = default)
    {
        DocumentKey.Validate(tenant);
        Guard.Against.OutOfRange(limit, nameof(limit), 1, 1000);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = new List<DocumentKey>();
        await using var connection = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT DISTINCT kind, name FROM {_tables.Revisions} WHERE tenant_id = @tenant AND (@after::text IS NULL OR kind || '/' || name > @after) ORDER BY kind, name LIMIT @limit", connection);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("after", NpgsqlTypes.NpgsqlDbType.Text, (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit + 1);
        await using var reader = await ExecuteReaderAsync(command, tenant, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(new DocumentKey(reader.GetString(0), reader.GetString(1)));
        }

        return new StorePage<DocumentKey>(keys.Take(limit), keys.Count > limit ? keys[limit - 1].ToString() : null);
    }

    /// <summary>
    /// The deadline read model: what is due on or before <paramref name="asOf"/> (overdue included), across all tenants
    /// or for one, earliest first. One range scan of the index on the due day in each database.
    /// </summary>
    /// <param name="asOf">The day: items due on or before it.</param>
    /// <param name="tenant">One tenant, or null for all.</param>
    /// <param name="limit">The most items to return (1 to 100,000).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The items, ordered by due day, tenant, document, kind and reference.</returns>
    public async Task<IReadOnlyList<StoredDueItem>> GetDueItemsAsync(LocalDate asOf, string? tenant = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        Guard.Against.OutOfRange(limit, nameof(limit), 1, 100_000);
        if (tenant is not null)
        {
            DocumentKey.Validate(tenant);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var items = new List<StoredDueItem>();
        foreach (var database in await AllDatabasesAsync().ConfigureAwait(false))
        {
            await using var connection = database.CreateConnection(ConnectionUsage.Read);
            await OpenConnectionAsync(connection, "due items", cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                $"SELECT tenant_id, kind, name, item_kind, item_id, due_on, title FROM {_tables.DueItems} WHERE due_on <= @as_of AND (@tenant::text IS NULL OR tenant_id = @tenant) " +
                "ORDER BY due_on, tenant_id, kind, name, item_kind, item_id LIMIT @limit", connection);
            command.Parameters.AddWithValue("as_of", asOf.ToDateOnly());
            command.Parameters.AddWithValue("tenant", NpgsqlTypes.NpgsqlDbType.Text, (object?)tenant ?? DBNull.Value);
            command.Parameters.AddWithValue("limit", limit);
            await using var reader = await ExecuteReaderAsync(command, "due items", cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(new StoredDueItem(reader.GetString(0), new DocumentKey(reader.GetString(1), reader.GetString(2)), reader.GetString(3), reader.GetString(4),
                    LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(5)), reader.GetString(6)));
            }
        }

        return [.. items.OrderBy(i => i.DueOn).ThenBy(i => i.Tenant, StringComparer.Ordinal).ThenBy(i => i.Document.ToString(), StringComparer.Ordinal)
            .ThenBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Reference, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>How many items are due on or before <paramref name="asOf"/> across all tenants, per kind (<see cref="DueItemKinds"/>):
    /// in each database, a sum over the due counts the saves keep (one row per due day and kind, so the time does not grow
    /// with the number of tenants).</summary>
    /// <param name="asOf">The day.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<IReadOnlyDictionary<string, long>> CountDueItemsAsync(LocalDate asOf, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var database in await AllDatabasesAsync().ConfigureAwait(false))
        {
            await using var connection = database.CreateConnection(ConnectionUsage.Read);
            await OpenConnectionAsync(connection, "due items", cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"SELECT item_kind, sum(items)::bigint FROM {_tables.DueCounts} WHERE due_on <= @as_of GROUP BY item_kind HAVING sum(items) <> 0", connection);
            command.Parameters.AddWithValue("as_of", asOf.ToDateOnly());
            await using var reader = await ExecuteReaderAsync(command, "due items", cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts[reader.GetString(0)] = counts.GetValueOrDefault(reader.GetString(0)) + reader.GetInt64(1);
            }
        }

        return counts;
    }

    /// <summary>
    /// Writes everything the store holds for a tenant as one JSON document (for a contract's end or a data-protection
    /// request): every document with every revision (who, when, SHA-256 and the exact bytes, base64) and, for
    /// certification records, the events of the record's stream. <see cref="DeleteTenantAsync"/> then erases it.
    /// </summary>
    /// <param name="tenant">The tenant id.</param>
    /// <param name="output">Where to write (left open).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many revisions were written.</returns>
    public async Task<int> ExportTenantAsync(string tenant, Stream output, CancellationToken cancellationToken = default)
    {
        DocumentKey.Validate(tenant);
        Guard.Against.Null(output);
        var count = 0;
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("tenant", tenant);
        writer.WriteStartArray("documents");
        string? after = null;
        do
        {
            var page = await ListDocumentsAsync(tenant, 1000, after, cancellationToken).ConfigureAwait(false);
            foreach (var key in page.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", key.Kind);
                writer.WriteString("name", key.Name);
                writer.WriteStartArray("revisions");
                await using (var connection = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false))
                {
                    await using var command = Command(connection, $"SELECT {IsmsSchema.HeaderColumns}, stream_version, content FROM {_tables.Revisions} WHERE tenant_id = @tenant AND kind = @kind AND name = @name ORDER BY revision", tenant, key);
                    await using var reader = await ExecuteReaderAsync(command, Where(tenant, key), cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var revision = IsmsSchema.ReadHeader(reader);
                        writer.WriteStartObject();
                        writer.WriteNumber("revision", revision.Number);
                        writer.WriteString("etag", revision.ETag);
                        writer.WriteString("savedBy", revision.SavedBy);
                        writer.WriteString("savedAt", InstantPattern.ExtendedIso.Format(revision.SavedAt));
                        writer.WriteString("sha256", revision.ContentHash);
                        writer.WriteBase64String("content", (byte[])reader.GetValue(IsmsSchema.HeaderCount + 1));
                        writer.WriteEndObject();
                        count++;
                    }
                }

                writer.WriteEndArray();
                if (key.Kind == DocumentKinds.CertificationRecord && await ReadRowAsync(tenant, key, "ORDER BY revision DESC LIMIT 1", null, cancellationToken, content: false).ConfigureAwait(false) is { } current)
                {
                    writer.WriteStartArray("events");
                    foreach (var e in await CertificationStream.ReadAsync(_marten, tenant, CertificationStream.KeyOf(key, Incarnation(current.Revision.ETag)), current.StreamVersion ?? 0, cancellationToken).ConfigureAwait(false))
                    {
                        writer.WriteRawValue(e);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            after = page.Next;
        }
        while (after is not null);

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    internal IsmsSchema Tables => _tables;

    internal async ValueTask<IReadOnlyList<IMartenDatabase>> AllDatabasesAsync() =>
        await _marten.Storage.AllDatabases().ConfigureAwait(false);

    /// <summary>Opens a connection to the tenant's database (the one database in conjoined tenancy).</summary>
    internal async Task<NpgsqlConnection> OpenAsync(string tenant, CancellationToken cancellationToken)
    {
        IMartenDatabase database;
        try
        {
            database = _marten.Options.Tenancy.Cardinality == global::JasperFx.Descriptors.DatabaseCardinality.Single
                ? _marten.Storage.Database
                : (await _marten.Options.Tenancy.GetTenantAsync(tenant).ConfigureAwait(false)).Database;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !StoreFailures.IsDatabaseFault(ex))
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, tenant, "the tenant is not assigned to any database of this store");
        }

        var connection = database.CreateConnection(ConnectionUsage.ReadWrite);
        await OpenConnectionAsync(connection, tenant, cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task OpenConnectionAsync(NpgsqlConnection connection, string where, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StoreFailures.IsDatabaseFault(ex))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw StoreFailures.Unavailable(where, ex, _marten);
        }
    }

    private async Task<NpgsqlDataReader> ExecuteReaderAsync(NpgsqlCommand command, string where, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StoreFailures.IsDatabaseFault(ex))
        {
            throw StoreFailures.Unavailable(where, ex, _marten);
        }
    }

    private static async Task LockAsync(NpgsqlConnection connection, string tenant, DocumentKey key, CancellationToken cancellationToken)
    {
        // Serializes the writers of one document for the length of a transaction, so "read revision N, check, insert N+1"
        // and a delete never interleave; writers of other documents are not affected.
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", connection);
        command.Parameters.AddWithValue("key", Where(tenant, key));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql, string tenant, DocumentKey key)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("kind", key.Kind);
        command.Parameters.AddWithValue("name", key.Name);
        return command;
    }

    private async Task<RevisionRow?> ReadRowAsync(string tenant, DocumentKey key, string filter, object? value, CancellationToken cancellationToken, bool content = true)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        return await ReadRowAsync(connection, tenant, key, filter, value, cancellationToken, content).ConfigureAwait(false);
    }

    private async Task<RevisionRow?> ReadRowAsync(NpgsqlConnection connection, string tenant, DocumentKey key, string filter, object? value, CancellationToken cancellationToken, bool content = true)
    {
        var columns = IsmsSchema.HeaderColumns + ", stream_version" + (content ? ", content" : string.Empty);
        await using var command = Command(connection, $"SELECT {columns} FROM {_tables.Revisions} WHERE tenant_id = @tenant AND kind = @kind AND name = @name {filter}", tenant, key);
        if (value is not null)
        {
            command.Parameters.AddWithValue("value", value);
        }

        await using var reader = await ExecuteReaderAsync(command, Where(tenant, key), cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var header = IsmsSchema.ReadHeader(reader);
        var streamVersion = reader.IsDBNull(IsmsSchema.HeaderCount) ? (long?)null : reader.GetInt64(IsmsSchema.HeaderCount);
        var bytes = content ? (byte[])reader.GetValue(IsmsSchema.HeaderCount + 1) : [];
        return new RevisionRow(header, streamVersion, bytes);
    }

    private async Task<StoredRevision<T>> MaterializeAsync<T>(string tenant, DocumentKey key, RevisionRow row, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = row.Content;
        if (key.Kind == DocumentKinds.CertificationRecord && row.StreamVersion is { } version)
        {
            // The record is rebuilt from its event stream: the lifecycle replays every stored event on read, so a stream
            // holding an event the lifecycle refuses is reported with the lifecycle's code, as a record file is.
            var events = await CertificationStream.ReadAsync(_marten, tenant, CertificationStream.KeyOf(key, Incarnation(row.Revision.ETag)), version, cancellationToken).ConfigureAwait(false);
            bytes = CertificationStream.WithHistory(bytes, events);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Materialize<T>(tenant, key, row, bytes);
    }

    private StoredRevision<T> Materialize<T>(string tenant, DocumentKey key, RevisionRow row, byte[] bytes)
        where T : class
    {
        try
        {
            return new StoredRevision<T>(_serializer.Deserialize<T>(bytes), row.Revision);
        }
        catch (IsmsDocumentException ex)
        {
            // Every problem named by the tenant, document and revision (never a server's name).
            var source = Where(tenant, key) + "@" + row.Revision.Number.ToString(CultureInfo.InvariantCulture);
            throw new IsmsDocumentException(ex.Problems.Select(p => p with { Location = p.Location with { Source = source } }), ex);
        }
    }

    private static void Check(string tenant, DocumentKey key, Type? modelType)
    {
        DocumentKey.Validate(tenant, key);
        if (modelType is not null && IsmsDocumentSerializer.KindOf(modelType) != key.Kind)
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, Where(tenant, key),
                $"a {modelType.Name} is a '{IsmsDocumentSerializer.KindOf(modelType)}' document, not a '{key.Kind}'");
        }
    }

    private static Instant Microseconds(Instant instant) => Instant.FromUnixTimeTicks(instant.ToUnixTimeTicks() / 10 * 10);

    private static DocumentVersion Version(string? etag) => etag is null ? DocumentVersion.None : new DocumentVersion(etag);

    private static string Incarnation(string etag) => etag[(etag.IndexOf('-', StringComparison.Ordinal) + 1)..];

    internal static string Where(string tenant, DocumentKey key) => $"{tenant}/{key.Kind}/{key.Name}";

    private static DocumentStoreException NotFound(string tenant, DocumentKey key, string message) =>
        new(DocumentErrorCodes.DocumentNotFound, Where(tenant, key), message);

    private sealed record RevisionRow(DocumentRevision Revision, long? StreamVersion, byte[] Content);
}
