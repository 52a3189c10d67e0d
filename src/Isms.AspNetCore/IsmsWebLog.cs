using Microsoft.Extensions.Logging;

namespace Isms.AspNetCore;

/// <summary>
/// The log events of the routes, each with a stable event id (docs/web.md lists them). A client's bad input is
/// logged at Information without the exception (no stack trace); only a failure of the store is a Warning.
/// </summary>
internal static partial class IsmsWebLog
{
    [LoggerMessage(EventId = 4100, EventName = "IsmsDocumentSaved", Level = LogLevel.Information,
        Message = "Saved {Tenant}/{Document} revision {Revision} by {SavedBy}")]
    public static partial void DocumentSaved(ILogger logger, string tenant, string document, long revision, string savedBy);

    [LoggerMessage(EventId = 4101, EventName = "IsmsDocumentDeleted", Level = LogLevel.Information,
        Message = "Deleted {Tenant}/{Document} by {Actor}")]
    public static partial void DocumentDeleted(ILogger logger, string tenant, string document, string actor);

    [LoggerMessage(EventId = 4102, EventName = "IsmsTenantDeleted", Level = LogLevel.Information,
        Message = "Deleted tenant {Tenant} with every document by {Actor}")]
    public static partial void TenantDeleted(ILogger logger, string tenant, string actor);

    [LoggerMessage(EventId = 4103, EventName = "IsmsTriggerFired", Level = LogLevel.Information,
        Message = "Fired {Trigger} on {Tenant}/{Document}: {From} -> {To} by {Actor}")]
    public static partial void TriggerFired(ILogger logger, string trigger, string tenant, string document, string from, string to, string actor);

    [LoggerMessage(EventId = 4104, EventName = "IsmsEntitySaved", Level = LogLevel.Information,
        Message = "Saved {Entity} {Id} of {Tenant} (ISMS revision {Revision}) by {SavedBy}")]
    public static partial void EntitySaved(ILogger logger, string entity, string id, string tenant, long revision, string savedBy);

    [LoggerMessage(EventId = 4105, EventName = "IsmsEntityDeleted", Level = LogLevel.Information,
        Message = "Deleted {Entity} {Id} of {Tenant} (ISMS revision {Revision}) by {SavedBy}")]
    public static partial void EntityDeleted(ILogger logger, string entity, string id, string tenant, long revision, string savedBy);

    [LoggerMessage(EventId = 4110, EventName = "IsmsRequestRefused", Level = LogLevel.Information,
        Message = "Refused {Method} {Path} with {Status} {Code}: {Detail}")]
    public static partial void RequestRefused(ILogger logger, string method, string path, int status, string code, string detail);

    [LoggerMessage(EventId = 4111, EventName = "IsmsStoreUnavailable", Level = LogLevel.Warning,
        Message = "The document store refused {Method} {Path}: {Code} {Detail}")]
    public static partial void StoreUnavailable(ILogger logger, string method, string path, string code, string detail);

    [LoggerMessage(EventId = 4112, EventName = "IsmsSimulationRun", Level = LogLevel.Information,
        Message = "Simulated {Tenant}: {Scenarios} scenarios x {Iterations} iterations, seed {Seed}, in {Seconds:0.000} s")]
    public static partial void SimulationRun(ILogger logger, string tenant, int scenarios, int iterations, ulong seed, double seconds);
}
