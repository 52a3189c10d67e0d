using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Extensions.DependencyInjection;
using Isms.Serialization.Storage;

namespace Isms.Samples.GrcHost.Tenants;

/// <summary>
/// The organisations' documents in the registered <see cref="IsmsDocumentDirectory"/>: <c>KEY.isms.json</c> (the ISMS)
/// and, when the organisation has applied for certification, <c>KEY.certification.json</c>. Every document is written
/// atomically and read strictly by Isms.Serialization's file store.
/// </summary>
public sealed class TenantStore(IsmsDocumentDirectory directory) : IOrganisationSource
{
    /// <summary>The suffix of ISMS documents.</summary>
    public const string IsmsSuffix = ".isms.json";

    /// <summary>The suffix of certification records.</summary>
    public const string CertificationSuffix = ".certification.json";

    /// <summary>The folder.</summary>
    public IsmsDocumentDirectory Directory { get; } = directory;

    /// <summary>The keys of the organisations in the store, in ordinal order.</summary>
    public IEnumerable<string> Keys() =>
        Directory.List().Where(n => n.EndsWith(IsmsSuffix, StringComparison.Ordinal)).Select(n => n[..^IsmsSuffix.Length]);

    /// <inheritdoc />
    public IReadOnlyList<OrganisationRecords> LoadAll() => [.. Keys().Select(Load)];

    /// <summary>Loads one organisation's records.</summary>
    /// <param name="key">The organisation's key.</param>
    public OrganisationRecords Load(string key)
    {
        var isms = Directory.Load<InformationSecurityManagementSystem>(key + IsmsSuffix).Document;
        var certification = Directory.CurrentVersion(key + CertificationSuffix).IsNone
            ? null
            : Directory.Load<CertificationRecord>(key + CertificationSuffix).Document;
        return new OrganisationRecords(key, isms, certification);
    }

    /// <summary>Saves one organisation's records, replacing what the store holds (a seeding tool's save: it states the
    /// version it read just before, so a concurrent change by someone else still fails instead of being lost).</summary>
    /// <remarks>The certification record is written first (with the policy of the registered serializer, which checks
    /// that the record's history replays under it), then the ISMS: an organisation appears in <see cref="Keys"/> only once
    /// its ISMS document exists, so a save that fails on the record never shows a new organisation half-saved.</remarks>
    /// <param name="records">The records.</param>
    public void Save(OrganisationRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Certification is { } certification)
        {
            var name = records.Key + CertificationSuffix;
            Directory.Save(name, certification, Directory.CurrentVersion(name));
        }

        var isms = records.Key + IsmsSuffix;
        Directory.Save(isms, records.Isms, Directory.CurrentVersion(isms));
    }
}
