using System.Text.Json;
using System.Text.Json.Serialization;

namespace Isms.AspNetCore;

/// <summary>Source-generated JSON metadata of the web package's own response types (problems, tenant pages), so the
/// routes serialise without reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IsmsProblemDetails))]
[JsonSerializable(typeof(TenantListContract))]
[JsonSerializable(typeof(DocumentRevisionContract))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
internal sealed partial class IsmsWebJsonContext : JsonSerializerContext;

/// <summary>The web package's JSON metadata under the Isms converters (NodaTime values as ISO strings).</summary>
internal static class IsmsWebJson
{
    private static readonly Lazy<IsmsWebJsonContext> LazyContext = new(() => new IsmsWebJsonContext(
        Isms.Serialization.Contracts.IsmsJson.ConfigureIsms(new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))));

    public static IsmsWebJsonContext Context => LazyContext.Value;
}
