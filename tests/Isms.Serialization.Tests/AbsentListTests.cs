using System.Text;
using System.Text.Json.Nodes;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// One rule for lists in every document kind: a list the schema does not require may be left out and then means
/// empty; a list the schema requires is reported missing (<c>ISMS-DOC-021</c>) at its object; no list holds null items
/// (<c>ISMS-DOC-023</c> at the item). The published schema says exactly this, so the tests walk the fixtures of every
/// kind with the generated schema beside them: every list of every fixture is removed, emptied and nulled in turn.
/// Before this rule, leaving out any of ~43 lists gave <c>NullReferenceException</c>.
/// </summary>
public sealed class AbsentListTests
{
    private static readonly IsmsDocumentSerializer Serializer = new(new IsmsDocumentOptions { CertificationBodyPolicy = CertificationRecords.Policy });

    public static TheoryData<string> Documents() =>
    [
        "isms/v1.json", "certification-record/v1.json", "control-catalog/v2.json", "risk-methodology/v1.json", "scenario-set/v1.json",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_list_left_out_reads_as_the_empty_list_unless_the_schema_requires_it(string fixture)
    {
        var (document, schema) = Load(fixture);
        var lists = ListsOf(document).ToList();
        Assert.NotEmpty(lists);

        foreach (var (parent, name, path) in lists)
        {
            var required = IsRequired(schema, parent, name);
            var absent = Outcome(JsonPaths.Edit(document, path, (o, n) => o.Remove(n)));
            if (required)
            {
                Assert.True(absent.Code == DocumentErrorCodes.MissingMember, $"{path}: a required list left out gave {absent}");
                continue;
            }

            // A model rule that refuses the empty list (an audit plan needs a site) may be placed at the list when it
            // is there and at its object when it is not; the outcome is otherwise the same.
            var empty = Outcome(JsonPaths.Edit(document, path, (o, n) => o[n] = new JsonArray()));
            Assert.True(
                absent == empty || absent.Code == empty.Code && absent.Path == path[..path.LastIndexOf('.')] && empty.Path?.StartsWith(path, StringComparison.Ordinal) == true,
                $"{path}: left out gave {absent}, empty gave {empty}");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_null_list_item_is_a_wrong_type_at_the_item(string fixture)
    {
        var (document, _) = Load(fixture);
        foreach (var (_, _, path) in ListsOf(document).Where(l => JsonPaths.Node(document, l.Path)!.AsArray().Count > 0))
        {
            var outcome = Outcome(JsonPaths.Edit(document, path, (o, n) => o[n]!.AsArray()[0] = null));

            Assert.True(outcome.Code == DocumentErrorCodes.WrongType && outcome.Path == path + "[0]", $"{path}[0] = null gave {outcome}");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_of_only_the_members_the_schema_requires_reads_or_fails_with_a_document_error(string fixture)
    {
        var (document, schema) = Load(fixture);
        var minimal = document.DeepClone().AsObject();
        KeepRequired(minimal, schema, schema);

        var outcome = Outcome(minimal);

        // Only the library's own coded errors may escape (Outcome rethrows anything else); a model rule such as a
        // dangling reference may refuse it, a missing member may not, since the schema's required set is present.
        Assert.NotEqual(DocumentErrorCodes.MissingMember, outcome.Code);
    }

    [Fact]
    public void A_control_catalog_with_a_null_control_names_the_item()
    {
        var text = """{"schemaVersion":2,"kind":"control-catalog","id":"c","name":"C","source":"s","controls":[null]}""";

        var error = Assert.Throws<IsmsDocumentException>(() => Serializer.Deserialize(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(DocumentErrorCodes.WrongType, error.Code);
        Assert.Equal("$.controls[0]", error.Path);
    }

    private static (JsonObject Document, JsonNode Schema) Load(string fixture)
    {
        var document = JsonNode.Parse(File.ReadAllText(Fixtures.Path(fixture.Split('/'))))!.AsObject();
        var kind = document["kind"]!.GetValue<string>();
        return (document, JsonNode.Parse(IsmsDocumentSerializer.GetJsonSchema(kind))!);
    }

    /// <summary>Every list member of the document, with its object and path (each item of each list visited).</summary>
    private static IEnumerable<(JsonObject Parent, string Name, string Path)> ListsOf(JsonNode node, string path = "$")
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                var memberPath = path + "." + name;
                if (value is JsonArray)
                {
                    yield return (obj, name, memberPath);
                }

                if (value is not null)
                {
                    foreach (var inner in ListsOf(value, memberPath))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    foreach (var inner in ListsOf(item, $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    /// <summary>Whether the schema requires <paramref name="name"/> on the object <paramref name="parent"/>.</summary>
    private static bool IsRequired(JsonNode schema, JsonObject parent, string name)
    {
        var node = SchemaOf(schema, parent.GetPath());
        return node["required"] is JsonArray required && required.Any(r => r!.GetValue<string>() == name);
    }

    /// <summary>The schema node describing the value at a JSON path (properties and items followed, $ref resolved).</summary>
    private static JsonNode SchemaOf(JsonNode schema, string path)
    {
        var node = schema;
        foreach (var segment in JsonPaths.Segments(path))
        {
            node = Resolve(schema, node);
            node = segment is int ? node["items"]! : node["properties"]![(string)segment]!;
        }

        return Resolve(schema, node);
    }

    private static JsonNode Resolve(JsonNode schema, JsonNode node)
    {
        while (node is JsonObject && node["$ref"] is { } reference)
        {
            node = schema;
            foreach (var part in reference.GetValue<string>().TrimStart('#', '/').Split('/'))
            {
                node = node[part]!;
            }
        }

        return node;
    }

    private static void KeepRequired(JsonNode value, JsonNode schemaNode, JsonNode schema)
    {
        if (Resolve(schema, schemaNode) is not JsonObject node)
        {
            return;
        }

        if (value is JsonObject obj)
        {
            var required = RequiredOf(node, obj);
            foreach (var name in obj.Select(p => p.Key).ToList())
            {
                if (!required.Contains(name))
                {
                    obj.Remove(name);
                }
                else if (obj[name] is { } member && node["properties"]?[name] is { } memberSchema)
                {
                    KeepRequired(member, memberSchema, schema);
                }
            }
        }
        else if (value is JsonArray array && node["items"] is { } items)
        {
            foreach (var item in array.Where(i => i is not null))
            {
                KeepRequired(item!, items, schema);
            }
        }
    }

    /// <summary>The members the schema requires of <paramref name="value"/>: its required list and those of each condition it meets.</summary>
    private static HashSet<string> RequiredOf(JsonObject node, JsonObject value)
    {
        var required = Names(node["required"]);
        foreach (var condition in node["allOf"]?.AsArray() ?? [])
        {
            var matches = condition!["if"]!["properties"]!.AsObject()
                .All(p => value[p.Key] is JsonValue v && v.ToJsonString() == p.Value!["const"]!.ToJsonString());
            if (matches && condition["then"] is { } then)
            {
                required.UnionWith(Names(then["required"]));
                if (then["anyOf"] is JsonArray alternatives)
                {
                    // Keep the first alternative the document gives, as a writer would.
                    var given = alternatives.Select(a => Names(a!["required"])).FirstOrDefault(set => set.All(value.ContainsKey));
                    required.UnionWith(given ?? []);
                }
            }
        }

        return required;
    }

    private static HashSet<string> Names(JsonNode? array) =>
        array is JsonArray names ? names.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What reading gives: the model written back (success) or the code and path of the document error.</summary>
    private static ReadOutcome Outcome(JsonObject document)
    {
        try
        {
            var read = Serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString()));
            var written = typeof(IsmsDocumentSerializer).GetMethods()
                .Single(m => m.Name == nameof(IsmsDocumentSerializer.Serialize) && m.ReturnType == typeof(byte[]))
                .MakeGenericMethod(read.Model.GetType())
                .Invoke(Serializer, [read.Model]);
            return new ReadOutcome(null, null, Encoding.UTF8.GetString((byte[])written!));
        }
        catch (IsmsDocumentException ex)
        {
            return new ReadOutcome(ex.Code, ex.Path, null);
        }
    }

    private sealed record ReadOutcome(string? Code, string? Path, string? Written)
    {
        public override string ToString() => Code is null ? "a document" : $"{Code} at {Path}";
    }
}
