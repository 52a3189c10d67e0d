namespace Isms.AspNetCore;

/// <summary>Marks a route whose request (PUT) or response (GET) body is a whole Isms document of a kind, read and
/// written by the serializer rather than by model binding; the OpenAPI transformer gives it the document's schema.</summary>
internal sealed record DocumentBodyMetadata(string Kind, bool Request);
