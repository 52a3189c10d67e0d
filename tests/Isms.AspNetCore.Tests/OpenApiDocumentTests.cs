using System.Net;
using System.Text.Json;
using Isms.AspNetCore.Tests.Support;

namespace Isms.AspNetCore.Tests;

/// <summary>The generated OpenAPI document describes the JSON the routes really exchange: every operation has a
/// response schema, no schema is empty, dates are <c>format: date</c>, instants <c>date-time</c>, enums their names.</summary>
public sealed class OpenApiDocumentTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_isms_operation_has_a_response_schema()
    {
        var document = await DocumentAsync();

        var operations = Operations(document).Where(o => o.Path.StartsWith("/tenants", StringComparison.Ordinal)).ToList();
        Assert.True(operations.Count >= 24, $"only {operations.Count} operations");
        var without = operations.Where(o => !o.Operation.GetProperty("responses").EnumerateObject()
                .Any(r => r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _))))
            .Select(o => $"{o.Method} {o.Path}").ToList();
        Assert.True(without.Count == 0, "no response schema: " + string.Join(", ", without));
    }

    [Fact]
    public async Task No_schema_is_empty()
    {
        var document = await DocumentAsync();
        var empty = new List<string>();

        Walk(document, "$", empty);

        Assert.True(empty.Count == 0, "empty schemas at:\n" + string.Join("\n", empty));
    }

    [Fact]
    public async Task Dates_instants_and_enums_have_their_real_shapes()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        var readiness = schemas.GetProperty("ReadinessReportContract").GetProperty("properties");
        Assert.Equal("date", Resolve(schemas, readiness.GetProperty("asOf")).GetProperty("format").GetString());
        var record = schemas.GetProperty("CertificationRecordContract").GetProperty("properties");
        Assert.Equal("date-time", Resolve(schemas, record.GetProperty("openedAt")).GetProperty("format").GetString());
        var state = Resolve(schemas, record.GetProperty("state"));
        Assert.Contains("Certified", state.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var problem = schemas.GetProperty("IsmsProblemDetails").GetProperty("properties");
        Assert.True(problem.TryGetProperty("code", out _) && problem.TryGetProperty("path", out _) && problem.TryGetProperty("line", out _));
    }

    [Fact]
    public async Task The_as_of_query_parameter_is_a_date()
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty("/tenants/{tenant}/readiness").GetProperty("get");

        var asOf = operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "asOf");
        Assert.Equal("date", asOf.GetProperty("schema").GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_isms_document_body_is_described_by_the_published_json_schema()
    {
        var isms = (await DocumentAsync()).GetProperty("paths").GetProperty("/tenants/{tenant}/isms");
        var published = JsonDocument.Parse(Isms.Serialization.IsmsDocumentSerializer.GetJsonSchema("isms")).RootElement;

        foreach (var schema in new[]
        {
            isms.GetProperty("put").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"),
            isms.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"),
        })
        {
            var properties = schema.GetProperty("properties");
            Assert.Equal(published.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(), properties.EnumerateObject().Select(p => p.Name).Order());
            foreach (var register in new[] { "people", "risks", "assets", "appliedControls", "nonconformities", "evidence" })
            {
                Assert.Equal("array", properties.GetProperty(register).GetProperty("type").GetString());
            }

            // A risk's members, required ones and nested assessments come from the JSON Schema, references inlined.
            var risk = properties.GetProperty("risks").GetProperty("items");
            Assert.Contains("treatment", risk.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal("integer", risk.GetProperty("properties").GetProperty("residual").GetProperty("properties").GetProperty("likelihood").GetProperty("type").GetString());
            Assert.DoesNotContain("#/properties/", schema.GetRawText(), StringComparison.Ordinal);
            Assert.Contains("isms", properties.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public async Task The_isms_body_says_dates_are_dates()
    {
        var isms = (await DocumentAsync()).GetProperty("paths").GetProperty("/tenants/{tenant}/isms");
        var risk = Body(isms.GetProperty("put")).GetProperty("properties").GetProperty("risks").GetProperty("items").GetProperty("properties");

        Assert.Equal("date", risk.GetProperty("identifiedOn").GetProperty("format").GetString());
        Assert.Equal("date", risk.GetProperty("residual").GetProperty("properties").GetProperty("assessedOn").GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_certification_record_body_is_described_by_its_published_json_schema()
    {
        var record = (await DocumentAsync()).GetProperty("paths").GetProperty("/tenants/{tenant}/certifications/{id}");
        var published = JsonDocument.Parse(Isms.Serialization.IsmsDocumentSerializer.GetJsonSchema("certification-record")).RootElement;

        foreach (var schema in new[] { Body(record.GetProperty("put")), Response(record.GetProperty("get")) })
        {
            Assert.Equal(published.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(), schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
            Assert.Contains("certification-record", schema.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Theory]
    [InlineData("/tenants/{tenant}/risks/{id}", "risks", "id", "treatment")]
    [InlineData("/tenants/{tenant}/assets/{id}", "assets", "id", "owner")]
    [InlineData("/tenants/{tenant}/nonconformities/{id}", "nonconformities", "id", "raisedOn")]
    public async Task An_entity_body_is_the_register_entry_schema_with_the_id_optional_in_a_request(string route, string register, string id, string member)
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var entry = paths.GetProperty("/tenants/{tenant}/isms").GetProperty("put");
        var expected = Body(entry).GetProperty("properties").GetProperty(register).GetProperty("items");
        var operations = paths.GetProperty(route);

        var request = Body(operations.GetProperty("put"));
        var response = Response(operations.GetProperty("get"));

        Assert.True(JsonElement.DeepEquals(expected.GetProperty("properties"), request.GetProperty("properties")), $"{route} request differs from {register} entries");
        Assert.True(JsonElement.DeepEquals(expected.GetProperty("properties"), response.GetProperty("properties")), $"{route} response differs from {register} entries");
        Assert.True(request.GetProperty("properties").TryGetProperty(member, out _), $"{register} entry has no {member}");
        Assert.DoesNotContain(id, request.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(id, response.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(id, expected.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    private static JsonElement Body(JsonElement operation) =>
        operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");

    private static JsonElement Response(JsonElement operation) =>
        operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await _client.GetAsync("/openapi/v1.json", Http.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(m => m.Name is "get" or "put" or "post" or "delete")
            .Select(m => (p.Name, m.Name, m.Value)));

    private static JsonElement Resolve(JsonElement schemas, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;

    /// <summary>Every schema position (a media type's or parameter's schema, a component, a property, items) must say something.</summary>
    private static void Walk(JsonElement node, string path, List<string> empty)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, $"{path}[{i++}]", empty);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in node.EnumerateObject())
        {
            var at = $"{path}.{member.Name}";
            if (member.Name is "schema" or "items" && IsEmpty(member.Value))
            {
                empty.Add(at);
            }

            if (member.Name is "properties" || (member.Name == "schemas" && path == "$.components"))
            {
                foreach (var property in member.Value.EnumerateObject().Where(p => IsEmpty(p.Value)))
                {
                    empty.Add($"{at}.{property.Name}");
                }
            }

            Walk(member.Value, at, empty);
        }
    }

    private static bool IsEmpty(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.True || (schema.ValueKind == JsonValueKind.Object && !schema.EnumerateObject().Any(p => p.Name is not "description"));
}
