using Microsoft.AspNetCore.Http;

namespace Isms.AspNetCore;

/// <summary>
/// The multi-tenant access hook: decides whether the caller of a request may touch a tenant. Register an
/// implementation before or after <c>AddIsmsWeb</c> (it replaces the default, which allows everything, leaving
/// authentication and authorization to the route group <c>MapIsms</c> returns). A refusal is 403 with
/// <see cref="WebErrorCodes.TenantAccessDenied"/> before any document is read; the tenant listing shows only tenants the
/// caller may read.
/// </summary>
/// <threadsafety>Implementations are called concurrently by every request and must be thread-safe.</threadsafety>
public interface IIsmsTenantAccess
{
    /// <summary>Whether the caller may perform <paramref name="operation"/> on <paramref name="tenant"/>.</summary>
    /// <param name="context">The request (its <see cref="HttpContext.User"/> is the signed-in caller).</param>
    /// <param name="tenant">The tenant id (already checked against <c>^[a-z0-9][a-z0-9-]{0,62}$</c>).</param>
    /// <param name="operation">What the request does.</param>
    /// <returns>True to allow the request.</returns>
    ValueTask<bool> CanAccessAsync(HttpContext context, string tenant, IsmsTenantOperation operation);
}
