using System.Text.Json.Nodes;
using Isms.Reports;
using Isms.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Isms.AspNetCore;

/// <summary>
/// Describes in OpenAPI what the routes read and write themselves (not through model binding): a whole Isms document
/// as the request or response body (an object with <c>kind</c> and <c>schemaVersion</c>; the full JSON Schema of each
/// kind is published with the library), an SVG image and an Excel workbook.
/// </summary>
internal sealed class DocumentOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentBodyMetadata>().FirstOrDefault();
        if (metadata is { Request: true })
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = metadata.Entity is { } entity
                    ? $"A {entity.Label} as it appears in the isms document's {entity.JsonPath}; its {entity.IdMember} is the URL's (or absent)."
                    : $"A whole '{metadata.Kind}' document (schemaVersion {IsmsDocumentSerializer.CurrentSchemaVersion(metadata.Kind)}), as `isms init --kind {metadata.Kind}` writes it.",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = SchemaOf(metadata) } },
            };
        }

        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "asOf", Schema: OpenApiSchema schema })
            {
                schema.Format = "date";
                parameter.Description ??= "The day to evaluate (YYYY-MM-DD); today (UTC) when absent.";
            }
        }

        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<OscalDocumentMetadata>().Any() && operation.Responses is { } responses)
        {
            // A route without a CLR response type gets no response content from the generator: describe the OSCAL JSON here.
            responses["200"] = new OpenApiResponse
            {
                Description = "The OSCAL document",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Description = "An OSCAL 1.1.2 document in JSON: one member named after its model (catalog, profile, system-security-plan, assessment-plan, assessment-results, plan-of-action-and-milestones), as NIST's OSCAL JSON Schema of that model describes it (docs/oscal.md).",
                        },
                    },
                },
            };
        }

        foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
        {
            foreach (var (contentType, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (media.Schema is not null)
                {
                    continue;
                }

                media.Schema = contentType switch
                {
                    "application/json" when metadata is { Request: false } => SchemaOf(metadata),
                    RiskHeatMapSvgWriter.ContentType => new OpenApiSchema { Type = JsonSchemaType.String, Description = "An SVG image." },
                    _ => new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                };
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema SchemaOf(DocumentBodyMetadata metadata) => metadata.Entity is { } entity
        ? new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"A {entity.Label}: an item of {entity.JsonPath} in the isms document (docs/schema/isms.schema.json).",
            Properties = new Dictionary<string, IOpenApiSchema> { [entity.IdMember] = new OpenApiSchema { Type = JsonSchemaType.String } },
            AdditionalPropertiesAllowed = true,
        }
        : DocumentSchema(metadata.Kind);

    private static OpenApiSchema DocumentSchema(string kind) => new()
    {
        Type = JsonSchemaType.Object,
        Description = $"An Isms '{kind}' document; its JSON Schema is docs/schema/{kind}.schema.json (IsmsDocumentSerializer.GetJsonSchema(\"{kind}\")).",
        Required = new HashSet<string> { "schemaVersion", "kind" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["schemaVersion"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The document's schema version." },
            ["kind"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(kind)] },
        },
        AdditionalPropertiesAllowed = true,
    };
}
