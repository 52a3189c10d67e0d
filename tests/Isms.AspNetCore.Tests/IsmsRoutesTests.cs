using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Isms.AspNetCore.Tests.Support;
using Isms.Serialization;
using Isms.Serialization.Contracts;

namespace Isms.AspNetCore.Tests;

/// <summary>Every route of the ISMS document, its results and the tenant collection, over the sample host in memory.</summary>
public sealed class IsmsRoutesTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_put_creates_then_replaces_with_a_new_strong_etag_and_a_get_returns_the_document()
    {
        var created = await _client.PutAsync("/tenants/acme/isms", TestDocuments.Isms);
        var replaced = await _client.PutAsync("/tenants/acme/isms", TestDocuments.Isms);
        var got = await _client.GetAsync("/tenants/acme/isms", Http.Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.False(created.Headers.ETag!.IsWeak);
        Assert.NotEqual(created.ETag(), replaced.ETag());
        Assert.Equal(replaced.ETag(), got.ETag());
        Assert.Equal(2, (await replaced.JsonAsync()).GetProperty("revision").GetInt64());
        var document = IsmsDocumentSerializer.Default.Deserialize<Isms.Core.InformationSecurityManagementSystem>(await got.Content.ReadAsByteArrayAsync(Http.Token));
        Assert.Equal("Helix Payments GmbH", document.Profile.LegalName);
    }

    [Fact]
    public async Task If_match_saves_only_over_that_revision_and_if_none_match_star_only_creates()
    {
        var first = await _client.PutAsync("/tenants/cond/isms", TestDocuments.Isms, ifNoneMatch: "*");
        var again = await _client.PutAsync("/tenants/cond/isms", TestDocuments.Isms, ifNoneMatch: "*");
        var matched = await _client.PutAsync("/tenants/cond/isms", TestDocuments.Isms, ifMatch: first.ETag());
        var stale = await _client.PutAsync("/tenants/cond/isms", TestDocuments.Isms, ifMatch: first.ETag());
        var weak = await _client.PutAsync("/tenants/cond/isms", TestDocuments.Isms, ifMatch: "W/" + matched.ETag());
        var unquoted = await _client.PutAsync("/tenants/cond/isms", TestDocuments.Isms, ifMatch: "abc");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("ISMS-STORE-001", (await again.ProblemAsync(HttpStatusCode.PreconditionFailed)).Code());
        Assert.Equal(HttpStatusCode.OK, matched.StatusCode);
        Assert.Equal("ISMS-STORE-001", (await stale.ProblemAsync(HttpStatusCode.PreconditionFailed)).Code());
        Assert.Equal("ISMS-STORE-001", (await weak.ProblemAsync(HttpStatusCode.PreconditionFailed)).Code());
        Assert.Equal("ISMS-WEB-002", (await unquoted.ProblemAsync(HttpStatusCode.BadRequest)).Code());
    }

    [Fact]
    public async Task A_get_with_the_current_etag_in_if_none_match_is_not_modified()
    {
        var saved = await _client.PutAsync("/tenants/cached/isms", TestDocuments.Isms);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tenants/cached/isms");
        request.Headers.TryAddWithoutValidation("If-None-Match", saved.ETag());

        var response = await _client.SendAsync(request, Http.Token);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(saved.ETag(), response.ETag());
    }

    [Fact]
    public async Task Readiness_and_risks_are_the_contracts_on_the_date_asked()
    {
        await _client.PutAsync("/tenants/eval/isms", TestDocuments.Isms);

        var readiness = await _client.GetAsync("/tenants/eval/readiness?asOf=2026-11-28", Http.Token);
        var risks = await _client.GetAsync("/tenants/eval/risks?asOf=2026-11-28", Http.Token);
        var later = await _client.GetAsync("/tenants/eval/risks?asOf=2027-06-01", Http.Token);
        var badDate = await _client.GetAsync("/tenants/eval/risks?asOf=28.11.2026", Http.Token);

        var report = JsonSerializer.Deserialize(await readiness.Content.ReadAsStringAsync(Http.Token), IsmsJson.TypeInfo<ReadinessReportContract>())!;
        var register = JsonSerializer.Deserialize(await risks.Content.ReadAsStringAsync(Http.Token), IsmsJson.TypeInfo<ScoredRegisterContract>())!;
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 28), report.AsOf);
        Assert.NotEmpty(report.Findings);
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 28), register.AsOf);
        Assert.NotEmpty(register.Risks);
        Assert.Equal("2027-06-01", (await later.JsonAsync()).GetProperty("asOf").GetString());
        Assert.Equal("ISMS-WEB-003", (await badDate.ProblemAsync(HttpStatusCode.BadRequest)).Code());
    }

    [Fact]
    public async Task The_heat_map_is_svg_and_the_soa_is_a_workbook()
    {
        await _client.PutAsync("/tenants/reports/isms", TestDocuments.Isms);

        var svg = await _client.GetAsync("/tenants/reports/heatmap.svg?stage=all", Http.Token);
        var xlsx = await _client.GetAsync("/tenants/reports/soa.xlsx", Http.Token);
        var badStage = await _client.GetAsync("/tenants/reports/heatmap.svg?stage=future", Http.Token);

        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var image = XDocument.Parse(await svg.Content.ReadAsStringAsync(Http.Token));
        Assert.Equal("svg", image.Root!.Name.LocalName);
        Assert.Equal(3, image.Descendants().Select(e => (string?)e.Attribute("data-stage")).Where(s => s is not null).Distinct().Count());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync(Http.Token);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        Assert.Equal("ISMS-WEB-003", (await badStage.ProblemAsync(HttpStatusCode.BadRequest)).Code());
    }

    [Fact]
    public async Task A_simulation_is_the_summary_contract_reproducible_from_its_string_seed()
    {
        await _client.PutAsync("/tenants/fair/isms", TestDocuments.Isms);
        const string body = """{"iterations":2000,"seed":"18446744073709551615"}""";

        var first = await _client.PostJsonAsync("/tenants/fair/simulations", body);
        var second = await _client.PostJsonAsync("/tenants/fair/simulations", body);

        var json = await first.Content.ReadAsStringAsync(Http.Token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(json, await second.Content.ReadAsStringAsync(Http.Token));
        var summary = JsonSerializer.Deserialize(json, IsmsJson.TypeInfo<SimulationSummaryContract>())!;
        Assert.Equal("18446744073709551615", summary.Seed);
        Assert.Equal(2000, summary.Iterations);
        Assert.Equal(6, summary.Scenarios.Length);
        Assert.NotEmpty(summary.Portfolio.Lec);
        Assert.Equal(json, JsonSerializer.Serialize(summary, IsmsJson.TypeInfo<SimulationSummaryContract>()));
    }

    [Fact]
    public async Task A_simulation_without_quantified_risks_or_with_a_bad_seed_is_422()
    {
        var tree = TestDocuments.IsmsTree();
        foreach (var risk in tree["risks"]!.AsArray())
        {
            risk!.AsObject().Remove("quantitativeModel");
        }

        await _client.PutAsync("/tenants/qualitative/isms", TestDocuments.Bytes(tree));
        var none = await _client.PostJsonAsync("/tenants/qualitative/simulations", "{}");
        var badSeed = await _client.PostJsonAsync("/tenants/qualitative/simulations", """{"seed":"-1"}""");
        var tooMany = await _client.PostJsonAsync("/tenants/qualitative/simulations", """{"iterations":1000000000}""");

        Assert.Equal("ISMS-FAIR-022", (await none.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal("ISMS-JSON-005", (await badSeed.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal("ISMS-WEB-007", (await tooMany.ProblemAsync(HttpStatusCode.BadRequest)).Code());
    }

    [Fact]
    public async Task The_tenants_are_listed_a_page_at_a_time_and_a_deleted_tenant_is_gone()
    {
        foreach (var tenant in new[] { "list-a", "list-b", "list-c" })
        {
            await _client.PutAsync($"/tenants/{tenant}/isms", TestDocuments.Isms);
        }

        var seen = new List<string>();
        string? next = null;
        do
        {
            var page = await (await _client.GetAsync("/tenants?limit=2" + (next is null ? string.Empty : "&after=" + next), Http.Token)).JsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetString()!));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        while (next is not null);

        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Superset(new HashSet<string> { "helix", "list-a", "list-b", "list-c" }, seen.ToHashSet());
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync("/tenants/list-b", Http.Token)).StatusCode);
        Assert.Equal("ISMS-STORE-003", (await (await _client.GetAsync("/tenants/list-b/isms", Http.Token)).ProblemAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("ISMS-STORE-003", (await (await _client.DeleteAsync("/tenants/list-b", Http.Token)).ProblemAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("ISMS-WEB-003", (await (await _client.GetAsync("/tenants?limit=0", Http.Token)).ProblemAsync(HttpStatusCode.BadRequest)).Code());
    }

    [Fact]
    public async Task The_sample_host_seeds_the_sample_organisation_as_helix()
    {
        var readiness = await _client.GetAsync("/tenants/helix/readiness", Http.Token);

        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
        Assert.Equal("Helix Payments GmbH", (await readiness.JsonAsync()).GetProperty("organisation").GetString());
    }

    [Fact]
    public async Task Saves_are_recorded_as_the_signed_in_user_or_as_anonymous()
    {
        var signedIn = await (await _client.PutAsync("/tenants/who/isms", TestDocuments.Isms, user: "alice")).JsonAsync();
        var anonymous = await (await _client.PutAsync("/tenants/who/isms", TestDocuments.Isms)).JsonAsync();

        Assert.Equal("alice", signedIn.GetProperty("savedBy").GetString());
        Assert.Equal(IsmsWebOptions.DefaultAnonymousActor, anonymous.GetProperty("savedBy").GetString());
    }

    [Fact]
    public async Task The_health_check_answers_over_the_store()
    {
        var health = await _client.GetAsync("/health", Http.Token);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync(Http.Token));
    }
}
