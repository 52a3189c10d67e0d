using Microsoft.AspNetCore.Http;

namespace Isms.AspNetCore;

/// <summary>The default hook: every caller may touch every tenant (the host adds its own authorization).</summary>
internal sealed class AllowAllTenantAccess : IIsmsTenantAccess
{
    public ValueTask<bool> CanAccessAsync(HttpContext context, string tenant, IsmsTenantOperation operation) => ValueTask.FromResult(true);
}
