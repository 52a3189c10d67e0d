using System.Net;
using System.Text.Json;
using Isms.AspNetCore.Tests.Support;
using Isms.Core;
using Isms.Oscal;
using Isms.Oscal.Crosswalks;
using Isms.Serialization;
using NodaTime.Text;

namespace Isms.AspNetCore.Tests;

/// <summary>
/// <c>GET /tenants/{tenant}/oscal/{model}</c> and <c>GET /tenants/{tenant}/crosswalk?to=</c>: the same OSCAL bytes and
/// the same coverage JSON as the library (and so as <c>isms oscal export</c> and <c>isms crosswalk --format json</c>).
/// </summary>
public sealed class OscalRoutesTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("catalog", "catalog")]
    [InlineData("profile", "profile")]
    [InlineData("ssp", "system-security-plan")]
    [InlineData("assessment-plan", "assessment-plan")]
    [InlineData("assessment-results", "assessment-results")]
    [InlineData("poam", "plan-of-action-and-milestones")]
    public async Task Each_model_is_the_OSCAL_document_of_that_model_with_the_revision_s_etag(string model, string root)
    {
        var saved = await _client.PutAsync("/tenants/oscal-" + model + "/isms", TestDocuments.Isms);

        var first = await _client.GetAsync($"/tenants/oscal-{model}/oscal/{model}?asOf=2026-11-28", Http.Token);
        var second = await _client.GetAsync($"/tenants/oscal-{model}/oscal/{model}?asOf=2026-11-28", Http.Token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(saved.ETag(), first.ETag());
        using var json = JsonDocument.Parse(await first.Content.ReadAsByteArrayAsync(Http.Token));
        Assert.Equal([root], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(Http.Token), await second.Content.ReadAsByteArrayAsync(Http.Token));
    }

    [Fact]
    public async Task The_ssp_is_byte_for_byte_the_library_s_export_of_the_stored_revision()
    {
        await _client.PutAsync("/tenants/oscal-bytes/isms", TestDocuments.Isms);

        var response = await _client.GetAsync("/tenants/oscal-bytes/oscal/ssp", Http.Token);

        var bytes = await response.Content.ReadAsByteArrayAsync(Http.Token);
        using var json = JsonDocument.Parse(bytes);
        var lastModified = InstantPattern.ExtendedIso.Parse(json.RootElement.GetProperty("system-security-plan").GetProperty("metadata").GetProperty("last-modified").GetString()!).Value;
        var isms = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(TestDocuments.Isms);
        Assert.Equal(OscalExporter.Default.Export(OscalModel.SystemSecurityPlan, isms, lastModified, null), bytes);
    }

    [Fact]
    public async Task An_unknown_model_is_404_with_its_code_and_a_tenant_without_an_isms_is_404()
    {
        await _client.PutAsync("/tenants/oscal-unknown/isms", TestDocuments.Isms);

        var unknown = await _client.GetAsync("/tenants/oscal-unknown/oscal/component-definition", Http.Token);
        var missing = await _client.GetAsync("/tenants/nobody-here/oscal/ssp", Http.Token);

        var problem = await unknown.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("ISMS-WEB-010", problem.Code());
        Assert.Contains("assessment-results", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("ISMS-STORE-003", (await missing.ProblemAsync(HttpStatusCode.NotFound)).Code());
    }

    [Theory]
    [InlineData("csf-2.0", 106)]
    [InlineData("sp800-53r5", 299)]
    public async Task Crosswalk_coverage_is_the_library_s_contract_for_the_stored_isms(string to, int targets)
    {
        await _client.PutAsync("/tenants/xwalk/isms", TestDocuments.Isms);

        var response = await _client.GetAsync("/tenants/xwalk/crosswalk?to=" + to, Http.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Http.Token);
        var isms = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(TestDocuments.Isms);
        var expected = CrosswalkCoverageContract.From(CrosswalkCoverage.Compute(isms, CrosswalkSets.To(to)!));
        Assert.Equal(JsonSerializer.Serialize(expected, CrosswalkCoverageContract.JsonTypeInfo), body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(targets, json.RootElement.GetProperty("targets").GetArrayLength());
        Assert.Equal(targets, json.RootElement.GetProperty("summary").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Theory]
    [InlineData("/tenants/xwalk-bad/crosswalk")]
    [InlineData("/tenants/xwalk-bad/crosswalk?to=sp800-171r3")]
    public async Task A_missing_or_unknown_target_is_400_invalid_query(string url)
    {
        await _client.PutAsync("/tenants/xwalk-bad/isms", TestDocuments.Isms);

        var response = await _client.GetAsync(url, Http.Token);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("ISMS-WEB-003", problem.Code());
        Assert.Contains("csf-2.0 or sp800-53r5", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAPI_describes_both_routes_with_a_schema()
    {
        var document = await (await _client.GetAsync("/openapi/v1.json", Http.Token)).JsonAsync();
        var paths = document.GetProperty("paths");

        var oscal = paths.GetProperty("/tenants/{tenant}/oscal/{model}").GetProperty("get");
        var crosswalk = paths.GetProperty("/tenants/{tenant}/crosswalk").GetProperty("get");

        Assert.Equal("object", oscal.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("type").GetString());
        Assert.Contains(crosswalk.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "to");
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("CrosswalkCoverageContract", out _));
    }
}
