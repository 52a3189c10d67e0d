using System.Text.Json;
using System.Text.Json.Nodes;
using Isms.Core;
using Isms.Certification.Certificates;
using Isms.Core.RiskManagement.Criteria;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Isms.AspNetCore;

/// <summary>
/// Gives the OpenAPI document the schemas the Isms JSON actually has, where the generator sees only a custom converter
/// and would write an empty schema: <c>LocalDate</c> as <c>type: string, format: date</c>, <c>Instant</c> and
/// <c>OffsetDateTime</c> as <c>format: date-time</c>, other NodaTime values as strings, every id (<c>RiskId</c>,
/// <c>PersonId</c>...) as a string, enums as their names, likelihood, consequence and risk levels as integers, and a
/// free JSON payload as an object. <c>AddIsmsWeb</c> adds it to every OpenAPI document; add it yourself with
/// <c>options.AddSchemaTransformer&lt;IsmsOpenApiSchemaTransformer&gt;()</c> when you configure OpenAPI otherwise.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class IsmsOpenApiSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var declared = context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        var nullable = type != declared ? JsonSchemaType.Null : 0;

        if (type == typeof(LocalDate))
        {
            Set(schema, JsonSchemaType.String | nullable, "date", "A calendar date, ISO 8601 (2026-11-28).");
        }
        else if (type == typeof(Instant) || type == typeof(OffsetDateTime))
        {
            Set(schema, JsonSchemaType.String | nullable, "date-time", "An instant, ISO 8601 (2026-11-28T09:00:00Z).");
        }
        else if (type == typeof(LocalDateTime) || type == typeof(LocalTime) || type == typeof(Duration) || type == typeof(Period))
        {
            Set(schema, JsonSchemaType.String | nullable, null, $"A NodaTime {type.Name} as its ISO text.");
        }
        else if (typeof(IEntityId).IsAssignableFrom(type) || type == typeof(CertificateNumber))
        {
            Set(schema, JsonSchemaType.String | nullable, null, $"A {type.Name}, as a plain string.");
        }
        else if (type == typeof(LikelihoodLevel) || type == typeof(ConsequenceLevel) || type == typeof(RiskLevel))
        {
            Set(schema, JsonSchemaType.Integer | nullable, null, $"A {type.Name}: its number on the organisation's scale (1 is the lowest); results carry its name beside it.");
            schema.Minimum = "1";
        }
        else if (type.IsEnum && IsIsmsType(type))
        {
            Set(schema, JsonSchemaType.String | nullable, null, schema.Description);
            if (!type.IsDefined(typeof(FlagsAttribute), inherit: false))
            {
                schema.Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n))];
            }
        }
        else if (type == typeof(JsonElement))
        {
            Set(schema, JsonSchemaType.Object | nullable, null, "A JSON object, shaped as described by the operation.");
        }

        return Task.CompletedTask;
    }

    private static bool IsIsmsType(Type type) => type.Namespace is { } ns && ns.StartsWith("Isms.", StringComparison.Ordinal);

    private static void Set(OpenApiSchema schema, JsonSchemaType type, string? format, string? description)
    {
        schema.Type = type;
        schema.Format = format;
        schema.Description ??= description;
    }
}
