using Ardalis.GuardClauses;
using Isms.Core;
using NodaTime;

namespace Isms.Serialization.Storage;

/// <summary>The auditor's questions on any <see cref="IIsmsDocumentStore"/>: what changed between two revisions or two dates.</summary>
/// <threadsafety>These methods are thread-safe as the store is.</threadsafety>
public static class DocumentStoreHistoryExtensions
{
    /// <summary>What changed in a tenant's ISMS (<see cref="DocumentKey.Isms"/>) from revision <paramref name="fromRevision"/> to <paramref name="toRevision"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="tenant">The tenant id.</param>
    /// <param name="fromRevision">The earlier revision number.</param>
    /// <param name="toRevision">The later revision number.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="DocumentStoreException">A revision does not exist (<see cref="DocumentErrorCodes.DocumentNotFound"/>).</exception>
    public static async Task<IsmsRevisionDiff> DiffRevisionsAsync(this IIsmsDocumentStore store, string tenant, long fromRevision, long toRevision, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(store);
        var from = await store.LoadRevisionAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, fromRevision, cancellationToken).ConfigureAwait(false);
        var to = await store.LoadRevisionAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, toRevision, cancellationToken).ConfigureAwait(false);
        return IsmsRevisionDiff.Compare(from, to);
    }

    /// <summary>What changed in a tenant's ISMS between the revision in force at <paramref name="from"/> and the one in force at <paramref name="to"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="tenant">The tenant id.</param>
    /// <param name="from">The earlier instant (e.g. the Stage 2 audit).</param>
    /// <param name="to">The later instant (e.g. the surveillance audit).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="DocumentStoreException">The ISMS did not exist at <paramref name="from"/> (<see cref="DocumentErrorCodes.DocumentNotFound"/>).</exception>
    public static async Task<IsmsRevisionDiff> DiffAsOfAsync(this IIsmsDocumentStore store, string tenant, Instant from, Instant to, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(store);
        var before = await store.LoadAsOfAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, from, cancellationToken).ConfigureAwait(false);
        var after = await store.LoadAsOfAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, to, cancellationToken).ConfigureAwait(false);
        return IsmsRevisionDiff.Compare(before, after);
    }
}
