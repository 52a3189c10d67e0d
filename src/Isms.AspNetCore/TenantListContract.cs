using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Isms.AspNetCore;

/// <summary>A page of <c>GET /tenants</c>: <c>{"items":["acme","helix"],"next":"helix"}</c>; <c>next</c> is null on the
/// last page, otherwise the <c>after</c> to ask for the next one.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TenantListContract
{
    /// <summary>The tenant ids of this page, in ordinal order.</summary>
    public required ImmutableArray<string> Items { get; init; }

    /// <summary>The token of the next page, or null when this is the last page (always written, also when null).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Next { get; init; }
}
