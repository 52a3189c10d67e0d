using Isms.AspNetCore;
using Isms.Samples.WebApi;
using Scalar.AspNetCore;

// The Isms REST surface in a few lines: services.AddIsmsWeb() with a store, app.MapIsms("/tenants").
var builder = WebApplication.CreateBuilder(args);
SampleStore.Configure(builder);
builder.Services.Configure<IsmsWebOptions>(builder.Configuration.GetSection("Isms:Web"));   // e.g. --Isms:Web:CacheCapacity 0
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapOpenApi();                       // /openapi/v1.json
app.MapScalarApiReference();            // /scalar: try every route in a browser
app.MapHealthChecks("/health");
app.MapIsms("/tenants");
app.MapGet("/", () => Results.Redirect("/scalar")).ExcludeFromDescription();

await SampleSeed.SeedAsync(app.Services, app.Lifetime.ApplicationStopping);
app.Lifetime.ApplicationStarted.Register(() => SampleSeed.PrintUrls(app));
await app.RunAsync();
