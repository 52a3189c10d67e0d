using Isms.AspNetCore;
using Isms.Serialization.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the web surface of Isms.Core: <c>services.AddIsmsWeb().AddFileStore("data")</c>, then
/// <c>app.MapIsms("/tenants")</c>.
/// </summary>
/// <remarks>
/// <para>Composes with <c>AddIsms</c>: it calls <c>AddIsms()</c> (whose registrations are all <c>TryAdd</c>), so the
/// order of the two calls does not matter and nothing is registered twice; calling <c>AddIsmsWeb</c> again only adds
/// its configuration.</para>
/// <para>Registers: the routes' handlers; the parse-once cache; the default <see cref="IIsmsTenantAccess"/> (allow
/// every caller; register your own to replace it); ASP.NET Core's JSON options with the Isms converters
/// (<c>ConfigureIsms</c>) and the contracts' source-generated metadata first in the resolver chain; the
/// <see cref="IsmsOpenApiSchemaTransformer"/> and a document-body transformer on every OpenAPI document
/// (<c>services.AddOpenApi()</c> is the host's call); and the health check <see cref="IsmsWebOptions.HealthCheckName"/>
/// over the document store.</para>
/// </remarks>
/// <threadsafety>Configure services from one thread, as with any <see cref="IServiceCollection"/>.</threadsafety>
public static class IsmsWebServiceCollectionExtensions
{
    /// <summary>Registers the Isms web services with the default <see cref="IsmsWebOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The Isms builder, to chain <c>.AddFileStore(path)</c> and other registrations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IIsmsServicesBuilder AddIsmsWeb(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddIsms();
        if (services.Any(d => d.ServiceType == typeof(IsmsWebMarker)))
        {
            return builder;
        }

        services.AddSingleton<IsmsWebMarker>();
        services.AddOptions<IsmsWebOptions>()
            .Validate(o => o.CacheCapacity >= 0, "IsmsWebOptions.CacheCapacity must be 0 (off) or more")
            .Validate(o => o.MaxSimulationIterations >= 1, "IsmsWebOptions.MaxSimulationIterations must be at least 1")
            .Validate(o => o.DefaultPageSize is >= 1 and <= 1000, "IsmsWebOptions.DefaultPageSize must be from 1 to 1000")
            .Validate(o => !string.IsNullOrWhiteSpace(o.AnonymousActor) && o.AnonymousActor.Trim() == o.AnonymousActor, "IsmsWebOptions.AnonymousActor must be a person id (not blank, no surrounding white space)");
        services.TryAddSingleton<IIsmsTenantAccess, AllowAllTenantAccess>();
        services.TryAddSingleton(static sp => new DocumentCache(sp.GetRequiredService<IOptions<IsmsWebOptions>>().Value.CacheCapacity));
        services.TryAddSingleton<IsmsEndpoints>();
        services.ConfigureHttpJsonOptions(static o =>
        {
            o.SerializerOptions.ConfigureIsms();
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, IsmsJson.TypeInfoResolver);
            o.SerializerOptions.TypeInfoResolverChain.Add(Isms.Oscal.Crosswalks.CrosswalkCoverageContract.JsonTypeInfo.Options.TypeInfoResolver!);
        });
        services.ConfigureAll<OpenApiOptions>(static o =>
        {
            o.AddSchemaTransformer<IsmsOpenApiSchemaTransformer>();
            o.AddOperationTransformer<DocumentOperationTransformer>();
        });
        services.AddHealthChecks().AddCheck<IsmsStoreHealthCheck>(IsmsWebOptions.HealthCheckName, tags: ["isms"]);
        return builder;
    }

    /// <summary>Registers the Isms web services and configures <see cref="IsmsWebOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options, e.g. <c>o =&gt; o.CacheCapacity = 10_000</c>.</param>
    /// <returns>The Isms builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IIsmsServicesBuilder AddIsmsWeb(this IServiceCollection services, Action<IsmsWebOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddIsmsWeb();
        services.Configure(configure);
        return builder;
    }
}
