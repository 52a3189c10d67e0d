using System.Text.Json.Serialization;

namespace Isms.Serialization.Persistence;

/// <summary>
/// The envelope every document root carries: <c>schemaVersion</c> and <c>kind</c>, written first.
/// Persistence records (DTOs) are the format: they change only with a new schema version and a migration,
/// never because a domain type was refactored.
/// </summary>
internal abstract record DocumentDto
{
    /// <summary>The schema version the document follows.</summary>
    [JsonPropertyOrder(-2)]
    public required int SchemaVersion { get; init; }

    /// <summary>The document kind (one of <see cref="DocumentKinds"/>).</summary>
    [JsonPropertyOrder(-1)]
    public required string Kind { get; init; }
}
