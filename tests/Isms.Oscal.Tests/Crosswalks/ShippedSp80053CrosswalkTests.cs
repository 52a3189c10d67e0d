using Isms.Core.Catalogs;
using Isms.Oscal.Crosswalks;
using Isms.Oscal.Tests.Support;

namespace Isms.Oscal.Tests.Crosswalks;

/// <summary>
/// The shipped ISO/IEC 27001:2022 -> SP 800-53 rev5 crosswalk: real controls on both sides, typed relationships, its
/// provenance, and targets that agree with NIST's own OSCAL low baseline.
/// </summary>
public sealed class ShippedSp80053CrosswalkTests
{
    private static Crosswalk Crosswalk => CrosswalkSets.Iso27001ToSp80053r5;

    [Fact]
    public void Every_source_is_an_Annex_A_control_every_entry_has_a_rationale_and_the_provenance_is_stated()
    {
        Assert.All(Crosswalk.Entries, e => Assert.True(AnnexA.Iso27001_2022.Contains(e.Source), $"{e.Source} is not an Annex A 2022 control"));
        Assert.All(Crosswalk.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Rationale)));
        Assert.Equal(CrosswalkSets.Iso27001ToSp80053r5Id, Crosswalk.Id);
        Assert.Equal("NIST SP 800-53 rev5", Crosswalk.Target);
        Assert.Equal("CC0-1.0", Crosswalk.Licence);
        Assert.Contains("SP 800-53 rev5 to ISO/IEC 27001:2022", Crosswalk.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void The_targets_are_the_299_current_base_controls_of_the_20_families_in_OSCAL_form()
    {
        var families = Crosswalk.TargetControls.Select(t => t.Value.Split('-')[0]).Distinct().ToList();

        Assert.Equal(299, Crosswalk.TargetControls.Length);
        Assert.Equal(["ac", "at", "au", "ca", "cm", "cp", "ia", "ir", "ma", "mp", "pe", "pl", "pm", "ps", "pt", "ra", "sa", "sc", "si", "sr"], families);
        Assert.All(Crosswalk.TargetControls, t => Assert.Matches("^[a-z]{2}-[1-9][0-9]?$", t.Value));

        // Withdrawn controls are not targets: nothing can cover them.
        Assert.DoesNotContain(new ControlId("ac-13"), Crosswalk.TargetControls);
        Assert.DoesNotContain(new ControlId("sa-12"), Crosswalk.TargetControls);
    }

    [Fact]
    public void Every_base_control_of_NIST_s_low_baseline_is_a_target_and_every_low_baseline_title_is_found()
    {
        var low = OscalCatalogReader.Default.Read(OscalData.Bytes("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json")).Catalog;
        var baseControls = low.Controls.Where(c => !c.Id.Value.Contains('.', StringComparison.Ordinal)).Select(c => c.Id).ToList();

        Assert.NotEmpty(baseControls);
        Assert.Subset(Crosswalk.TargetControls.ToHashSet(), baseControls.ToHashSet());
    }

    [Fact]
    public void Relationships_are_typed_and_only_a_few_are_full()
    {
        var kinds = Crosswalk.Entries.GroupBy(e => e.Relationship).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(kinds.GetValueOrDefault(CrosswalkRelationship.Equal) > 0);
        Assert.True(kinds.GetValueOrDefault(CrosswalkRelationship.Superset) > 0);
        Assert.True(kinds.GetValueOrDefault(CrosswalkRelationship.Subset) > 0);
        Assert.True(kinds.GetValueOrDefault(CrosswalkRelationship.Intersects) > kinds.GetValueOrDefault(CrosswalkRelationship.Equal) + kinds.GetValueOrDefault(CrosswalkRelationship.Superset));
        Assert.Equal(CrosswalkRelationship.Equal, Crosswalk.EntriesFor(new ControlId("ac-5")).Single(e => e.Source == new ControlId("5.3")).Relationship);
    }
}
