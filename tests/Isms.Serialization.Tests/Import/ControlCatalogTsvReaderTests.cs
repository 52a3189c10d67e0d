using System.Text;
using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;
using Isms.Serialization.Import;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests.Import;

/// <summary>Vendor catalogs, mappings and control lists from tab-separated text: read strictly, every refusal located.</summary>
public sealed class ControlCatalogTsvReaderTests
{
    private static readonly ControlCatalogTsvReader Reader = ControlCatalogTsvReader.Default;

    [Fact]
    public void A_vendor_catalog_is_read_from_tab_separated_text()
    {
        var catalog = Reader.ParseCatalog(ImportSamples.Soc2, "soc2-tsc-2017", "SOC 2 Trust Services Criteria", "AICPA TSP section 100, ids and titles");

        Assert.Equal(3, catalog.Count);
        Assert.Equal(["Common Criteria", "Availability"], catalog.Themes);
        Assert.Equal("CC6 Logical and Physical Access Controls", catalog[new ControlId("CC6.2")].Group);
        Assert.Null(catalog[new ControlId("A1.2")].Group);
        Assert.Null(catalog[new ControlId("A1.2")].Attributes);
        Assert.Equal("AICPA TSP section 100, ids and titles", catalog.Source);
    }

    [Fact]
    public void Attribute_columns_are_read_as_typed_flags()
    {
        var control = Reader.ParseCatalog(ImportSamples.OwnCatalogWithAttributes, "own", "Own", "test").Controls[0];

        Assert.Equal(
            new Iso27002Attributes(
                ControlTypes.Detective,
                InformationSecurityProperties.Integrity | InformationSecurityProperties.Availability,
                CybersecurityConcepts.Detect,
                OperationalCapabilities.InformationSecurityEventManagement,
                SecurityDomains.Defence),
            control.Attributes);
        Assert.True(control.IsNewIn2022);
    }

    /// <summary>
    /// The built-in Annex A tables were tab-separated text read by this format; they are data in Isms.Core now. The
    /// reader reads the tables as they were shipped to exactly the catalogs and mapping Isms.Core holds.
    /// </summary>
    [Fact]
    public void The_annex_a_tables_as_tsv_read_to_exactly_the_built_in_catalogs_and_mapping()
    {
        var y2022 = Reader.ReadCatalog(File.OpenRead(Fixtures.Path("tsv", "iso27001-2022-annex-a.tsv")), AnnexA.Iso27001_2022_Id, "2022", "fixture");
        var y2013 = Reader.ReadCatalog(File.OpenRead(Fixtures.Path("tsv", "iso27001-2013-annex-a.tsv")), AnnexA.Iso27001_2013_Id, "2013", "fixture");
        var mapping = Reader.ReadMapping(File.OpenRead(Fixtures.Path("tsv", "iso27002-2022-annex-b-mapping.tsv")), "m", y2013, y2022, "fixture");

        Assert.Equal(AnnexA.Iso27001_2022.Controls, y2022.Controls);
        Assert.Equal(AnnexA.Iso27001_2013.Controls, y2013.Controls);
        Assert.Equal(AnnexAMapping.Iso27001_2013_To_2022.Pairs, mapping.Pairs);
    }

    [Theory]
    [InlineData("id\ttheme\n1\tA\n", DocumentErrorCodes.MissingMember, 1, null)]
    [InlineData("id\ttheme\ttitle\n1\tA\n", DocumentErrorCodes.MalformedRow, 2, null)]
    [InlineData("id\ttheme\ttitle\n1\tA\tOne\n1\tA\tAgain\n", DocumentErrorCodes.DuplicateId, 3, "id")]
    [InlineData("id\ttheme\ttitle\n\tA\tOne\n", DocumentErrorCodes.MissingMember, 2, "id")]
    [InlineData("id\ttheme\ttitle\n1\tA\t  \n", DocumentErrorCodes.MissingMember, 2, "title")]
    [InlineData("id\ttheme\ttitle\tcontrol_type\n1\tA\tOne\tPreventive\n", DocumentErrorCodes.MissingMember, 1, null)]
    [InlineData("id\ttheme\ttitle\tcontrol_type\tproperties\tconcepts\tcapabilities\tdomains\n1\tA\tOne\tPreventive\tSecrecy\tProtect\tGovernance\tProtection\n", DocumentErrorCodes.InvalidValue, 2, "properties")]
    [InlineData("id\ttheme\ttitle\tcontrol_type\tproperties\tconcepts\tcapabilities\tdomains\n1\tA\tOne\tPreventive\t \tProtect\tGovernance\tProtection\n", DocumentErrorCodes.MissingMember, 2, "properties")]
    [InlineData("id\ttheme\ttitle\tnew_in_2022\n1\tA\tOne\tmaybe\n", DocumentErrorCodes.InvalidValue, 2, "new_in_2022")]
    [InlineData("", DocumentErrorCodes.MissingMember, null, null)]
    [InlineData("# only a comment\n", DocumentErrorCodes.MissingMember, null, null)]
    [InlineData("id\ttheme\ttitle\tTitle\n1\tA\tOne\tTwo\n", DocumentErrorCodes.DuplicateMember, 1, "4")]
    public void Malformed_catalog_data_is_refused_with_its_code_line_and_column(string text, string code, int? line, string? column)
    {
        var error = Assert.Throws<IsmsDocumentException>(() => Reader.ParseCatalog(text, "bad", "Bad", "test"));

        Assert.Equal(code, error.Code);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Location.Column);
    }

    [Fact]
    public void A_vendor_mapping_onto_annex_a_is_read_and_checked_against_both_catalogs()
    {
        var soc2 = Reader.ParseCatalog(ImportSamples.Soc2, "soc2", "SOC 2", "test");

        var mapping = Reader.ReadMapping(ImportSamples.Utf8(ImportSamples.Soc2ToIso), "soc2-to-iso", soc2, AnnexA.Iso27001_2022, "vendor analysis");

        Assert.Equal(["8.3", "5.15"], mapping.TargetsOf(new ControlId("CC6.1")).Select(i => i.Value));
        Assert.Equal(89, mapping.TargetsWithoutSource.Length);
    }

    [Theory]
    [InlineData("a\tb\nCC6.1\t9.9\n", DocumentErrorCodes.DanglingReference, 2, "b")]
    [InlineData("a\tb\nZZ\t5.1\n", DocumentErrorCodes.DanglingReference, 2, "a")]
    [InlineData("a\tb\nCC6.1\t5.1\nCC6.1\t5.1\n", DocumentErrorCodes.DuplicateId, 3, null)]
    [InlineData("a\tb\nCC6.1\n", DocumentErrorCodes.MalformedRow, 2, null)]
    [InlineData("a\tb\nCC6.1\t \n", DocumentErrorCodes.MissingMember, 2, "b")]
    [InlineData("a\n", DocumentErrorCodes.MalformedRow, 1, null)]
    public void Bad_mapping_data_is_refused_with_its_code_line_and_column(string text, string code, int line, string? column)
    {
        var soc2 = Reader.ParseCatalog(ImportSamples.Soc2, "soc2", "SOC 2", "test");

        var error = Assert.Throws<IsmsDocumentException>(() => Reader.ReadMapping(ImportSamples.Utf8(text), "m", soc2, AnnexA.Iso27001_2022, "test"));

        Assert.Equal((code, (long?)line, column), (error.Code, error.Line, error.Location.Column));
    }

    [Fact]
    public void A_control_list_reads_ids_as_people_write_them()
    {
        var ids = Reader.ReadControlList(ImportSamples.Utf8(ImportSamples.Applicable2013), AnnexA.Iso27001_2013);

        Assert.Equal(["A.5.1.1", "A.12.6.1", "A.9.2.1", "A.18.2.3"], ids.Select(i => i.Value));
        Assert.Equal(["8.8", "5.1"], Reader.ReadControlList("A.8.8\n5.1\n"u8, AnnexA.Iso27001_2022).Select(i => i.Value));
    }

    [Fact]
    public void An_id_the_catalog_lacks_is_a_dangling_reference_at_its_line()
    {
        var error = Assert.Throws<IsmsDocumentException>(() => Reader.ReadControlList("A.5.1.1\n\nA.99.1\n"u8, AnnexA.Iso27001_2013, "applicable.tsv"));

        Assert.Equal((DocumentErrorCodes.DanglingReference, (long?)3, "A.99.1"), (error.Code, error.Line, error.Value));
        Assert.StartsWith("ISMS-DOC-030 applicable.tsv line 3, column 1", error.Message, StringComparison.Ordinal);
    }

    // Issue 13, items 2 and 4: invalid UTF-8 refused; an echoed value with a line or paragraph separator stays on one line.
    [Fact]
    public void Invalid_utf8_is_refused_and_hostile_text_is_echoed_escaped()
    {
        byte[] invalid = [.. "id\ttheme\ttitle\n1\tA\tOn"u8, 0xFF, .. "e\n"u8];
        var utf8 = Assert.Throws<IsmsDocumentException>(() => Reader.ReadCatalog(invalid, "x", "X", "test"));
        var echoed = Assert.Throws<IsmsDocumentException>(() => Reader.ReadControlList(Encoding.UTF8.GetBytes("A.5.1.1\u2028x\n"), AnnexA.Iso27001_2013));

        Assert.Equal((DocumentErrorCodes.InvalidUtf8, (long?)2, (long?)7), (utf8.Code, utf8.Line, utf8.BytePositionInLine));
        Assert.Null(Fuzz.FuzzHarness.FirstNotOneLine(echoed.Message));
        Assert.Contains("\\u2028", echoed.Message, StringComparison.Ordinal);
    }
}
