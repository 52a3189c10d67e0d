using System.Collections.Immutable;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Isms.Core.Catalogs;

namespace Isms.Oscal.Crosswalks;

/// <summary>
/// The JSON of a coverage, as <c>isms crosswalk --format json</c> prints it and <c>GET /tenants/{tenant}/crosswalk</c>
/// returns it: the crosswalk's identity and provenance, the counts per status, and one row per target control with the
/// ISO controls that support it. Statuses and relationships are spelled as the command line's tsv spells them
/// (<c>not-covered</c>, <c>not-related</c>).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CrosswalkCoverageContract
{
    /// <summary>The crosswalk.</summary>
    [JsonPropertyName("crosswalk")]
    public required CrosswalkIdentityContract Crosswalk { get; init; }

    /// <summary>The number of target controls per status: <c>covered</c>, <c>partial</c>, <c>not-covered</c>, <c>not-applicable</c>.</summary>
    [JsonPropertyName("summary")]
    public required CoverageSummaryContract Summary { get; init; }

    /// <summary>One row per target control, in the target's order.</summary>
    [JsonPropertyName("targets")]
    public required ImmutableArray<TargetCoverageContract> Targets { get; init; }

    /// <summary>The source-generated JSON metadata of this contract (trimming- and AOT-safe).</summary>
    public static JsonTypeInfo<CrosswalkCoverageContract> JsonTypeInfo => CrosswalkJsonContext.Default.CrosswalkCoverageContract;

    /// <summary>The contract of a coverage.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <param name="title">The title of a target control (e.g. from the target's OSCAL catalog), or null for none.</param>
    /// <returns>The contract.</returns>
    public static CrosswalkCoverageContract From(CrosswalkCoverage coverage, Func<ControlId, string?>? title = null)
    {
        Guard.Against.Null(coverage);
        var crosswalk = coverage.Crosswalk;
        return new CrosswalkCoverageContract
        {
            Crosswalk = new CrosswalkIdentityContract
            {
                Id = crosswalk.Id,
                Source = crosswalk.Source,
                Target = crosswalk.Target,
                Provenance = crosswalk.Provenance,
                Licence = crosswalk.Licence,
            },
            Summary = new CoverageSummaryContract
            {
                Covered = coverage.Count(CoverageStatus.Covered),
                Partial = coverage.Count(CoverageStatus.Partial),
                NotCovered = coverage.Count(CoverageStatus.NotCovered),
                NotApplicable = coverage.Count(CoverageStatus.NotApplicable),
            },
            Targets = [.. coverage.Targets.Select(target => new TargetCoverageContract
            {
                Id = target.Target.Value,
                Title = title?.Invoke(target.Target) ?? "",
                Status = Spell(target.Status),
                Support = [.. target.Support.Select(support => new CoverageSupportContract
                {
                    IsoControl = support.Control.Value,
                    Relationship = Spell(support.Entry.Relationship),
                    Rationale = support.Entry.Rationale,
                    Applicable = support.Applicable,
                    InPlace = support.InPlace,
                    ForReview = target.ForReview.Contains(support),
                })],
            })],
        };
    }

    /// <summary>A status as the contract spells it: <c>covered</c>, <c>partial</c>, <c>not-covered</c>, <c>not-applicable</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The spelling.</returns>
    public static string Spell(CoverageStatus status) => status switch
    {
        CoverageStatus.Covered => "covered",
        CoverageStatus.Partial => "partial",
        CoverageStatus.NotApplicable => "not-applicable",
        _ => "not-covered",
    };

    /// <summary>A relationship as the contract spells it: <c>equal</c>, <c>subset</c>, <c>superset</c>, <c>intersects</c>, <c>not-related</c>.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>The spelling.</returns>
    public static string Spell(CrosswalkRelationship relationship) => relationship switch
    {
        CrosswalkRelationship.NotRelated => "not-related",
        _ => relationship.ToString().ToLowerInvariant(),
    };
}
