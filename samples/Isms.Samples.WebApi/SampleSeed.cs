using Isms.Cli.SampleData;
using Isms.Core;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NodaTime;

namespace Isms.Samples.WebApi;

/// <summary>Seeds the sample organisation (Helix Payments GmbH) as tenant <c>helix</c> on the first start, and prints
/// where the API listens.</summary>
internal static class SampleSeed
{
    public const string Tenant = "helix";

    public const string SeedActor = "sample-seed";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IIsmsDocumentStore>();
        if (await store.GetRevisionAsync(Tenant, DocumentKey.Isms, cancellationToken) is not null)
        {
            return;
        }

        var today = services.GetRequiredService<IClock>().GetCurrentInstant().InUtc().Date;
        try
        {
            await store.SaveAsync(Tenant, DocumentKey.Isms, SampleOrganisation.Create(today), ExpectedRevision.None, SeedActor, cancellationToken);
        }
        catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.VersionConflict)
        {
            // Another instance over the same folder seeded it first.
        }
    }

    public static void PrintUrls(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Isms sample web API listening on {address}  (API page: {address.TrimEnd('/')}/scalar, OpenAPI: {address.TrimEnd('/')}/openapi/v1.json, tenant '{Tenant}' seeded)");
        }
    }
}
