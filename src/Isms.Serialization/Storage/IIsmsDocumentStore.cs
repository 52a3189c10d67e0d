using NodaTime;

namespace Isms.Serialization.Storage;

/// <summary>
/// A store of Isms.Core documents for many organisations (tenants): each document is keyed by the tenant and a
/// <see cref="DocumentKey"/> (kind and name), and every save keeps a new revision with who saved it and when.
/// <see cref="FolderDocumentStore"/> is the embedded implementation (a folder per tenant); implement this interface to
/// keep documents in another database, and run the contract test suite against the implementation (docs/storage.md).
/// </summary>
/// <remarks>
/// <para>Rules every implementation keeps: tenant ids match <c>^[a-z0-9][a-z0-9-]{0,62}$</c> and keys
/// <see cref="DocumentKey.Validate"/>, refused with <see cref="DocumentErrorCodes.InvalidKey"/> before anything is
/// touched; revision numbers start at 1 and grow by one per save, and an <see cref="DocumentRevision.ETag"/> never
/// repeats, even after a delete and a new document of the same key; a save that states an expected revision that is
/// not the stored one fails with <see cref="DocumentErrorCodes.VersionConflict"/> and changes nothing, so no update is
/// lost under concurrent writers; a certification record is append-only: a save is accepted only when the new
/// record's history extends the stored one (<see cref="DocumentErrorCodes.HistoryNotExtended"/> otherwise); loads
/// verify the document strictly; every operation honours its <see cref="CancellationToken"/>.</para>
/// </remarks>
/// <threadsafety>Implementations are thread-safe and safe across processes sharing the storage.</threadsafety>
public interface IIsmsDocumentStore
{
    /// <summary>Loads and verifies the current revision of a document.</summary>
    /// <typeparam name="T">The model type of the key's kind, e.g. <c>InformationSecurityManagementSystem</c>.</typeparam>
    /// <param name="tenant">The tenant id.</param>
    /// <param name="key">The document.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The model with its revision.</returns>
    /// <exception cref="DocumentStoreException">No such document (<see cref="DocumentErrorCodes.DocumentNotFound"/>), a bad key.</exception>
    /// <exception cref="IsmsDocumentException">The stored document is not valid.</exception>
    Task<StoredRevision<T>> LoadAsync<T>(string tenant, DocumentKey key, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Loads a document as it was at revision <paramref name="revision"/>.</summary>
    /// <exception cref="DocumentStoreException">No such document or revision (<see cref="DocumentErrorCodes.DocumentNotFound"/>).</exception>
    Task<StoredRevision<T>> LoadRevisionAsync<T>(string tenant, DocumentKey key, long revision, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Loads a document as it stood at <paramref name="instant"/>: the last revision saved at or before it.</summary>
    /// <exception cref="DocumentStoreException">The document did not exist then (<see cref="DocumentErrorCodes.DocumentNotFound"/>).</exception>
    Task<StoredRevision<T>> LoadAsOfAsync<T>(string tenant, DocumentKey key, Instant instant, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>The current revision of a document without loading it, or null when there is none.</summary>
    Task<DocumentRevision?> GetRevisionAsync(string tenant, DocumentKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a new revision of a document: when <paramref name="expected"/> is <see cref="ExpectedRevision.Any"/>
    /// unconditionally, otherwise only if the stored revision is the one expected (optimistic concurrency). Creates
    /// the tenant when it has no documents yet.
    /// </summary>
    /// <typeparam name="T">The model type of the key's kind.</typeparam>
    /// <param name="tenant">The tenant id.</param>
    /// <param name="key">The document.</param>
    /// <param name="document">The model.</param>
    /// <param name="expected">The revision this save replaces: <see cref="ExpectedRevision.None"/> to create,
    /// <see cref="ExpectedRevision.Of(string)"/> a loaded revision's ETag, <see cref="ExpectedRevision.Any"/> for no check.</param>
    /// <param name="savedBy">Who saves (a user id or a service name), kept in the history.</param>
    /// <param name="cancellationToken">Cancels the save (before it commits).</param>
    /// <returns>The new revision.</returns>
    /// <exception cref="DocumentStoreException">The stored revision is not the one expected (<see cref="DocumentErrorCodes.VersionConflict"/>),
    /// a certification record's history does not extend the stored one (<see cref="DocumentErrorCodes.HistoryNotExtended"/>), a bad key or
    /// <paramref name="savedBy"/> (<see cref="DocumentErrorCodes.InvalidKey"/>), the storage refused (<see cref="DocumentErrorCodes.StorageUnavailable"/>).</exception>
    Task<DocumentRevision> SaveAsync<T>(string tenant, DocumentKey key, T document, ExpectedRevision expected, string savedBy, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Deletes a document with its history (if the stored revision is the one expected).</summary>
    /// <returns>True when a document was deleted, false when there was none (and none was expected).</returns>
    /// <exception cref="DocumentStoreException">The stored revision is not the one expected (<see cref="DocumentErrorCodes.VersionConflict"/>).</exception>
    Task<bool> DeleteAsync(string tenant, DocumentKey key, ExpectedRevision expected, CancellationToken cancellationToken = default);

    /// <summary>Deletes a tenant: every document and its history (a contract's end, a data-protection request).</summary>
    /// <returns>True when the tenant had documents.</returns>
    Task<bool> DeleteTenantAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>The tenants that hold at least one document, in ordinal order, a page at a time.</summary>
    /// <param name="limit">The most items to return (1 to 1,000).</param>
    /// <param name="after">The <see cref="StorePage{T}.Next"/> token of the previous page, or null for the first.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<StorePage<string>> ListTenantsAsync(int limit, string? after = null, CancellationToken cancellationToken = default);

    /// <summary>A tenant's documents, ordered by kind then name (ordinal), a page at a time.</summary>
    Task<StorePage<DocumentKey>> ListDocumentsAsync(string tenant, int limit, string? after = null, CancellationToken cancellationToken = default);

    /// <summary>Every revision of a document, oldest first; empty when there is no such document.</summary>
    Task<IReadOnlyList<DocumentRevision>> GetHistoryAsync(string tenant, DocumentKey key, CancellationToken cancellationToken = default);
}
