using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Serialization;
using Isms.Serialization.Storage;

namespace Isms.Samples.GrcHost.Tenants;

/// <summary>
/// The organisations in the library's <see cref="IIsmsDocumentStore"/>, one tenant per organisation: its ISMS
/// (<see cref="DocumentKey.Isms"/>) and, once it applied, its certification record (<see cref="Certification"/>). The same
/// code runs on the folder store (<c>AddFileStore</c>, the bare command) and on PostgreSQL (<c>AddMarten</c>): every
/// revision is kept, saves state the revision they replace, reads are strict.
/// </summary>
/// <remarks>Thread-safe (the store is).</remarks>
/// <param name="store">The document store.</param>
public sealed class OrganisationStore(IIsmsDocumentStore store) : IOrganisationSource
{
    /// <summary>Who the host's saves are recorded as.</summary>
    public const string SavedBy = "isms-grc";

    /// <summary>The key of an organisation's certification record.</summary>
    public static DocumentKey Certification { get; } = DocumentKey.Certification("iso27001");

    /// <summary>The store underneath.</summary>
    public IIsmsDocumentStore Documents { get; } = store;

    /// <summary>The keys (tenant ids) of the organisations in the store, in ordinal order.</summary>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public async Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        string? after = null;
        do
        {
            var page = await Documents.ListTenantsAsync(1000, after, cancellationToken).ConfigureAwait(false);
            keys.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);

        return keys;
    }

    /// <inheritdoc />
    public IReadOnlyList<OrganisationRecords> LoadAll() => LoadAllAsync().GetAwaiter().GetResult();

    /// <summary>Loads every organisation's records, in key order.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task<IReadOnlyList<OrganisationRecords>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<OrganisationRecords>();
        foreach (var key in await KeysAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(await LoadAsync(key, cancellationToken).ConfigureAwait(false));
        }

        return all;
    }

    /// <summary>Loads one organisation's records (strictly: a document that does not read is refused, never evaluated).</summary>
    /// <param name="key">The organisation's key.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task<OrganisationRecords> LoadAsync(string key, CancellationToken cancellationToken = default) =>
        new(key, await LoadIsmsAsync(key, cancellationToken).ConfigureAwait(false), await LoadCertificationAsync(key, cancellationToken).ConfigureAwait(false));

    /// <summary>Loads an organisation's ISMS.</summary>
    /// <param name="key">The organisation's key.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task<InformationSecurityManagementSystem> LoadIsmsAsync(string key, CancellationToken cancellationToken = default) =>
        (await Documents.LoadAsync<InformationSecurityManagementSystem>(key, DocumentKey.Isms, cancellationToken).ConfigureAwait(false)).Document;

    /// <summary>Loads an organisation's certification record, or null before it applied.</summary>
    /// <param name="key">The organisation's key.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task<CertificationRecord?> LoadCertificationAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await Documents.LoadAsync<CertificationRecord>(key, Certification, cancellationToken).ConfigureAwait(false)).Document;
        }
        catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.DocumentNotFound)
        {
            // One read instead of "does it exist?" and then "load it": most organisations have a record.
            return null;
        }
    }

    /// <summary>
    /// Saves one organisation's records as a new revision of each document, stating the revision it replaces (the one
    /// it read just before, or none for a new organisation), so a concurrent change by someone else fails instead of
    /// being lost. A certification record must extend the stored history (records are append-only).
    /// </summary>
    /// <remarks>The certification record is written first (checked against the registered lifecycle's policy), then the
    /// ISMS: a save that fails on the record leaves no new ISMS revision behind.</remarks>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task SaveAsync(OrganisationRecords records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Certification is { } certification)
        {
            var current = await Documents.GetRevisionAsync(records.Key, Certification, cancellationToken).ConfigureAwait(false);
            await Documents.SaveAsync(records.Key, Certification, certification, Expected(current), SavedBy, cancellationToken).ConfigureAwait(false);
        }

        var isms = await Documents.GetRevisionAsync(records.Key, DocumentKey.Isms, cancellationToken).ConfigureAwait(false);
        await Documents.SaveAsync(records.Key, DocumentKey.Isms, records.Isms, Expected(isms), SavedBy, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves a new organisation: refused (<see cref="DocumentErrorCodes.VersionConflict"/>) if the tenant already
    /// holds either document, so seeding never overwrites an organisation by accident.</summary>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task CreateAsync(OrganisationRecords records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Certification is { } certification)
        {
            await Documents.SaveAsync(records.Key, Certification, certification, ExpectedRevision.None, SavedBy, cancellationToken).ConfigureAwait(false);
        }

        await Documents.SaveAsync(records.Key, DocumentKey.Isms, records.Isms, ExpectedRevision.None, SavedBy, cancellationToken).ConfigureAwait(false);
    }

    private static ExpectedRevision Expected(DocumentRevision? current) => current is null ? ExpectedRevision.None : ExpectedRevision.Of(current);
}
