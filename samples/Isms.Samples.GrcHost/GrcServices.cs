using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.Evaluation;
using Isms.Samples.GrcHost.Tenants;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Isms.Samples.GrcHost;

/// <summary>The host's composition root: Isms.Core through AddIsms, a document store, then the host's own services.</summary>
public static class GrcServices
{
    /// <summary>Builds the service provider of the host on the folder store (the bare command).</summary>
    /// <param name="store">The folder holding the organisations' documents.</param>
    /// <param name="window">How far ahead "due soon" reaches.</param>
    /// <param name="configure">Further registrations (tests register a fake clock here).</param>
    public static ServiceProvider Build(string store, Period window, Action<IServiceCollection>? configure = null) =>
        Build(isms => isms.AddFileStore(store), window, configure);

    /// <summary>Builds the service provider of the host on PostgreSQL (<c>seed</c>, <c>due</c>, <c>evaluate</c>, <c>migrate</c>).
    /// Nothing connects until a verb runs; the verbs that write apply the schema explicitly first.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Further registrations (tests register a fake clock here).</param>
    public static ServiceProvider BuildPostgres(string connectionString, Action<IServiceCollection>? configure = null) =>
        Build(isms => isms.AddMarten(connectionString), Period.FromDays(30), configure);

    private static ServiceProvider Build(Action<IIsmsServicesBuilder> addStore, Period window, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection();
        configure?.Invoke(services);
        addStore(services.AddIsms());
        // The organisations' ISMS documents and certification records, in the library's IIsmsDocumentStore.
        services.AddSingleton<OrganisationStore>();
        services.AddSingleton<IOrganisationSource>(sp => sp.GetRequiredService<OrganisationStore>());
        services.AddSingleton(new DueListOptions { Window = window });
        services.AddSingleton<DueListJob>();
        services.AddSingleton<TenantEvaluation>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
