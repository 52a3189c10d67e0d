using Isms.Core;
using Isms.Evidence;
using Isms.Serialization;
using Isms.Serialization.Contracts;
using Isms.Serialization.Storage;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Isms.AspNetCore;

/// <summary>The evidence route: the coverage <c>isms evidence --format json</c> prints, against the tenant's next audit.</summary>
internal sealed partial class IsmsEndpoints
{
    /// <summary>How many of a tenant's documents are looked through for certification records (a tenant holds its ISMS
    /// and a few records; a page is enough, and a tenant with more names the record with <c>?record=</c>).</summary>
    private const int RecordScanLimit = 100;

    public async Task<IResult> GetEvidenceAsync(HttpContext http, string tenant, string? asOf, string? record, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var date = AsOf(asOf);
        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        var isms = (InformationSecurityManagementSystem)entry.Model;

        // The next audit: of the record named, else the earliest of the tenant's certification records (evidence must
        // stay valid until whichever audit comes first), computed by the lifecycle under each record's stored policy.
        List<DocumentKey> keys = record is not null
            ? [CertificationKey(tenant, record)]
            : [.. (await _store.ListDocumentsAsync(tenant, RecordScanLimit, null, ct).ConfigureAwait(false)).Items.Where(k => k.Kind == DocumentKinds.CertificationRecord)];
        var at = date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        UpcomingAudit? audit = null;
        foreach (var key in keys)
        {
            var stored = (CertificationRecordDocument)(await LoadAsync<CertificationRecordDocument>(tenant, key, ct).ConfigureAwait(false)).Model;
            if (AuditCalendar.NextAudit(LifecycleFor(stored.Policy), stored.Record, at) is { } next && (audit is null || next.Date < audit.Date))
            {
                audit = next;
            }
        }

        var options = _evidence with { NextAudit = audit };
        var contract = entry.Computed($"evidence {audit?.Kind} {audit?.Date}", date, () => Evaluate("evidence", () =>
            EvidenceCoverageContract.From(isms, EvidenceCoverage.Of(isms, date, options))));
        if (keys.Count == 0)
        {
            // The answer rests on the ISMS alone only without certification records.
            http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        }

        return TypedResults.Json(contract, IsmsJson.TypeInfo<EvidenceCoverageContract>());
    }
}
