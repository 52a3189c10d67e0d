using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Isms.AspNetCore.Tests.Support;

namespace Isms.AspNetCore.Tests;

/// <summary>Editing one entry of a register (risks, assets, SoA decisions, nonconformities) without re-sending the ISMS:
/// each edit is validated against the whole ISMS and saved as a new revision with optimistic concurrency.</summary>
public sealed class EntityRoutesTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("risks", "R-01", "id")]
    [InlineData("assets", "A-04", "id")]
    [InlineData("soa", "5.1", "control")]
    [InlineData("nonconformities", "NC-001", "id")]
    public async Task An_entry_is_read_in_the_documents_shape_with_the_isms_etag(string register, string id, string idMember)
    {
        var saved = await _client.PutAsync("/tenants/entities/isms", TestDocuments.Isms);

        var response = await _client.GetAsync($"/tenants/entities/{register}/{id}", Http.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, (await response.JsonAsync()).GetProperty(idMember).GetString());
        Assert.Equal(saved.ETag(), response.ETag());
    }

    [Fact]
    public async Task An_entry_is_replaced_added_and_deleted_each_as_a_new_revision_of_the_isms()
    {
        var saved = await _client.PutAsync("/tenants/edit/isms", TestDocuments.Isms);
        var risk = await EntryAsync("edit", "risks", "R-01");
        risk["title"] = "Ransomware, reassessed";

        var replaced = await _client.PutAsync("/tenants/edit/risks/R-01", TestDocuments.Bytes(risk), ifMatch: saved.ETag(), user: "alice");
        risk.Remove("id");
        var added = await _client.PutAsync("/tenants/edit/risks/R-99", TestDocuments.Bytes(risk));
        var deleted = await _client.DeleteAsync("/tenants/edit/risks/R-99", Http.Token);
        var gone = await _client.GetAsync("/tenants/edit/risks/R-99", Http.Token);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("alice", (await replaced.JsonAsync()).GetProperty("savedBy").GetString());
        Assert.Equal("Ransomware, reassessed", (await EntryAsync("edit", "risks", "R-01"))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("ISMS-WEB-006", (await gone.ProblemAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal(4, (await (await _client.PutAsync("/tenants/edit/isms", TestDocuments.Isms)).JsonAsync()).GetProperty("revision").GetInt64() - 1);
    }

    [Fact]
    public async Task A_body_naming_another_id_is_400_and_an_entry_breaking_the_isms_is_422_with_its_path()
    {
        await _client.PutAsync("/tenants/edit-bad/isms", TestDocuments.Isms);
        var risk = await EntryAsync("edit-bad", "risks", "R-01");

        var otherId = await _client.PutAsync("/tenants/edit-bad/risks/R-02", TestDocuments.Bytes(risk));
        risk["owner"] = "nobody-known";
        var dangling = await _client.PutAsync("/tenants/edit-bad/risks/R-01", TestDocuments.Bytes(risk));
        var referenced = await _client.DeleteAsync("/tenants/edit-bad/assets/A-04", Http.Token);
        var notObject = await _client.PutAsync("/tenants/edit-bad/risks/R-01", Encoding.UTF8.GetBytes("[1,2]"));

        Assert.Equal("ISMS-WEB-001", (await otherId.ProblemAsync(HttpStatusCode.BadRequest)).Code());
        var problem = await dangling.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ISMS-DOC-030", problem.Code());
        Assert.StartsWith("$.risks[", problem.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal("ISMS-DOC-030", (await referenced.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal("ISMS-DOC-012", (await notObject.ProblemAsync(HttpStatusCode.BadRequest)).Code());
        Assert.NotEqual("nobody-known", (await EntryAsync("edit-bad", "risks", "R-01"))["owner"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_parallel_edits_of_different_entries_all_land()
    {
        var saved = await _client.PutAsync("/tenants/edit-race/isms", TestDocuments.Isms);
        await _client.PutAsync("/tenants/edit-race/isms", TestDocuments.Isms);
        var nc = await EntryAsync("edit-race", "nonconformities", "NC-001");

        var stale = await _client.PutAsync("/tenants/edit-race/nonconformities/NC-001", TestDocuments.Bytes(nc), ifMatch: saved.ETag());
        string[] ids = ["R-01", "R-02", "R-03", "R-05"];
        var edits = await Task.WhenAll(ids.Select(async id =>
        {
            var risk = await EntryAsync("edit-race", "risks", id);
            risk["title"] = "edited " + id;
            return await _client.PutAsync($"/tenants/edit-race/risks/{id}", TestDocuments.Bytes(risk));
        }));

        Assert.Equal("ISMS-STORE-001", (await stale.ProblemAsync(HttpStatusCode.PreconditionFailed)).Code());
        Assert.All(edits, e => Assert.Equal(HttpStatusCode.OK, e.StatusCode));
        foreach (var id in ids)
        {
            Assert.Equal("edited " + id, (await EntryAsync("edit-race", "risks", id))["title"]!.GetValue<string>());
        }
    }

    private async Task<JsonObject> EntryAsync(string tenant, string register, string id)
    {
        var response = await _client.GetAsync($"/tenants/{tenant}/{register}/{id}", Http.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Http.Token))!.AsObject();
    }
}
