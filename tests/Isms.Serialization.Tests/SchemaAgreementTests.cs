using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Isms.Serialization.Tests.Support;
using Json.Schema;

namespace Isms.Serialization.Tests;

/// <summary>
/// The published JSON Schema of each kind says exactly what the reader accepts, checked with an independent validator
/// (JsonSchema.Net) over the fixtures and every variant made by leaving out one member, emptying one list or nulling
/// one list item: what the schema accepts the reader never refuses for its shape (missing member, wrong type, unknown
/// member; a model rule such as a dangling reference is beyond a schema), and what the schema refuses the reader
/// refuses too.
/// </summary>
public sealed class SchemaAgreementTests
{
    private static readonly IsmsDocumentSerializer Serializer = new(new IsmsDocumentOptions { CertificationBodyPolicy = CertificationRecords.Policy });

    private static readonly HashSet<string> ShapeCodes = new(StringComparer.Ordinal)
    {
        DocumentErrorCodes.MissingMember, DocumentErrorCodes.WrongType, DocumentErrorCodes.UnknownMember,
    };

    public static TheoryData<string> Documents() =>
    [
        "isms/v2.json", "certification-record/v1.json", "control-catalog/v2.json", "risk-methodology/v1.json", "scenario-set/v1.json",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_schema_and_the_reader_agree_on_every_variant_of_the_fixture(string fixture)
    {
        var document = JsonNode.Parse(File.ReadAllText(Fixtures.Path(fixture.Split('/'))))!.AsObject();
        var schema = JsonSchema.FromText(IsmsDocumentSerializer.GetJsonSchema(document["kind"]!.GetValue<string>()));
        Assert.True(Valid(schema, document), $"{fixture} does not satisfy its own schema");

        var disagreements = new List<string>();
        var variants = 0;
        foreach (var (description, variant) in Variants(document))
        {
            variants++;
            var valid = Valid(schema, variant);
            var refusal = Refusal(variant);
            if (valid && refusal is { } shape && ShapeCodes.Contains(shape.Code))
            {
                disagreements.Add($"{description}: the schema accepts it, the reader refuses it: {shape.Code} at {shape.Path}");
            }
            else if (!valid && refusal is null)
            {
                disagreements.Add($"{description}: the schema refuses it, the reader accepts it");
            }
        }

        Assert.True(variants > 5, $"only {variants} variants");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
    }

    private static bool Valid(JsonSchema schema, JsonNode document)
    {
        using var json = JsonDocument.Parse(document.ToJsonString());
        return schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static (string Code, string? Path)? Refusal(JsonNode document)
    {
        try
        {
            Serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString()));
            return null;
        }
        catch (IsmsDocumentException ex)
        {
            return (ex.Code, ex.Path);
        }
    }

    /// <summary>Each member left out, each list emptied, each list's first item nulled (one change per variant).</summary>
    private static IEnumerable<(string Description, JsonObject Document)> Variants(JsonObject document)
    {
        foreach (var (parent, name) in Members(document))
        {
            var path = parent.GetPath() + "." + name;
            if (path is "$.kind" or "$.schemaVersion")
            {
                continue;
            }

            yield return ($"{path} left out", JsonPaths.Edit(document, path, (o, n) => o.Remove(n)));
            if (parent[name] is JsonArray list)
            {
                yield return ($"{path} emptied", JsonPaths.Edit(document, path, (o, n) => o[n] = new JsonArray()));
                if (list.Count > 0)
                {
                    yield return ($"{path}[0] null", JsonPaths.Edit(document, path, (o, n) => o[n]!.AsArray()[0] = null));
                }
            }
        }
    }

    private static IEnumerable<(JsonObject Parent, string Name)> Members(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                yield return (obj, name);
                if (value is not null)
                {
                    foreach (var inner in Members(value))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.Where(i => i is not null))
            {
                foreach (var inner in Members(item!))
                {
                    yield return inner;
                }
            }
        }
    }
}
