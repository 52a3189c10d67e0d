using System.Globalization;
using Isms.Reports;
using Isms.Serialization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Isms.AspNetCore;

/// <summary>
/// Describes in OpenAPI what the routes read and write themselves (not through model binding): a whole Isms document
/// as the request or response body (the kind's published JSON Schema, see <see cref="DocumentJsonSchema"/>), an SVG
/// image and an Excel workbook.
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

        // A Produces(200, contentType: ...) without a CLR type reaches the document as a response without content (API
        // Explorer drops the media type of a void response); give it back its media types from the endpoint's metadata
        // so that the loop below describes what the route writes itself.
        foreach (var declared in context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
                     .Where(m => m.StatusCode is >= 200 and < 300 && (m.Type is null || m.Type == typeof(void))))
        {
            if (operation.Responses?.GetValueOrDefault(declared.StatusCode.ToString(CultureInfo.InvariantCulture)) is OpenApiResponse response)
            {
                foreach (var contentType in declared.ContentTypes)
                {
                    response.Content ??= new Dictionary<string, OpenApiMediaType>();
                    response.Content.TryAdd(contentType, new OpenApiMediaType());
                }
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
        ? DocumentJsonSchema.ForItem(
            metadata.Kind,
            entity.Path,
            metadata.Request ? entity.IdMember : null,
            metadata.Request
                ? $"A {entity.Label}: an item of {entity.JsonPath} in the isms document (docs/schema/isms.schema.json); its {entity.IdMember} may be left out (the URL names it)."
                : $"A {entity.Label}: an item of {entity.JsonPath} in the isms document (docs/schema/isms.schema.json).")
        : DocumentSchema(metadata.Kind);

    private static OpenApiSchema DocumentSchema(string kind) => DocumentJsonSchema.For(
        kind,
        $"An Isms '{kind}' document: its JSON Schema (docs/schema/{kind}.schema.json, IsmsDocumentSerializer.GetJsonSchema(\"{kind}\")) as OpenAPI schema objects; the JSON Schema's conditions between members are checked by the reader.");
}
