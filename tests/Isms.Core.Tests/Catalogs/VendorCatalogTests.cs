using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Core.Tests.Catalogs;

/// <summary>
/// A vendor's own catalogs and a mapping between them, built in each test: lookups, themes, refusals of malformed
/// input with the codes and locations a reader of a catalog file reports, and the SoA transition.
/// </summary>
public sealed class VendorCatalogTests
{
    private static CatalogControl Control(string id, string theme, string title = "Title") => new(new ControlId(id), theme, "Control " + id + " " + title);

    private static ControlCatalog Soc2() => new(
        "soc2-2017",
        "SOC 2 (2017 TSC)",
        "AICPA TSP section 100",
        [Control("CC1.1", "Control environment"), Control("CC6.1", "Logical access"), Control("CC6.2", "logical ACCESS"), Control("A1.2", "Availability")]);

    private static ControlCatalog Internal() => new(
        "acme-internal",
        "ACME controls",
        "ACME GRC team",
        [Control("AC-1", "Access"), Control("AC-2", "Access"), Control("BC-1", "Continuity"), Control("NEW-1", "Governance")]);

    private static ControlCatalogMapping Mapping(params (string Source, string Target)[] pairs) => new(
        "soc2-to-acme",
        Soc2(),
        Internal(),
        "ACME crosswalk 2026",
        pairs.Select(p => new ControlMappingPair(new ControlId(p.Source), new ControlId(p.Target))));

    [Fact]
    public void A_catalog_keeps_its_identity_controls_in_order_and_distinct_themes_in_first_seen_order()
    {
        var catalog = Soc2();

        Assert.Equal(("soc2-2017", "SOC 2 (2017 TSC)", "AICPA TSP section 100"), (catalog.Id, catalog.Name, catalog.Source));
        Assert.Equal(4, catalog.Count);
        Assert.Equal(["CC1.1", "CC6.1", "CC6.2", "A1.2"], catalog.Controls.Select(c => c.Id.Value));
        // Themes are distinct by ordinal comparison: "logical ACCESS" is a theme of its own in the list.
        Assert.Equal(["Control environment", "Logical access", "logical ACCESS", "Availability"], catalog.Themes);
        Assert.Equal("SOC 2 (2017 TSC) (4 controls)", catalog.ToString());
    }

    [Fact]
    public void Controls_of_a_theme_are_found_ignoring_case_in_catalog_order()
    {
        var catalog = Soc2();

        Assert.Equal(["CC6.1", "CC6.2"], catalog.ByTheme("LOGICAL access").Select(c => c.Id.Value));
        Assert.Empty(catalog.ByTheme("Logical"));
        Assert.Throws<ArgumentException>(() => catalog.ByTheme(" "));
    }

    [Fact]
    public void Lookups_find_exactly_the_catalogs_controls()
    {
        var catalog = Soc2();

        Assert.True(catalog.Contains(new ControlId("CC6.1")));
        Assert.False(catalog.Contains(new ControlId("cc6.1")));
        Assert.True(catalog.TryGet(new ControlId("A1.2"), out var found));
        Assert.Equal("Availability", found.Theme);
        Assert.False(catalog.TryGet(new ControlId("A1.3"), out _));
        Assert.Same(found, catalog[new ControlId("A1.2")]);
        var missing = Assert.Throws<KeyNotFoundException>(() => catalog[new ControlId("A1.3")]);
        Assert.Contains("A1.3", missing.Message, StringComparison.Ordinal);
        Assert.Equal(["CC6.1", "CC6.2"], catalog.Where(c => c.Id.Value.StartsWith("CC6", StringComparison.Ordinal)).Select(c => c.Id.Value));
    }

    [Fact]
    public void Controls_without_attributes_match_no_attribute_query_and_none_are_new_in_2022()
    {
        var withAttributes = Control("X.1", "T") with
        {
            Attributes = new Iso27002Attributes(ControlTypes.Detective, InformationSecurityProperties.Integrity, CybersecurityConcepts.Detect, OperationalCapabilities.Continuity, SecurityDomains.Defence),
            IsNewIn2022 = true,
        };
        var catalog = new ControlCatalog("mixed", "Mixed", "tests", [Control("X.0", "T"), withAttributes]);

        Assert.Equal([withAttributes], catalog.WithAttributes(new AttributeQuery()));
        Assert.Equal([withAttributes], catalog.WithAttributes(new AttributeQuery { ControlTypes = ControlTypes.Detective }));
        Assert.Empty(catalog.WithAttributes(new AttributeQuery { ControlTypes = ControlTypes.Preventive }));
        Assert.Equal([withAttributes], catalog.NewIn2022());
        Assert.Empty(Soc2().NewIn2022());
    }

    [Fact]
    public void A_catalog_listing_a_control_twice_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => new ControlCatalog("dup", "Dup", "tests", [Control("C1", "T"), Control("C2", "T"), Control("C1", "U")]));

        Assert.Equal("controls", error.ParamName);
        Assert.Contains("'C1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_needs_an_id_a_name_a_source_and_no_null_control()
    {
        CatalogControl[] controls = [Control("C1", "T")];

        Assert.Throws<ArgumentException>(() => new ControlCatalog(" ", "Name", "source", controls));
        Assert.Throws<ArgumentException>(() => new ControlCatalog("id", "", "source", controls));
        Assert.Throws<ArgumentException>(() => new ControlCatalog("id", "Name", "\t", controls));
        Assert.Throws<ArgumentNullException>(() => new ControlCatalog("id", "Name", "source", null!));
        Assert.Throws<ArgumentNullException>(() => new ControlCatalog("id", "Name", "source", [Control("C1", "T"), null!]));
        Assert.Empty(new ControlCatalog("id", "Name", "source", []).Themes);
    }

    [Fact]
    public void A_mapping_looks_up_both_ways_and_lists_what_is_left_unmapped()
    {
        var mapping = Mapping(("CC6.1", "AC-1"), ("CC6.1", "AC-2"), ("CC6.2", "AC-2"), ("A1.2", "BC-1"));

        Assert.Equal(("soc2-to-acme", "ACME crosswalk 2026"), (mapping.Id, mapping.Provenance));
        Assert.Equal(["AC-1", "AC-2"], mapping.TargetsOf(new ControlId("CC6.1")).Select(i => i.Value));
        Assert.Equal(["CC6.1", "CC6.2"], mapping.SourcesOf(new ControlId("AC-2")).Select(i => i.Value));
        Assert.Empty(mapping.TargetsOf(new ControlId("CC1.1")));
        Assert.Empty(mapping.SourcesOf(new ControlId("NEW-1")));
        Assert.Equal(["CC1.1"], mapping.UnmappedSources.Select(c => c.Id.Value));
        Assert.Equal(["NEW-1"], mapping.TargetsWithoutSource.Select(c => c.Id.Value));
        Assert.Equal("SOC 2 (2017 TSC) -> ACME controls (4 pairs)", mapping.ToString());
    }

    [Theory]
    [InlineData("CC9.9", "AC-1", "Pairs[1].Source", "CC9.9")]
    [InlineData("CC6.1", "ZZ-1", "Pairs[1].Target", "ZZ-1")]
    public void A_pair_naming_a_control_outside_its_catalog_is_refused_with_its_location(string source, string target, string member, string value)
    {
        var error = Assert.Throws<IsmsException>(() => Mapping(("CC6.1", "AC-1"), (source, target)));

        Assert.Equal(CatalogErrorCodes.MappingToUnknownControl, error.Code);
        var detail = Assert.Single(error.Errors);
        Assert.Equal(("soc2-to-acme", member, value), (detail.EntityId, detail.Member, detail.Value));
    }

    [Fact]
    public void A_pair_listed_twice_is_refused_with_its_location()
    {
        var error = Assert.Throws<IsmsException>(() => Mapping(("CC6.1", "AC-1"), ("A1.2", "BC-1"), ("CC6.1", "AC-1")));

        Assert.Equal(CatalogErrorCodes.DuplicateMappingPair, error.Code);
        var detail = Assert.Single(error.Errors);
        Assert.Equal(("soc2-to-acme", "Pairs[2]", "CC6.1 -> AC-1"), (detail.EntityId, detail.Member, detail.Value));
    }

    [Fact]
    public void Lookups_and_transitions_refuse_ids_of_the_wrong_catalog_naming_the_catalog()
    {
        var mapping = Mapping(("CC6.1", "AC-1"));

        var source = Assert.Throws<IsmsException>(() => mapping.TargetsOf(new ControlId("AC-1")));
        var target = Assert.Throws<IsmsException>(() => mapping.SourcesOf(new ControlId("CC6.1")));
        var unset = Assert.Throws<IsmsException>(() => mapping.TargetsOf(default));
        var transition = Assert.Throws<IsmsException>(() => mapping.Transition([new ControlId("CC6.1"), new ControlId("AC-2")]));

        Assert.All([source, target, unset, transition], e => Assert.Equal(CatalogErrorCodes.UnknownControl, e.Code));
        Assert.Equal(("soc2-2017", "AC-1"), (source.Errors[0].EntityId, source.Errors[0].Value));
        Assert.Equal(("acme-internal", "CC6.1"), (target.Errors[0].EntityId, target.Errors[0].Value));
        Assert.Equal("AC-2", transition.Errors[0].Value);
        Assert.Contains("source", source.Message, StringComparison.Ordinal);
        Assert.Contains("target", target.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transition_carries_what_an_applicable_source_maps_to_confirms_exclusions_and_flags_new_controls()
    {
        var mapping = Mapping(("CC6.1", "AC-1"), ("CC6.2", "AC-1"), ("CC6.2", "AC-2"), ("A1.2", "BC-1"));

        var transition = mapping.Transition([new ControlId("CC6.2"), new ControlId("CC6.2")]);

        Assert.Equal(["AC-1", "AC-2"], transition.Applicable.Select(t => t.Control.Id.Value));
        var accessOne = transition.Applicable[0];
        Assert.Equal(["CC6.2"], accessOne.ApplicableSources.Select(i => i.Value));
        Assert.Equal(["CC6.1", "CC6.2"], accessOne.AllSources.Select(i => i.Value));
        Assert.Equal(["BC-1"], transition.PreviouslyNotApplicable.Select(t => t.Control.Id.Value));
        Assert.Empty(transition.PreviouslyNotApplicable[0].ApplicableSources);
        Assert.Equal(["NEW-1"], transition.WithoutPredecessor.Select(c => c.Id.Value));
        Assert.Equal(["NEW-1", "BC-1"], transition.NeedingFreshDecision.Select(c => c.Id.Value));
        Assert.Equal("2 applicable, 1 previously not applicable, 1 without predecessor", transition.ToString());
    }

    [Fact]
    public void A_mapping_needs_an_id_both_catalogs_a_provenance_and_pairs()
    {
        Assert.Throws<ArgumentException>(() => new ControlCatalogMapping(" ", Soc2(), Internal(), "p", []));
        Assert.Throws<ArgumentNullException>(() => new ControlCatalogMapping("m", null!, Internal(), "p", []));
        Assert.Throws<ArgumentNullException>(() => new ControlCatalogMapping("m", Soc2(), null!, "p", []));
        Assert.Throws<ArgumentException>(() => new ControlCatalogMapping("m", Soc2(), Internal(), "", []));
        Assert.Throws<ArgumentNullException>(() => new ControlCatalogMapping("m", Soc2(), Internal(), "p", null!));
        Assert.Throws<ArgumentNullException>(() => Mapping().Transition(null!));
    }

    [Fact]
    public void A_catalog_control_needs_an_id_a_theme_and_a_title_and_a_group_if_given_is_not_blank()
    {
        Assert.Throws<ArgumentNullException>(() => new CatalogControl(default, "T", "Title"));
        Assert.Throws<ArgumentException>(() => new CatalogControl(new ControlId("C1"), " ", "Title"));
        Assert.Throws<ArgumentException>(() => new CatalogControl(new ControlId("C1"), "T", ""));
        Assert.Throws<ArgumentException>(() => Control("C1", "T") with { Group = " " });
        Assert.Null((Control("C1", "T") with { Group = null }).Group);
        Assert.Equal("G", (Control("C1", "T") with { Group = "G" }).Group);
        Assert.Throws<ArgumentNullException>(() => new ControlId(null!));
        Assert.Throws<ArgumentException>(() => new ControlId(" "));
        Assert.Throws<ArgumentException>(() => new ControlId(" C1"));
        Assert.Equal(("C1", string.Empty), (new ControlId("C1").ToString(), default(ControlId).ToString()));
    }

    [Theory]
    [InlineData("title", "CatalogControl", "Title")]
    [InlineData("theme", "CatalogControl", "Theme")]
    [InlineData("group", "CatalogControl", "Group")]
    [InlineData("id", "ControlId", null)]
    [InlineData("catalog id", "ControlCatalog", "Id")]
    [InlineData("catalog name", "ControlCatalog", "Name")]
    [InlineData("catalog source", "ControlCatalog", "Source")]
    public void Ill_formed_text_in_a_catalog_is_refused_naming_where_it_is(string where, string kind, string? member)
    {
        const string lone = "bad \uD800 text";
        Action build = where switch
        {
            "title" => () => _ = new CatalogControl(new ControlId("C1"), "T", lone),
            "theme" => () => _ = new CatalogControl(new ControlId("C1"), lone, "Title"),
            "group" => () => _ = Control("C1", "T") with { Group = lone },
            "id" => () => _ = new ControlId(lone),
            "catalog id" => () => _ = new ControlCatalog(lone, "Name", "source", []),
            "catalog name" => () => _ = new ControlCatalog("id", lone, "source", []),
            _ => () => _ = new ControlCatalog("id", "Name", lone, []),
        };

        var error = Assert.Throws<IsmsException>(build);

        Assert.Equal((IsmsErrorCodes.InvalidText, kind, member), (error.Code, error.Error.EntityKind, error.Member));
    }
}
