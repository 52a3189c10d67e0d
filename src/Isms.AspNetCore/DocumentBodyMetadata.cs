namespace Isms.AspNetCore;

/// <summary>Marks a route whose request (PUT) or response (GET) body is a whole Isms document of a kind, read and
/// written by the serializer rather than by model binding; the OpenAPI transformer gives it the document's schema.</summary>
/// <param name="Kind">The document kind.</param>
/// <param name="Request">True for the request body, false for the response.</param>
/// <param name="Entity">For an entity route, the register whose one entry is the body; null for a whole document.</param>
internal sealed record DocumentBodyMetadata(string Kind, bool Request, IsmsEntity? Entity = null);
