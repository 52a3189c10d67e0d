using Microsoft.AspNetCore.Http;

namespace Isms.AspNetCore;

/// <summary>
/// Options of the routes <c>MapIsms</c> maps: <c>services.AddIsmsWeb(o =&gt; ...)</c>. Document limits (size, depth)
/// are the serializer's (<c>IsmsOptions.Documents</c>), so a request is held to the same limits as a file.
/// </summary>
/// <threadsafety>Configure once at start-up; the routes only read the options afterwards.</threadsafety>
public sealed class IsmsWebOptions
{
    /// <summary>The name recorded as <c>savedBy</c> and as a certification event's actor when no user is signed in:
    /// <c>anonymous</c>.</summary>
    public const string DefaultAnonymousActor = "anonymous";

    /// <summary>Who saves and who fires triggers when the request has no signed-in user (default
    /// <see cref="DefaultAnonymousActor"/>). Must be a valid person id (not blank, no surrounding white space).</summary>
    public string AnonymousActor { get; set; } = DefaultAnonymousActor;

    /// <summary>
    /// Names the actor of a request: the <c>savedBy</c> of every save and the actor of every certification event. Null
    /// (the default) takes the signed-in user's name (<c>HttpContext.User.Identity.Name</c>) and falls back to
    /// <see cref="AnonymousActor"/>. The <c>actor</c> member of a certification event's body is never trusted.
    /// </summary>
    public Func<HttpContext, string?>? ResolveActor { get; set; }

    /// <summary>How many parsed documents the parse-once cache keeps (keyed by tenant, document and revision); 0
    /// turns the cache off, so every request loads and verifies the stored document. Default 1,024.</summary>
    public int CacheCapacity { get; set; } = 1024;

    /// <summary>The largest <c>iterations</c> a simulation request may ask for (default 1,000,000): a simulation holds a
    /// request thread for its whole run.</summary>
    public int MaxSimulationIterations { get; set; } = 1_000_000;

    /// <summary>The page size of <c>GET /tenants</c> when the request gives no <c>limit</c> (default 100; at most 1,000).</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>The name of the health check over the document store that <c>AddIsmsWeb</c> registers: <c>isms-store</c>.</summary>
    public const string HealthCheckName = "isms-store";
}
