using System.Text;
using Isms.Core.Catalogs;
using Isms.Oscal.Tests.Support;
using Isms.Serialization;

namespace Isms.Oscal.Tests;

/// <summary>Strict reading: every refusal has its code, the JSON path of the offending value and its line.</summary>
public sealed class OscalCatalogReaderTests
{
    [Fact]
    public void A_small_catalog_reads_with_its_structure()
    {
        var import = OscalCatalogReader.Default.Parse(OscalSamples.SmallCatalog, "small.json");

        Assert.Equal((2, 3, 1, 2, 1), (import.Groups, import.Controls, import.Enhancements, import.Parameters, import.Withdrawn));
        Assert.Equal(["x-1", "g1-1", "g1-1.1", "g1-2"], import.Catalog.Controls.Select(c => c.Id.Value));
        Assert.Equal("Small catalog", import.Catalog[new ControlId("x-1")].Theme);
        Assert.Equal("First family", import.Catalog[new ControlId("g1-2")].Theme);
        Assert.Equal("Sub-family", import.Catalog[new ControlId("g1-2")].Group);
        Assert.Equal("g1-1 A control", import.Catalog[new ControlId("g1-1.1")].Group);
        Assert.Equal("1.1.2", import.OscalVersion);
    }

    [Theory]
    [InlineData("\"catalog\": {", "\"system-security-plan\": {", OscalErrorCodes.WrongModel, "$['system-security-plan']")]
    [InlineData("\"oscal-version\": \"1.1.2\"", "\"oscal-version\": \"2.0.0\"", OscalErrorCodes.UnsupportedVersion, "$.catalog.metadata['oscal-version']")]
    [InlineData("\"uuid\": \"2c8a3f4e-1b7d-4e0a-9c7e-0f6a1d2b3c4d\"", "\"uuid\": \"not-a-uuid\"", OscalErrorCodes.InvalidDatatype, "$.catalog.uuid")]
    [InlineData("\"id\": \"g1-2\"", "\"id\": \"2 bad\"", OscalErrorCodes.InvalidDatatype, "$.catalog.groups[0].groups[0].controls[0].id")]
    [InlineData("\"id\": \"g1-2\"", "\"id\": \"x-1\"", DocumentErrorCodes.DuplicateId, "$.catalog.groups[0].groups[0].controls[0].id")]
    [InlineData("\"title\": \"Another control\"", "\"titel\": \"Another control\"", DocumentErrorCodes.UnknownMember, "$.catalog.groups[0].groups[0].controls[0].titel")]
    [InlineData("\"id\": \"g1-1\", \"title\": \"A control\",", "\"id\": \"g1-1\",", DocumentErrorCodes.MissingMember, "$.catalog.groups[0].controls[0]")]
    [InlineData("\"version\": \"1.0\"", "\"version\": \"1.0\", \"version\": \"1.1\"", DocumentErrorCodes.DuplicateMember, "$.catalog.metadata.version")]
    [InlineData("\"prose\": \"Do it.\"", "\"prose\": 7", DocumentErrorCodes.WrongType, "$.catalog.groups[0].controls[0].parts[0].prose")]
    [InlineData("\"params\": [ { \"id\": \"g1-1_prm_1\" } ]", "\"params\": []", DocumentErrorCodes.InvalidValue, "$.catalog.groups[0].controls[0].params")]
    public void A_broken_catalog_is_refused_with_its_code_and_path(string find, string replace, string code, string path)
    {
        Assert.Contains(find, OscalSamples.SmallCatalog, StringComparison.Ordinal);
        var json = OscalSamples.SmallCatalog.Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<IsmsDocumentException>(() => OscalCatalogReader.Default.Parse(json, "broken.json"));

        Assert.Equal(code, ex.Code);
        Assert.Equal(path, ex.Path);
        Assert.NotNull(ex.Line);
        Assert.Equal("broken.json", ex.Location.Source);
    }

    [Fact]
    public void Malformed_JSON_is_refused_with_the_library_s_code()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => OscalCatalogReader.Default.Read("{\"catalog\":"u8));

        Assert.Equal(DocumentErrorCodes.MalformedJson, ex.Code);
    }

    [Fact]
    public void The_limits_of_the_document_options_apply()
    {
        var reader = new OscalCatalogReader(new IsmsDocumentOptions { MaxDepth = 5 });

        var ex = Assert.Throws<IsmsDocumentException>(() => reader.Read(Encoding.UTF8.GetBytes(OscalSamples.SmallCatalog)));

        Assert.Equal(DocumentErrorCodes.TooDeep, ex.Code);
    }

    [Fact]
    public void A_document_with_no_model_is_refused()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => OscalCatalogReader.Default.Read("{\"$schema\": \"x\"}"u8));

        Assert.Equal(OscalErrorCodes.WrongModel, ex.Code);
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void A_stream_reads_like_its_bytes()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(OscalSamples.SmallCatalog));

        var import = OscalCatalogReader.Default.Read(stream, "small.json");

        Assert.Equal(OscalCatalogReader.Default.Parse(OscalSamples.SmallCatalog, null).Catalog, import.Catalog);
    }

    [Theory]
    [InlineData("1.1.2", true)]
    [InlineData("v1.1.3", true)]
    [InlineData("1.0.6", true)]
    [InlineData("1.2.0-rc1", true)]
    [InlineData("2.0.0", false)]
    [InlineData("1.1", false)]
    [InlineData("v", false)]
    [InlineData("1.x.2", false)]
    public void OSCAL_1_versions_are_read(string version, bool supported) =>
        Assert.Equal(supported, OscalCatalogReader.IsVersion1(version));
}
