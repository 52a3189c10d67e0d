namespace Isms.AspNetCore;

/// <summary>
/// Endpoint metadata of a route that returns an OSCAL document: OpenAPI describes its JSON as an object with one member
/// named after the model (NIST's JSON Schema of each model is its full description; the package does not ship them).
/// </summary>
internal sealed class OscalDocumentMetadata
{
    public static OscalDocumentMetadata Instance { get; } = new();
}
