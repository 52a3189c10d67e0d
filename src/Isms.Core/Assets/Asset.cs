using System.Collections.Immutable;

namespace Isms.Core.Assets;

/// <summary>
/// An entry of the inventory of information and other associated assets: type, owner, location, C/I/A
/// classification and the assets it depends on (a payment API depends on its database and cloud hosting).
/// <para>ISO/IEC 27001:2022 Annex A 5.9 (inventory), 5.12 (classification); clause 6.1.2 c (risks to assets).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record Asset : IEntity<AssetId>
{
    /// <summary>The asset's id.</summary>
    public required AssetId Id { get; init => field = Check.Id(value, "Asset.Id"); }

    /// <summary>The asset's name.</summary>
    public required string Name { get; init => field = Check.Text(value, "Asset.Name"); }

    /// <summary>The asset type.</summary>
    public required AssetType Type { get; init; }

    /// <summary>The asset owner (Annex A 5.9).</summary>
    public required PersonId Owner { get; init => field = Check.Id(value, "Asset.Owner"); }

    /// <summary>The site where the asset is located, when it is at one of the organisation's sites.</summary>
    public SiteId? Site { get; init => field = Check.OptionalId(value, "Asset.Site"); }

    /// <summary>Where the asset is, in words (e.g. <c>AWS eu-central-1</c>), when not (only) at a site.</summary>
    public string? Location { get; init => field = Check.OptionalText(value, "Asset.Location"); }

    /// <summary>The C/I/A classification.</summary>
    public required CiaClassification Classification { get; init; }

    /// <summary>The assets this asset depends on (each must exist; not itself).</summary>
    public ImmutableArray<AssetId> DependsOn { get; init => field = Check.List(value, "Asset.DependsOn"); } = [];

    /// <summary>A short description.</summary>
    public string? Description { get; init => field = Check.OptionalText(value, "Asset.Description"); }
}
