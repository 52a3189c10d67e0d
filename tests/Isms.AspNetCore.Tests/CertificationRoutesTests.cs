using System.Net;
using System.Text.Json;
using Isms.AspNetCore.Tests.Support;
using Isms.Serialization.Contracts;

namespace Isms.AspNetCore.Tests;

/// <summary>Certification records over HTTP: saved as documents, advanced by triggers fired as the signed-in user.</summary>
public sealed class CertificationRoutesTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private const string Accept = """{"trigger":"AcceptApplication","actor":"mallory","payload":{"reviewedOn":"2026-01-06","reviewer":"cb.reviewer"}}""";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_record_is_saved_read_back_and_advanced_by_a_trigger_fired_as_the_signed_in_user()
    {
        var saved = await _client.PutAsync("/tenants/cert/certifications/iso27001", TestDocuments.OpenedRecord());
        var read = await _client.GetAsync("/tenants/cert/certifications/iso27001", Http.Token);

        var fired = await _client.PostJsonAsync("/tenants/cert/certifications/iso27001/events", Accept, user: "grace");

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(saved.ETag(), read.ETag());
        Assert.Equal("certification-record", (await read.JsonAsync()).GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.OK, fired.StatusCode);
        var record = JsonSerializer.Deserialize(await fired.Content.ReadAsStringAsync(Http.Token), IsmsJson.TypeInfo<CertificationRecordContract>())!;
        Assert.Equal("grace", record.History[^1].Actor);
        Assert.Equal(record.History[^1].To, record.State);
        Assert.NotEqual(saved.ETag(), fired.ETag());
        Assert.Equal(fired.ETag(), (await _client.GetAsync("/tenants/cert/certifications/iso27001", Http.Token)).ETag());
    }

    [Fact]
    public async Task A_trigger_the_lifecycle_refuses_is_409_with_its_unmet_guards_and_changes_nothing()
    {
        var saved = await _client.PutAsync("/tenants/cert-refused/certifications/iso27001", TestDocuments.OpenedRecord());
        const string grant = """{"trigger":"Grant","payload":{"decidedOn":"2026-01-07","decidedBy":"cb.board","certificateNumber":"C-1"}}""";

        var refused = await _client.PostJsonAsync("/tenants/cert-refused/certifications/iso27001/events", grant);

        var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("ISMS-CERT-001", problem.Code());
        Assert.Equal(saved.ETag(), (await _client.GetAsync("/tenants/cert-refused/certifications/iso27001", Http.Token)).ETag());
    }

    [Theory]
    [InlineData("""{"trigger":"Grant"}""", "ISMS-JSON-002")]
    [InlineData("""{"trigger":"Promote","payload":{}}""", "ISMS-JSON-001")]
    [InlineData("""{"trigger":"CertificateExpired","payload":{}}""", "ISMS-JSON-003")]
    [InlineData("""{"trigger":"AcceptApplication","payload":{"reviewedOn":"2026-01-06","reviewer":"cb","mood":"good"}}""", "ISMS-JSON-002")]
    public async Task A_request_that_is_readable_but_does_not_name_a_firable_trigger_is_422(string body, string code)
    {
        await _client.PutAsync("/tenants/cert-bad/certifications/iso27001", TestDocuments.OpenedRecord(), ifNoneMatch: "*");

        var response = await _client.PostJsonAsync("/tenants/cert-bad/certifications/iso27001/events", body);

        Assert.Equal(code, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
    }

    [Fact]
    public async Task A_record_is_append_only_a_save_that_drops_events_is_409()
    {
        await _client.PutAsync("/tenants/cert-append/certifications/iso27001", TestDocuments.OpenedRecord());
        await _client.PostJsonAsync("/tenants/cert-append/certifications/iso27001/events", Accept);

        var rewritten = await _client.PutAsync("/tenants/cert-append/certifications/iso27001", TestDocuments.OpenedRecord());

        Assert.Equal("ISMS-STORE-005", (await rewritten.ProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task A_certification_id_that_is_not_a_document_name_is_400()
    {
        var response = await _client.PutAsync("/tenants/cert/certifications/ISO%2027001", TestDocuments.OpenedRecord());

        Assert.Equal("ISMS-STORE-004", (await response.ProblemAsync(HttpStatusCode.BadRequest)).Code());
    }
}
