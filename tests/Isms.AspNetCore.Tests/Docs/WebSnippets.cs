using Isms.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Isms.AspNetCore.Tests.Docs;

/// <summary>The code shown in docs/web.md and the package README, compiled and run by <see cref="WebDocSnippetTests"/>.</summary>
internal static class WebSnippets
{
    public static WebApplication Setup(string[] args, string folder)
    {
        #region web-setup
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddIsmsWeb().AddFileStore(folder);       // or register your own IIsmsDocumentStore
        builder.Services.AddSingleton<IIsmsTenantAccess, TenantClaimAccess>();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.MapOpenApi();                                         // /openapi/v1.json, with the Isms schemas
        app.MapHealthChecks("/health");                           // includes "isms-store"
        app.MapIsms("/tenants");                                  // the route group: add .RequireAuthorization() etc.
        #endregion
        return app;
    }
}

#region web-access
/// <summary>A caller may touch the tenants named in its "tenant" claims.</summary>
public sealed class TenantClaimAccess : IIsmsTenantAccess
{
    public ValueTask<bool> CanAccessAsync(HttpContext context, string tenant, IsmsTenantOperation operation) =>
        ValueTask.FromResult(context.User.HasClaim("tenant", tenant));
}
#endregion
