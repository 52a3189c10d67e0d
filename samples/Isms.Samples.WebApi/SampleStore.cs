using Isms.Marten;

namespace Isms.Samples.WebApi;

/// <summary>
/// The one place that chooses where the sample keeps its documents. With the setting <c>Isms:Postgres</c> (a connection
/// string; from the environment as <c>Isms__Postgres</c>, which process lists do not show, or <c>--Isms:Postgres CS</c>) it
/// is PostgreSQL through Isms.Marten, whose schema is applied here, at start-up, before anything is served. Otherwise the
/// embedded folder store in <c>isms-data</c> under the working directory (override with <c>Isms:DataFolder</c>, e.g.
/// <c>--Isms:DataFolder /var/lib/isms</c>). AddIsmsWeb() composes with any <c>IIsmsDocumentStore</c> registered before or after it.
/// </summary>
/// <remarks>A key of its own rather than <c>ISMS_POSTGRES</c>: CI exports that one for the store's tests, and the
/// sample's own tests must keep running on files.</remarks>
internal static class SampleStore
{
    public const string DefaultFolder = "isms-data";

    public static void Configure(WebApplicationBuilder builder)
    {
        var postgres = builder.Configuration["Isms:Postgres"];
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            using (var schema = MartenDocumentStore.Create(postgres))
            {
                schema.ApplySchemaAsync().GetAwaiter().GetResult();
            }

            builder.Services.AddIsmsWeb().AddMarten(postgres);
            return;
        }

        var folder = builder.Configuration["Isms:DataFolder"] ?? Path.Combine(Directory.GetCurrentDirectory(), DefaultFolder);
        builder.Services.AddIsmsWeb().AddFileStore(folder);
    }
}
