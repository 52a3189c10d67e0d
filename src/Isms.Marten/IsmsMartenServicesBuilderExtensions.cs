using Ardalis.GuardClauses;
using Isms.Marten;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL store: <c>services.AddIsms().AddMarten(connectionString)</c>.</summary>
/// <threadsafety>Configure services from one thread, as with any service collection.</threadsafety>
public static class IsmsMartenServicesBuilderExtensions
{
    /// <summary>
    /// Registers a <see cref="MartenDocumentStore"/> on one PostgreSQL database (conjoined tenancy) as the
    /// <see cref="IIsmsDocumentStore"/>, with the registered serializer and clock, unless another store was registered
    /// first. Its schema is created or updated when the host starts (a hosted service calling
    /// <see cref="MartenDocumentStore.ApplySchemaAsync"/>), never on a first request; outside a host, call it yourself.
    /// </summary>
    /// <param name="builder">The builder <c>AddIsms()</c> returned.</param>
    /// <param name="connectionString">An Npgsql connection string (read it from the environment, e.g. <c>ISMS_POSTGRES</c>, not from arguments).</param>
    /// <param name="schema">The PostgreSQL schema.</param>
    /// <returns>The builder.</returns>
    public static IIsmsServicesBuilder AddMarten(this IIsmsServicesBuilder builder, string connectionString, string schema = IsmsMarten.DefaultSchema)
    {
        Guard.Against.Null(builder);
        Guard.Against.NullOrWhiteSpace(connectionString);
        builder.Services.TryAddSingleton(sp => MartenDocumentStore.Create(
            connectionString, schema, sp.GetRequiredService<IsmsDocumentSerializer>(), sp.GetRequiredService<IClock>()));
        builder.Services.TryAddSingleton<IIsmsDocumentStore>(static sp => sp.GetRequiredService<MartenDocumentStore>());
        builder.Services.AddHostedService<MartenSchemaOnStart>();
        return builder;
    }

    /// <summary>Applies the schema when the host starts, before it serves requests.</summary>
    private sealed class MartenSchemaOnStart(MartenDocumentStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.ApplySchemaAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
