using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.Tenants;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Isms.Samples.GrcHost;

/// <summary>The host's composition root: Isms.Core through AddIsms, then the host's own services.</summary>
public static class GrcServices
{
    /// <summary>Builds the service provider of the host.</summary>
    /// <param name="store">The folder holding the organisations' documents.</param>
    /// <param name="window">How far ahead "due soon" reaches.</param>
    /// <param name="configure">Further registrations (tests register a fake clock here).</param>
    public static ServiceProvider Build(string store, Period window, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddIsms().AddFileStore(store);
        services.AddSingleton<TenantStore>();
        // The organisations' ISMS documents and certification records, persisted in the folder.
        services.AddSingleton<IOrganisationSource>(sp => sp.GetRequiredService<TenantStore>());
        services.AddSingleton(new DueListOptions { Window = window });
        services.AddSingleton<DueListJob>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
