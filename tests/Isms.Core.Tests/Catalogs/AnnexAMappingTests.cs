using Isms.Core.Catalogs;

namespace Isms.Core.Tests.Catalogs;

public sealed class AnnexAMappingTests
{
    // Built afresh from the tables for each use, not AnnexAMapping.Iso27001_2013_To_2022 (built once per process): the
    // table's pairs are then built inside the test that checks them (mutation testing reuses the test process).
    private static ControlCatalogMapping Mapping => AnnexAMapping.Build2013To2022(AnnexA.Build2013(), AnnexA.Build2022());

    private static ControlId Id(string value) => new(value);

    [Fact]
    public void Every_2013_control_maps_somewhere_in_2022()
    {
        var mapping = Mapping;

        Assert.Empty(mapping.UnmappedSources);
        Assert.All(mapping.Source.Controls, c => Assert.NotEmpty(mapping.TargetsOf(c.Id)));
    }

    [Fact]
    public void The_mapping_has_115_pairs_onto_82_distinct_2022_controls()
    {
        var pairs = Mapping.Pairs;

        Assert.Equal(115, pairs.Length);
        Assert.Equal(82, pairs.Select(p => p.Target).Distinct().Count());
        Assert.Equal(114, pairs.Select(p => p.Source).Distinct().Count());
    }

    [Fact]
    public void The_2022_controls_without_a_2013_control_are_exactly_the_new_ones()
    {
        var mapping = Mapping;

        Assert.Equal(mapping.Target.NewIn2022().Select(c => c.Id), mapping.TargetsWithoutSource.Select(c => c.Id));
    }

    [Theory]
    [InlineData("A.12.6.1", "8.8")]
    [InlineData("A.5.1.1", "5.1")]
    [InlineData("A.5.1.2", "5.1")]
    [InlineData("A.18.2.3", "5.36,8.8")]
    [InlineData("A.13.2.1", "5.14")]
    [InlineData("A.6.1.3", "5.5")]
    [InlineData("A.12.7.1", "8.34")]
    [InlineData("A.6.2.2", "6.7")]
    [InlineData("A.11.2.8", "8.1")]
    public void Well_known_2013_controls_map_to_their_2022_successors(string id2013, string ids2022)
    {
        Assert.Equal(ids2022.Split(','), Mapping.TargetsOf(Id(id2013)).Select(i => i.Value));
        Assert.Equal(ids2022.Split(','), AnnexAMapping.To2022(Id(id2013)).Select(i => i.Value));
    }

    [Theory]
    [InlineData("5.1", "A.5.1.1,A.5.1.2")]
    [InlineData("5.18", "A.9.2.2,A.9.2.5,A.9.2.6")]
    [InlineData("7.10", "A.8.3.1,A.8.3.2,A.8.3.3,A.11.2.5")]
    [InlineData("8.32", "A.12.1.2,A.14.2.2,A.14.2.3,A.14.2.4")]
    [InlineData("8.8", "A.12.6.1,A.18.2.3")]
    public void Merged_2022_controls_list_all_their_2013_predecessors(string id2022, string ids2013)
    {
        Assert.Equal(ids2013.Split(','), Mapping.SourcesOf(Id(id2022)).Select(i => i.Value));
        Assert.Equal(ids2013.Split(','), AnnexAMapping.From2013(Id(id2022)).Select(i => i.Value));
    }

    [Fact]
    public void A_new_control_has_no_2013_predecessor()
    {
        Assert.Empty(AnnexAMapping.From2013(Id("5.7")));
    }

    [Fact]
    public void Lookups_of_ids_outside_the_catalog_fail_with_a_stable_code()
    {
        var fromWrongEdition = Assert.Throws<IsmsException>(() => AnnexAMapping.To2022(Id("5.1")));
        var toWrongEdition = Assert.Throws<IsmsException>(() => AnnexAMapping.From2013(Id("A.5.1.1")));

        Assert.Equal(CatalogErrorCodes.UnknownControl, fromWrongEdition.Code);
        Assert.Equal(CatalogErrorCodes.UnknownControl, toWrongEdition.Code);
        Assert.Contains("'5.1'", fromWrongEdition.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_2013_soa_carries_over_to_82_controls_and_leaves_the_11_new_ones_for_a_fresh_decision()
    {
        var transition = AnnexAMapping.TransitionFrom2013(AnnexA.Iso27001_2013.Controls.Select(c => c.Id));

        Assert.Equal(82, transition.Applicable.Length);
        Assert.Empty(transition.PreviouslyNotApplicable);
        Assert.Equal(AnnexA.NewIn2022, transition.WithoutPredecessor);
        Assert.Equal(AnnexA.NewIn2022, transition.NeedingFreshDecision);
    }

    [Fact]
    public void Excluded_2013_controls_leave_their_successor_for_a_confirmed_exclusion()
    {
        // An organisation without development: all of A.14 not applicable.
        var applicable = AnnexA.Iso27001_2013.Controls.Where(c => !c.Id.Value.StartsWith("A.14.", StringComparison.Ordinal)).Select(c => c.Id);

        var transition = AnnexAMapping.TransitionFrom2013(applicable);

        // These 2022 controls came only from A.14; 5.8, 8.31 and 8.32 also had predecessors outside A.14.
        Assert.Equal(["8.25", "8.26", "8.27", "8.29", "8.30", "8.33"], transition.PreviouslyNotApplicable.Select(t => t.Control.Id.Value));
        var changeManagement = Assert.Single(transition.Applicable, t => t.Control.Id.Value == "8.32");
        Assert.Equal(["A.12.1.2"], changeManagement.ApplicableSources.Select(i => i.Value));
        Assert.Equal(4, changeManagement.AllSources.Length);
        Assert.Equal(11 + 6, transition.NeedingFreshDecision.Length);
    }

    [Fact]
    public void A_transition_from_an_unknown_2013_id_fails_naming_it()
    {
        var error = Assert.Throws<IsmsException>(() => AnnexAMapping.TransitionFrom2013([Id("A.5.1.1"), Id("A.19.1.1")]));

        Assert.Equal(CatalogErrorCodes.UnknownControl, error.Code);
        Assert.Contains("A.19.1.1", error.Message, StringComparison.Ordinal);
    }
}
