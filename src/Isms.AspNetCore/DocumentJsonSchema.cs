using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Isms.Serialization;
using Microsoft.OpenApi;

namespace Isms.AspNetCore;

/// <summary>
/// The OpenAPI schema of a whole Isms document: the kind's published JSON Schema
/// (<see cref="IsmsDocumentSerializer.GetJsonSchema"/>, committed as <c>docs/schema/&lt;kind&gt;.schema.json</c>)
/// translated into OpenAPI's schema objects, so a client generator sees the registers and their members. The JSON
/// Schema's pointers (<c>$ref</c> into its own tree) are inlined (the OpenAPI document's root is not the schema's);
/// its conditions (<c>if</c>/<c>then</c>, e.g. a distribution's members by its kind) are left to the JSON Schema.
/// </summary>
/// <threadsafety>Thread-safe: the parsed JSON Schemas are cached per kind; each call builds new schema objects.</threadsafety>
internal static class DocumentJsonSchema
{
    /// <summary>Pointers in the published schemas are never cyclic; a deeper chain is a defect, not a document.</summary>
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<string, JsonObject> Parsed = new(StringComparer.Ordinal);

    /// <summary>The schema of a <paramref name="kind"/> document, with <paramref name="description"/>.</summary>
    public static OpenApiSchema For(string kind, string description)
    {
        var root = Parsed.GetOrAdd(kind, k => JsonNode.Parse(IsmsDocumentSerializer.GetJsonSchema(k))!.AsObject());
        var schema = Convert(root, root, 0);
        schema.Description = description;
        return schema;
    }

    /// <summary>
    /// The schema of one entry of the register at <paramref name="path"/> (member names from the root to the array) in
    /// a <paramref name="kind"/> document; <paramref name="optionalId"/>, when given, is not required (a request's URL names the entry).
    /// </summary>
    public static OpenApiSchema ForItem(string kind, IReadOnlyList<string> path, string? optionalId, string description)
    {
        var root = Parsed.GetOrAdd(kind, k => JsonNode.Parse(IsmsDocumentSerializer.GetJsonSchema(k))!.AsObject());
        var pointer = "#/properties/" + string.Join("/properties/", path) + "/items";
        var schema = Convert(Resolve(root, pointer), root, 0);
        if (optionalId is not null)
        {
            schema.Required?.Remove(optionalId);
        }

        schema.Description = description;
        return schema;
    }

    private static OpenApiSchema Convert(JsonNode? node, JsonObject root, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("The JSON Schema's references nest deeper than " + MaxDepth + ".");
        }

        if (node is not JsonObject obj)
        {
            // A boolean schema (`true`: any value) would be an empty schema to a client generator; the generator types
            // every member (NodaTime values included), so one here is a defect of the library, caught by its tests.
            throw new InvalidOperationException($"The JSON Schema has an untyped member '{node?.ToJsonString()}'.");
        }

        if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var pointer))
        {
            return Convert(Resolve(root, pointer), root, depth + 1);
        }

        var schema = new OpenApiSchema();
        foreach (var (name, member) in obj)
        {
            switch (name)
            {
                case "type":
                    schema.Type = TypeOf(member);
                    break;
                case "description":
                    schema.Description = member!.GetValue<string>();
                    break;
                case "format":
                    schema.Format = member!.GetValue<string>();
                    break;
                case "pattern":
                    schema.Pattern = member!.GetValue<string>();
                    break;
                case "minimum":
                    schema.Minimum = member!.ToJsonString();
                    break;
                case "maximum":
                    schema.Maximum = member!.ToJsonString();
                    break;
                case "enum":
                    schema.Enum = [.. member!.AsArray().Select(e => e!.DeepClone())];
                    break;
                case "const":
                    schema.Enum = [member!.DeepClone()];
                    break;
                case "required":
                    schema.Required = new HashSet<string>(member!.AsArray().Select(e => e!.GetValue<string>()), StringComparer.Ordinal);
                    break;
                case "properties":
                    schema.Properties = member!.AsObject().ToDictionary(p => p.Key, p => (IOpenApiSchema)Convert(p.Value, root, depth + 1), StringComparer.Ordinal);
                    break;
                case "items":
                    schema.Items = Convert(member, root, depth + 1);
                    break;
                case "additionalProperties":
                    if (member is JsonValue allowed && allowed.TryGetValue<bool>(out var open))
                    {
                        schema.AdditionalPropertiesAllowed = open;
                    }
                    else
                    {
                        schema.AdditionalProperties = Convert(member, root, depth + 1);
                    }

                    break;
                case "oneOf":
                    schema.OneOf = Alternatives(member, root, depth);
                    break;
                case "anyOf":
                    schema.AnyOf = Alternatives(member, root, depth);
                    break;
                case "allOf":
                    schema.AllOf = Alternatives(member, root, depth);
                    break;
            }
        }

        return schema;
    }

    /// <summary>The subschemas of a list, without those that are only conditions (left to the JSON Schema).</summary>
    private static List<IOpenApiSchema>? Alternatives(JsonNode? list, JsonObject root, int depth)
    {
        var result = list!.AsArray()
            .Where(item => item is not JsonObject o || o.Any(p => p.Key is not ("if" or "then" or "else")))
            .Select(item => (IOpenApiSchema)Convert(item, root, depth + 1))
            .ToList();
        return result.Count == 0 ? null : result;
    }

    private static JsonSchemaType? TypeOf(JsonNode? type)
    {
        JsonSchemaType result = 0;
        foreach (var name in type is JsonArray names ? names.Select(n => n!.GetValue<string>()) : [type!.GetValue<string>()])
        {
            result |= name switch
            {
                "object" => JsonSchemaType.Object,
                "array" => JsonSchemaType.Array,
                "string" => JsonSchemaType.String,
                "integer" => JsonSchemaType.Integer,
                "number" => JsonSchemaType.Number,
                "boolean" => JsonSchemaType.Boolean,
                "null" => JsonSchemaType.Null,
                _ => throw new InvalidOperationException($"Unknown JSON Schema type '{name}'."),
            };
        }

        return result;
    }

    /// <summary>A JSON pointer (<c>#/properties/risks/items</c>) into the schema itself.</summary>
    private static JsonNode? Resolve(JsonObject root, string pointer)
    {
        if (!pointer.StartsWith("#", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local references are expected, not '{pointer}'.");
        }

        JsonNode? node = root;
        foreach (var token in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonArray array ? array[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)] : node?[name];
        }

        return node ?? throw new InvalidOperationException($"The reference '{pointer}' names nothing in the schema.");
    }
}
