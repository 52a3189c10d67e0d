using Isms.Serialization.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Isms.AspNetCore;

/// <summary>Healthy when the document store answers a listing of one tenant; unhealthy (with the store's error code)
/// when it refuses.</summary>
internal sealed class IsmsStoreHealthCheck(IIsmsDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ListTenantsAsync(1, null, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The document store answers.");
        }
        catch (DocumentStoreException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The document store refused: {ex.Code}");
        }
    }
}
