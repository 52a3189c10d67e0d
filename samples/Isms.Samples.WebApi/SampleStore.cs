namespace Isms.Samples.WebApi;

/// <summary>
/// The one place that chooses where the sample keeps its documents. Today: the embedded folder store in
/// <c>isms-data</c> under the working directory (override with the setting <c>Isms:DataFolder</c>, e.g.
/// <c>--Isms:DataFolder /var/lib/isms</c>). A database store replaces this one call (AddIsmsWeb() composes with any
/// <c>IIsmsDocumentStore</c> registered before or after it).
/// </summary>
internal static class SampleStore
{
    public const string DefaultFolder = "isms-data";

    public static void Configure(WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Isms:DataFolder"] ?? Path.Combine(Directory.GetCurrentDirectory(), DefaultFolder);
        builder.Services.AddIsmsWeb().AddFileStore(folder);
    }
}
