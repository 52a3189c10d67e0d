using System.Text.Json;
using Isms.Core.Catalogs;
using Isms.Oscal.Crosswalks;
using Isms.Oscal.Tests.Support;

namespace Isms.Oscal.Tests.Crosswalks;

/// <summary>The shipped ISO/IEC 27001:2022 -> CSF 2.0 crosswalk names real controls on both sides and says where it is from.</summary>
public sealed class ShippedCrosswalkTests
{
    [Fact]
    public void Every_source_is_an_Annex_A_control_and_every_target_a_current_CSF_2_subcategory_of_NIST_s_catalog()
    {
        var crosswalk = CrosswalkSets.Iso27001ToCsf2;
        var nist = OscalCatalogReader.Default.Read(OscalData.Bytes("NIST_CSF_v2.0_catalog.json")).Catalog;

        Assert.All(crosswalk.Entries, e => Assert.True(AnnexA.Iso27001_2022.Contains(e.Source), $"{e.Source} is not an Annex A 2022 control"));
        Assert.All(crosswalk.TargetControls, t => Assert.True(nist.Contains(t), $"{t} is not in NIST's CSF 2.0 catalog"));
        Assert.Equal(106, crosswalk.TargetControls.Length);
        Assert.All(crosswalk.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Rationale)));
        Assert.Equal("CC0-1.0", crosswalk.Licence);
        Assert.Contains("informative references", crosswalk.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void The_targets_are_the_subcategories_NIST_s_catalog_has_in_its_current_categories_without_a_withdrawn_statement()
    {
        // CSF 2.0 as NIST's OSCAL catalog holds it also carries CSF 1.1's categories; the 22 categories of 2.0 are those
        // whose subcategories the crosswalk targets, and every subcategory of theirs is a target except the withdrawn.
        using var raw = JsonDocument.Parse(OscalData.Bytes("NIST_CSF_v2.0_catalog.json"));
        var targets = CrosswalkSets.Iso27001ToCsf2.TargetControls.Select(t => t.Value).ToHashSet();
        var categories = targets.Select(t => t[..5]).ToHashSet();
        var subcategories = raw.RootElement.GetProperty("catalog").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("controls").EnumerateArray())
            .Where(c => categories.Contains(c.GetProperty("id").GetString()!))
            .SelectMany(c => c.GetProperty("controls").EnumerateArray())
            .Select(s => s.GetProperty("id").GetString()!).ToList();

        Assert.Equal(22, categories.Count);
        Assert.Subset(subcategories.ToHashSet(), targets);
    }

    [Fact]
    public void Relationships_are_typed_not_all_intersects()
    {
        var kinds = CrosswalkSets.Iso27001ToCsf2.Entries.GroupBy(e => e.Relationship).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(kinds.GetValueOrDefault(CrosswalkRelationship.Equal) > 0);
        Assert.True(kinds.GetValueOrDefault(CrosswalkRelationship.Superset) > 0);
        Assert.True(kinds.GetValueOrDefault(CrosswalkRelationship.Intersects) > 0);
        Assert.Same(CrosswalkSets.Iso27001ToCsf2, CrosswalkSets.To("csf-2.0"));
        Assert.Same(CrosswalkSets.Iso27001ToSp80053r5, CrosswalkSets.To("sp800-53r5"));
        Assert.Null(CrosswalkSets.To("sp800-171r3"));
    }
}
