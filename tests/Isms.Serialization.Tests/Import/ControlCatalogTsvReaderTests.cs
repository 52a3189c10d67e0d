using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Core.Tests.Catalogs;

public sealed class ControlCatalogTsvTests
{
    private const string Soc2 = """
        # A vendor's catalog: SOC 2 Trust Services Criteria (ids and titles only)
        id	theme	group	title
        CC6.1	Common Criteria	CC6 Logical and Physical Access Controls	Logical access security software, infrastructure and architectures
        CC6.2	Common Criteria	CC6 Logical and Physical Access Controls	Registration and authorization of new users
        A1.2	Availability		Environmental protections, software, data backup and recovery infrastructure
        """;

    [Fact]
    public void A_vendor_catalog_is_read_from_tab_separated_text()
    {
        var catalog = ControlCatalogTsv.ParseCatalog(Soc2, "soc2-tsc-2017", "SOC 2 Trust Services Criteria", "AICPA TSP section 100, ids and titles");

        Assert.Equal(3, catalog.Count);
        Assert.Equal(["Common Criteria", "Availability"], catalog.Themes);
        Assert.Equal("CC6 Logical and Physical Access Controls", catalog[new ControlId("CC6.2")].Group);
        Assert.Null(catalog[new ControlId("A1.2")].Group);
        Assert.Null(catalog[new ControlId("A1.2")].Attributes);
    }

    [Fact]
    public void Attribute_columns_are_read_as_typed_flags()
    {
        const string text = "id\ttheme\ttitle\tcontrol_type\tproperties\tconcepts\tcapabilities\tdomains\n"
            + "X.1\tOwn\tLog review\tDetective\tIntegrity,Availability\t#Detect\tinformation_security_event_management\tDefence\n";

        var control = ControlCatalogTsv.ParseCatalog(text, "own", "Own", "test").Controls.Single();

        Assert.Equal(
            new Iso27002Attributes(
                ControlTypes.Detective,
                InformationSecurityProperties.Integrity | InformationSecurityProperties.Availability,
                CybersecurityConcepts.Detect,
                OperationalCapabilities.InformationSecurityEventManagement,
                SecurityDomains.Defence),
            control.Attributes);
    }

    [Theory]
    [InlineData("id\ttheme\n1\tA\n", "line 1", "'title'")]
    [InlineData("id\ttheme\ttitle\n1\tA\n", "line 2", "2 fields")]
    [InlineData("id\ttheme\ttitle\n1\tA\tOne\n1\tA\tAgain\n", "line 3", "listed twice")]
    [InlineData("id\ttheme\ttitle\n\tA\tOne\n", "line 2", "'id' is empty")]
    [InlineData("id\ttheme\ttitle\tcontrol_type\n1\tA\tOne\tPreventive\n", "line 1", "1 of the 5 attribute columns")]
    [InlineData("id\ttheme\ttitle\tcontrol_type\tproperties\tconcepts\tcapabilities\tdomains\n1\tA\tOne\tPreventive\tSecrecy\tProtect\tGovernance\tProtection\n", "line 2", "'Secrecy'")]
    [InlineData("id\ttheme\ttitle\tnew_in_2022\n1\tA\tOne\tmaybe\n", "line 2", "'maybe'")]
    [InlineData("", "line 0", "header")]
    [InlineData("id\ttheme\ttitle\tTitle\n1\tA\tOne\tTwo\n", "line 1", "'Title' twice")]
    public void Malformed_catalog_data_fails_naming_the_line_and_the_value(string text, string line, string detail)
    {
        var error = Assert.Throws<IsmsException>(() => ControlCatalogTsv.ParseCatalog(text, "bad", "Bad", "test"));

        Assert.Equal(CatalogErrorCodes.MalformedData, error.Code);
        Assert.Contains(line, error.Message, StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vendor_mapping_onto_annex_a_is_read_and_checked_against_both_catalogs()
    {
        var soc2 = ControlCatalogTsv.ParseCatalog(Soc2, "soc2", "SOC 2", "test");
        using var reader = new StringReader("id_soc2\tid_2022\nCC6.1\t8.3\nCC6.1\t5.15\nCC6.2\t5.16\nA1.2\t8.13\n");

        var mapping = ControlCatalogTsv.ReadMapping(reader, "soc2-to-iso", soc2, AnnexA.Iso27001_2022, "vendor analysis");

        Assert.Equal(["8.3", "5.15"], mapping.TargetsOf(new ControlId("CC6.1")).Select(i => i.Value));
        Assert.Equal(89, mapping.TargetsWithoutSource.Length);
    }

    [Theory]
    [InlineData("a\tb\nCC6.1\t9.9\n", CatalogErrorCodes.MappingToUnknownControl)]
    [InlineData("a\tb\nZZ\t5.1\n", CatalogErrorCodes.MappingToUnknownControl)]
    [InlineData("a\tb\nCC6.1\t5.1\nCC6.1\t5.1\n", CatalogErrorCodes.DuplicateMappingPair)]
    [InlineData("a\tb\nCC6.1\n", CatalogErrorCodes.MalformedData)]
    [InlineData("a\n", CatalogErrorCodes.MalformedData)]
    public void Bad_mapping_data_fails_with_its_code(string text, string code)
    {
        var soc2 = ControlCatalogTsv.ParseCatalog(Soc2, "soc2", "SOC 2", "test");
        using var reader = new StringReader(text);

        var error = Assert.Throws<IsmsException>(() => ControlCatalogTsv.ReadMapping(reader, "m", soc2, AnnexA.Iso27001_2022, "test"));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Attributes_without_a_value_of_some_type_are_refused()
    {
        var error = Assert.Throws<IsmsException>(() => new Iso27002Attributes(
            ControlTypes.Preventive,
            InformationSecurityProperties.None,
            CybersecurityConcepts.Protect,
            OperationalCapabilities.Governance,
            SecurityDomains.Protection));

        Assert.Equal(CatalogErrorCodes.InvalidAttributes, error.Code);
        Assert.Contains("properties", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_print_as_the_standard_prints_them()
    {
        Assert.Equal(
            "#Preventive | #Confidentiality #Integrity #Availability | #Identify | #Governance | #Governance_and_Ecosystem #Resilience",
            AnnexA.Iso27001_2022[new ControlId("5.1")].Attributes!.ToString());
    }
}
