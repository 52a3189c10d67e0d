using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.Catalogs;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

public sealed class RoundTripProperties
{
    [Property(Arbitrary = [typeof(DocumentArbitraries)], MaxTest = 200)]
    public bool A_control_catalog_reads_back_equal_to_what_was_written(ControlCatalog catalog)
    {
        var bytes = IsmsDocumentSerializer.Default.Serialize(catalog);
        return IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(bytes).SameAs(catalog);
    }

    [Property(Arbitrary = [typeof(DocumentArbitraries)], MaxTest = 100)]
    public bool Compact_and_indented_documents_read_back_the_same(ControlCatalog catalog)
    {
        var compact = new IsmsDocumentSerializer(new IsmsDocumentOptions { WriteIndented = false });
        var bytes = compact.Serialize(catalog);
        return !bytes.Contains((byte)'\n') && IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(bytes).SameAs(catalog);
    }

    [Property(Arbitrary = [typeof(DocumentArbitraries)], MaxTest = 100)]
    public bool Writing_the_same_model_twice_gives_the_same_bytes(ControlCatalog catalog) =>
        IsmsDocumentSerializer.Default.Serialize(catalog).AsSpan().SequenceEqual(IsmsDocumentSerializer.Default.Serialize(catalog));

    [Fact]
    public void A_document_starts_with_schemaVersion_then_kind_and_uses_camelCase_and_LF()
    {
        var text = System.Text.Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample));
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"kind\": \"control-catalog\",\n  \"id\": ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Isms.", text, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Policies for information security\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_Annex_A_catalogs_with_all_their_attributes_read_back_equal()
    {
        foreach (var catalog in new[] { AnnexA.Iso27001_2022, AnnexA.Iso27001_2013 })
        {
            var again = IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(IsmsDocumentSerializer.Default.Serialize(catalog));
            Assert.True(again.SameAs(catalog), catalog.Id);
        }

        Assert.Equal(93, AnnexA.Iso27001_2022.Controls.Count(c => c.Attributes is not null));
    }

    [Fact]
    public void Unknown_attribute_names_are_refused_with_the_allowed_ones()
    {
        var json = Catalogs.Document("""{"id":"5.1","theme":"t","title":"x","attributes":{"controlTypes":["Preventative"],"properties":["Confidentiality"],"concepts":["Identify"],"capabilities":["Governance"],"domains":["Protection"]}}""");
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(json)));
        Assert.Equal(DocumentErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.controls[0].attributes.controlTypes[0]", error.Path);
        Assert.Contains("Preventive", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_ASCII_text_is_written_readably_not_escaped()
    {
        var text = System.Text.Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample));
        Assert.Contains("é ü 中文", text, StringComparison.Ordinal);
        Assert.Contains("\\\"information systems\\\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_from_a_stream_gives_the_same_model_as_reading_bytes()
    {
        using var stream = new MemoryStream(IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample));
        Assert.True(IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(stream).SameAs(Catalogs.Sample));
    }

    [Fact]
    public void Reading_without_knowing_the_kind_reports_kind_and_version()
    {
        var document = IsmsDocumentSerializer.Default.Deserialize(IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample));
        Assert.Equal(DocumentKinds.ControlCatalog, document.Kind);
        Assert.Equal(2, document.SchemaVersion);
        Assert.False(document.WasMigrated);
        Assert.True(((ControlCatalog)document.Model).SameAs(Catalogs.Sample));
    }
}
