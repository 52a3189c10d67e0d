using System.Net;
using Isms.AspNetCore.Tests.Support;
using Isms.Core.Readiness;
using Isms.Serialization.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Isms.AspNetCore.Tests;

/// <summary>AddIsmsWeb composes with AddIsms (nothing twice), and the access hook decides who touches a tenant.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void AddIsmsWeb_and_AddIsms_in_any_order_and_repeated_register_each_service_once()
    {
        var services = new ServiceCollection();
        services.AddIsms();
        services.AddIsmsWeb().AddFileStore("data");
        services.AddIsmsWeb(o => o.CacheCapacity = 10);
        services.AddIsms();

        Assert.Single(services, d => d.ServiceType == typeof(ReadinessAnalyzer));
        Assert.Single(services, d => d.ServiceType == typeof(IIsmsDocumentStore));
        Assert.Single(services, d => d.ServiceType == typeof(IIsmsTenantAccess));
        Assert.Single(services, d => d.ServiceType.Name == "IsmsEndpoints");
    }

    [Fact]
    public async Task A_tenant_the_access_hook_refuses_is_403_and_hidden_from_the_listing()
    {
        using var factory = new IsmsWebFactory { ConfigureTestServices = s => s.AddSingleton<IIsmsTenantAccess>(new OnlyHelixForReading()) };
        var client = factory.CreateClient();

        var write = await client.PutAsync("/tenants/helix/isms", TestDocuments.Isms);
        var read = await client.GetAsync("/tenants/helix/readiness", Http.Token);
        var other = await client.GetAsync("/tenants/other/readiness", Http.Token);
        var list = await (await client.GetAsync("/tenants", Http.Token)).JsonAsync();

        Assert.Equal("ISMS-WEB-004", (await write.ProblemAsync(HttpStatusCode.Forbidden)).Code());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("ISMS-WEB-004", (await other.ProblemAsync(HttpStatusCode.Forbidden)).Code());
        Assert.Equal(["helix"], list.GetProperty("items").EnumerateArray().Select(e => e.GetString()));
    }

    private sealed class OnlyHelixForReading : IIsmsTenantAccess
    {
        public ValueTask<bool> CanAccessAsync(HttpContext context, string tenant, IsmsTenantOperation operation) =>
            ValueTask.FromResult(tenant == "helix" && operation == IsmsTenantOperation.Read);
    }
}
