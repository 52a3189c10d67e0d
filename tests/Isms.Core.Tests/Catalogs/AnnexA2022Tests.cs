using System.Globalization;
using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Core.Tests.Catalogs;

public sealed class AnnexA2022Tests
{
    // Built afresh from the table for each use, not AnnexA.Iso27001_2022 (built once per process): the table's rows are
    // then built inside the test that checks them (mutation testing reuses the test process).
    private static ControlCatalog Catalog => AnnexA.Build2022();

    [Fact]
    public void The_2022_catalog_has_93_controls_with_unique_ids()
    {
        Assert.Equal(93, Catalog.Count);
        Assert.Equal(93, Catalog.Controls.Select(c => c.Id).Distinct().Count());
        Assert.Equal(93, Catalog.Controls.Select(c => c.Title).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(Iso27001Theme.Organizational, 37)]
    [InlineData(Iso27001Theme.People, 8)]
    [InlineData(Iso27001Theme.Physical, 14)]
    [InlineData(Iso27001Theme.Technological, 34)]
    public void Each_theme_holds_its_numbered_controls_in_order(Iso27001Theme theme, int count)
    {
        var controls = Catalog.ByTheme(theme.ToString());

        Assert.Equal(count, controls.Length);
        Assert.Equal(controls, AnnexA.ByTheme(theme));
        var expected = Enumerable.Range(1, count).Select(i => $"{(int)theme}.{i}");
        Assert.Equal(expected, controls.Select(c => c.Id.Value));
        Assert.All(controls, c => Assert.Equal(theme, AnnexA.ThemeOf(c.Id)));
    }

    [Fact]
    public void Themes_are_the_four_of_the_standard_in_order()
    {
        Assert.Equal(["Organizational", "People", "Physical", "Technological"], Catalog.Themes);
    }

    [Fact]
    public void The_11_controls_new_in_2022_are_marked_and_no_other()
    {
        string[] expected = ["5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"];

        Assert.Equal(expected, Catalog.NewIn2022().Select(c => c.Id.Value));
        Assert.Equal(expected, AnnexA.NewIn2022.Select(c => c.Id.Value));
        Assert.Equal(82, Catalog.Controls.Count(c => !c.IsNewIn2022));
    }

    [Fact]
    public void Ids_are_the_theme_number_and_a_running_number_without_gaps()
    {
        foreach (var control in Catalog.Controls)
        {
            Assert.Matches(@"^[5-8]\.[1-9][0-9]?$", control.Id.Value);
            Assert.Equal(Enum.Parse<Iso27001Theme>(control.Theme), (Iso27001Theme)int.Parse(control.Id.Value.Split('.')[0], CultureInfo.InvariantCulture));
            Assert.False(string.IsNullOrWhiteSpace(control.Title));
            Assert.Equal(control.Title.Trim(), control.Title);
            Assert.Null(control.Group);
        }
    }

    [Fact]
    public void Every_control_carries_at_least_one_value_of_each_attribute_type_within_the_allowed_sets()
    {
        foreach (var control in Catalog.Controls)
        {
            var a = Assert.IsType<Iso27002Attributes>(control.Attributes);
            Assert.NotEmpty(Iso27002Hashtags.Names(a.ControlTypes));
            Assert.NotEmpty(Iso27002Hashtags.Names(a.Properties));
            Assert.NotEmpty(Iso27002Hashtags.Names(a.Concepts));
            Assert.NotEmpty(Iso27002Hashtags.Names(a.Capabilities));
            Assert.NotEmpty(Iso27002Hashtags.Names(a.Domains));
            Assert.Equal(0, (int)a.ControlTypes & ~0b111);
            Assert.Equal(0, (int)a.Properties & ~0b111);
            Assert.Equal(0, (int)a.Concepts & ~0b1_1111);
            Assert.Equal(0, (int)a.Capabilities & ~0x7FFF);
            Assert.Equal(0, (int)a.Domains & ~0b1111);
        }
    }

    [Fact]
    public void Every_attribute_value_of_the_standard_is_used_by_some_control()
    {
        var all = Catalog.Controls.Select(c => c.Attributes!).ToList();

        Assert.All(Iso27002Hashtags.AllControlTypes, v => Assert.Contains(all, a => a.ControlTypes.HasFlag(v)));
        Assert.All(Iso27002Hashtags.AllProperties, v => Assert.Contains(all, a => a.Properties.HasFlag(v)));
        Assert.All(Iso27002Hashtags.AllConcepts, v => Assert.Contains(all, a => a.Concepts.HasFlag(v)));
        Assert.All(Iso27002Hashtags.AllCapabilities, v => Assert.Contains(all, a => a.Capabilities.HasFlag(v)));
        Assert.All(Iso27002Hashtags.AllDomains, v => Assert.Contains(all, a => a.Domains.HasFlag(v)));
        Assert.Equal(15, Iso27002Hashtags.AllCapabilities.Length);
    }

    [Fact]
    public void Attribute_value_frequencies_match_the_verified_table()
    {
        // A fingerprint of the 760 attribute cells as verified against two sources (docs/catalogs.md): a changed cell
        // anywhere in the table changes at least one count. #Corrective = 14 is the size of the standard's Table A.2.
        var expected = new Dictionary<string, int>
        {
            ["Preventive"] = 83, ["Detective"] = 13, ["Corrective"] = 14,
            ["Confidentiality"] = 87, ["Integrity"] = 84, ["Availability"] = 85,
            ["Identify"] = 23, ["Protect"] = 71, ["Detect"] = 14, ["Respond"] = 11, ["Recover"] = 6,
            ["Governance"] = 8, ["Asset_management"] = 16, ["Information_protection"] = 15, ["Human_resource_security"] = 6,
            ["Physical_security"] = 16, ["System_and_network_security"] = 17, ["Application_security"] = 12,
            ["Secure_configuration"] = 6, ["Identity_and_access_management"] = 11, ["Threat_and_vulnerability_management"] = 3,
            ["Continuity"] = 6, ["Supplier_relationships_security"] = 7, ["Legal_and_compliance"] = 6,
            ["Information_security_event_management"] = 10, ["Information_security_assurance"] = 4,
            ["Governance_and_Ecosystem"] = 27, ["Protection"] = 69, ["Defence"] = 22, ["Resilience"] = 8,
        };

        var actual = Catalog.Controls
            .SelectMany(c => new[]
            {
                Iso27002Hashtags.Names(c.Attributes!.ControlTypes), Iso27002Hashtags.Names(c.Attributes.Properties),
                Iso27002Hashtags.Names(c.Attributes.Concepts), Iso27002Hashtags.Names(c.Attributes.Capabilities),
                Iso27002Hashtags.Names(c.Attributes.Domains),
            }.SelectMany(n => n))
            .GroupBy(n => n)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(760, actual.Values.Sum());
    }

    [Fact]
    public void Threat_intelligence_is_5_7_new_and_preventive_detective_and_corrective()
    {
        var control = Catalog[new ControlId("5.7")];

        Assert.Equal("Threat intelligence", control.Title);
        Assert.Equal("Organizational", control.Theme);
        Assert.True(control.IsNewIn2022);
        Assert.Equal(ControlTypes.Preventive | ControlTypes.Detective | ControlTypes.Corrective, control.Attributes!.ControlTypes);
        Assert.Equal(CybersecurityConcepts.Identify | CybersecurityConcepts.Detect | CybersecurityConcepts.Respond, control.Attributes.Concepts);
        Assert.Equal(OperationalCapabilities.ThreatAndVulnerabilityManagement, control.Attributes.Capabilities);
        Assert.Equal(SecurityDomains.Defence | SecurityDomains.Resilience, control.Attributes.Domains);
    }

    [Fact]
    public void Row_5_22_carries_information_security_assurance_as_a_capability_not_as_a_domain()
    {
        // The first printing of ISO/IEC 27002:2022 put #Information_security_assurance in the domain column (corrected
        // 2022-03-24); one public transcription still has it there.
        var a = Catalog[new ControlId("5.22")].Attributes!;

        Assert.Equal(OperationalCapabilities.SupplierRelationshipsSecurity | OperationalCapabilities.InformationSecurityAssurance, a.Capabilities);
        Assert.Equal(SecurityDomains.GovernanceAndEcosystem | SecurityDomains.Protection | SecurityDomains.Defence, a.Domains);
    }

    [Theory]
    [InlineData("8.1", "User end point devices")]
    [InlineData("8.25", "Secure development life cycle")]
    public void Titles_are_ISO_IEC_27001_s_spelling_not_27002_s(string id, string title)
    {
        // ISO/IEC 27002:2022 writes "User endpoint devices" and "lifecycle"; Annex A of ISO/IEC 27001:2022 does not.
        Assert.Equal(title, Catalog[new ControlId(id)].Title);
    }

    [Theory]
    [InlineData("5.30", "ICT readiness for business continuity", "Corrective", "Availability", "Respond", "Continuity", "Resilience")]
    [InlineData("6.6", "Confidentiality or non-disclosure agreements", "Preventive", "Confidentiality", "Protect", "Information_protection,Human_resource_security,Supplier_relationships_security", "Governance_and_Ecosystem")]
    [InlineData("7.2", "Physical entry", "Preventive", "Confidentiality,Integrity,Availability", "Protect", "Physical_security,Identity_and_access_management", "Protection")]
    [InlineData("8.8", "Management of technical vulnerabilities", "Preventive", "Confidentiality,Integrity,Availability", "Identify,Protect", "Threat_and_vulnerability_management", "Governance_and_Ecosystem,Protection,Defence")]
    [InlineData("8.13", "Information backup", "Corrective", "Integrity,Availability", "Recover", "Continuity", "Protection")]
    [InlineData("8.17", "Clock synchronization", "Detective", "Integrity", "Protect,Detect", "Information_security_event_management", "Protection,Defence")]
    [InlineData("8.34", "Protection of information systems during audit testing", "Preventive", "Confidentiality,Integrity,Availability", "Protect", "Information_protection,System_and_network_security", "Governance_and_Ecosystem,Protection")]
    public void Well_known_rows_match_table_A_1(string id, string title, string types, string properties, string concepts, string capabilities, string domains)
    {
        var control = Catalog[new ControlId(id)];
        var a = control.Attributes!;

        Assert.Equal(title, control.Title);
        Assert.Equal(types, string.Join(',', Iso27002Hashtags.Names(a.ControlTypes)));
        Assert.Equal(properties, string.Join(',', Iso27002Hashtags.Names(a.Properties)));
        Assert.Equal(concepts, string.Join(',', Iso27002Hashtags.Names(a.Concepts)));
        Assert.Equal(capabilities, string.Join(',', Iso27002Hashtags.Names(a.Capabilities)));
        Assert.Equal(domains, string.Join(',', Iso27002Hashtags.Names(a.Domains)));
    }

    [Fact]
    public void The_corrective_view_is_table_A_2_of_the_standard()
    {
        var corrective = Catalog.WithAttributes(new AttributeQuery { ControlTypes = ControlTypes.Corrective });

        string[] tableA2 = ["5.5", "5.6", "5.7", "5.24", "5.26", "5.28", "5.29", "5.30", "5.35", "5.37", "6.4", "8.7", "8.13", "8.16"];
        Assert.Equal(tableA2, corrective.Select(c => c.Id.Value));
    }

    [Fact]
    public void Detective_controls_supporting_availability_are_found_by_attribute()
    {
        var query = new AttributeQuery { ControlTypes = ControlTypes.Detective, Properties = InformationSecurityProperties.Availability };

        var ids = Catalog.WithAttributes(query).Select(c => c.Id.Value);

        Assert.Equal(["5.7", "5.25", "6.8", "7.4", "7.11", "8.6", "8.7", "8.15", "8.16", "8.20", "8.30"], ids);
    }

    [Fact]
    public void An_empty_query_matches_every_control_with_attributes()
    {
        Assert.Equal(93, Catalog.WithAttributes(new AttributeQuery()).Length);
        Assert.Empty(AnnexA.Iso27001_2013.WithAttributes(new AttributeQuery()));
    }

    [Fact]
    public void Theme_of_an_unknown_id_is_a_domain_error_naming_the_id()
    {
        var error = Assert.Throws<IsmsException>(() => AnnexA.ThemeOf(new ControlId("9.1")));

        Assert.Equal(CatalogErrorCodes.UnknownControl, error.Code);
        Assert.Contains("9.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_first_use_yields_one_catalog_instance()
    {
        var seen = new ControlCatalog[16];
        Parallel.For(0, seen.Length, i => seen[i] = AnnexA.Iso27001_2022);

        Assert.All(seen, c => Assert.Same(AnnexA.Iso27001_2022, c));
    }

    [Theory]
    [InlineData("8.8", "8.8")]
    [InlineData("A.8.8", "8.8")]
    [InlineData(" a 5.7 ", "5.7")]
    public void Ids_as_people_write_them_find_the_2022_control(string text, string id)
    {
        Assert.True(AnnexA.TryFind2022(text, out var control));
        Assert.Equal(id, control.Id.Value);
    }

    [Theory]
    [InlineData("A.12.6.1", "A.12.6.1")]
    [InlineData("12.6.1", "A.12.6.1")]
    [InlineData(" a.5.1.2", "A.5.1.2")]
    public void Ids_as_people_write_them_find_the_2013_control(string text, string id)
    {
        Assert.True(AnnexA.TryFind2013(text, out var control));
        Assert.Equal(id, control.Id.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("A.")]
    [InlineData("8.35")]
    [InlineData("A.12.6.1")]
    public void Text_that_names_no_2022_control_is_not_found(string? text)
    {
        Assert.False(AnnexA.TryFind2022(text, out _));
    }
}
