using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Isms.Oscal.Crosswalks;

/// <summary>A crosswalk's identity in <see cref="CrosswalkCoverageContract"/>.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CrosswalkIdentityContract
{
    /// <summary>The crosswalk's stable id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The source framework.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>The target framework.</summary>
    [JsonPropertyName("target")]
    public required string Target { get; init; }

    /// <summary>Where the entries come from.</summary>
    [JsonPropertyName("provenance")]
    public required string Provenance { get; init; }

    /// <summary>The licence of the entries.</summary>
    [JsonPropertyName("licence")]
    public required string Licence { get; init; }
}

/// <summary>The number of target controls per status in <see cref="CrosswalkCoverageContract"/>.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CoverageSummaryContract
{
    /// <summary>Target controls covered.</summary>
    [JsonPropertyName("covered")]
    public required int Covered { get; init; }

    /// <summary>Target controls partly covered.</summary>
    [JsonPropertyName("partial")]
    public required int Partial { get; init; }

    /// <summary>Target controls not covered.</summary>
    [JsonPropertyName("not-covered")]
    public required int NotCovered { get; init; }

    /// <summary>Target controls whose related ISO controls are all excluded.</summary>
    [JsonPropertyName("not-applicable")]
    public required int NotApplicable { get; init; }
}

/// <summary>One target control's row in <see cref="CrosswalkCoverageContract"/>.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TargetCoverageContract
{
    /// <summary>The target control's id as the target spells it (<c>GV.OC-01</c>, <c>ac-2</c>).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Its title from the target's catalog, or empty.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary><c>covered</c>, <c>partial</c>, <c>not-covered</c> or <c>not-applicable</c>.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>The ISO controls related to it.</summary>
    [JsonPropertyName("support")]
    public required ImmutableArray<CoverageSupportContract> Support { get; init; }
}

/// <summary>One ISO control supporting a target control in <see cref="CrosswalkCoverageContract"/>.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CoverageSupportContract
{
    /// <summary>The ISO control (<c>5.1</c>).</summary>
    [JsonPropertyName("isoControl")]
    public required string IsoControl { get; init; }

    /// <summary><c>equal</c>, <c>subset</c>, <c>superset</c>, <c>intersects</c> or <c>not-related</c>.</summary>
    [JsonPropertyName("relationship")]
    public required string Relationship { get; init; }

    /// <summary>Why the two relate so.</summary>
    [JsonPropertyName("rationale")]
    public required string Rationale { get; init; }

    /// <summary>True when the SoA decides the ISO control applicable.</summary>
    [JsonPropertyName("applicable")]
    public required bool Applicable { get; init; }

    /// <summary>True when the ISO control is in place (applicable, implemented, effective).</summary>
    [JsonPropertyName("inPlace")]
    public required bool InPlace { get; init; }

    /// <summary>True when it is (partly) in place through a relationship that does not count as full: a person judges it.</summary>
    [JsonPropertyName("forReview")]
    public required bool ForReview { get; init; }
}

/// <summary>The source-generated JSON metadata of the crosswalk contracts (indented, as the command line prints them).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(CrosswalkCoverageContract))]
internal sealed partial class CrosswalkJsonContext : JsonSerializerContext;
