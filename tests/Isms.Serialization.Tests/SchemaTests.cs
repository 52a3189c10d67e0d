using System.Text.Json.Nodes;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// docs/schema/&lt;kind&gt;.schema.json must be the schema generated from the persistence records. After a deliberate
/// format change, regenerate with <c>ISMS_UPDATE_SCHEMA=1 dotnet test --project tests/Isms.Serialization.Tests</c>.
/// </summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Kinds() => [.. IsmsDocumentSerializer.SupportedKinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_committed_schema_of_each_kind_is_the_generated_one(string kind)
    {
        var file = Path.Combine(Fixtures.SchemaFolder, $"{kind}.schema.json");
        var generated = IsmsDocumentSerializer.GetJsonSchema(kind);
        if (Fixtures.Update)
        {
            Directory.CreateDirectory(Fixtures.SchemaFolder);
            File.WriteAllText(file, generated);
        }

        Assert.True(File.Exists(file), $"{file} is missing; run the tests with ISMS_UPDATE_SCHEMA=1");
        Assert.True(File.ReadAllText(file) == generated, $"{file} differs from the generated schema; if the format change is deliberate, run the tests with ISMS_UPDATE_SCHEMA=1");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_schema_requires_the_envelope_and_refuses_unknown_members(string kind)
    {
        var schema = JsonNode.Parse(IsmsDocumentSerializer.GetJsonSchema(kind))!;
        var required = schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains("schemaVersion", required);
        Assert.Contains("kind", required);
        Assert.Equal(kind, schema["properties"]!["kind"]!["const"]!.GetValue<string>());
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void Asking_for_the_schema_of_an_unknown_kind_names_the_supported_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => IsmsDocumentSerializer.GetJsonSchema("nope"));
        Assert.Contains(DocumentKinds.ControlCatalog, error.Message, StringComparison.Ordinal);
    }
}
