using System.Text;
using Isms.Core;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// Records embedded in an <c>isms</c> document (<c>riskCriteria</c>, a <c>risk-methodology</c>;
/// <c>statementOfApplicability.embeddedCatalog</c>, a <c>control-catalog</c>) carry their own kind and version and
/// are migrated with their own kind's steps before strict reading.
/// </summary>
public sealed class EmbeddedMigrationTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Fixtures.Path(DocumentKinds.Isms, name));

    private static string Text(string name) => Encoding.UTF8.GetString(Fixture(name));

    private static IsmsDocumentException Refused(string json) =>
        Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void An_isms_embedding_a_version_1_catalog_reads_to_the_same_model_as_with_its_version_2_equivalent()
    {
        var migrated = IsmsDocumentSerializer.Default.Deserialize(Fixture("v1-embedded-catalog-v1.json"));
        var current = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(Fixture("v1.json"));

        var isms = Assert.IsType<InformationSecurityManagementSystem>(migrated.Model);
        IsmsRoundTripProperties.Expect(current, isms);
        Assert.True(isms.StatementOfApplicability!.Catalog.SameAs(current.StatementOfApplicability!.Catalog));
        Assert.Equal("Policies for information security", isms.StatementOfApplicability.Catalog.Controls[0].Title);
    }

    [Fact]
    public void A_document_with_a_migrated_embedded_record_is_reported_as_migrated_and_saved_in_the_current_versions()
    {
        var document = IsmsDocumentSerializer.Default.Deserialize(Fixture("v1-embedded-catalog-v1.json"));

        Assert.True(document.WasMigrated);
        Assert.True(document.EmbeddedRecordsMigrated);
        Assert.Equal(1, document.SchemaVersion);
        Assert.Equal(2, document.CurrentSchemaVersion);
        var fromCurrentEmbedded = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(Fixture("v1.json"));
        var written = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize((InformationSecurityManagementSystem)document.Model));
        Assert.Equal(Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(fromCurrentEmbedded)), written);
        Assert.Contains("\"schemaVersion\": 2,", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_whose_embedded_records_are_current_is_not_reported_as_migrated()
    {
        var document = IsmsDocumentSerializer.Default.Deserialize(Fixture("v2.json"));
        Assert.False(document.WasMigrated);
        Assert.False(document.EmbeddedRecordsMigrated);
    }

    [Fact]
    public void The_typed_and_the_stream_reads_migrate_embedded_records_too()
    {
        using var stream = new MemoryStream(Fixture("v1-embedded-catalog-v1.json"));
        var fromStream = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(stream);
        var typed = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(Fixture("v1-embedded-catalog-v1.json"));
        Assert.Equal(typed, fromStream);
        Assert.Equal("test-catalog", typed.StatementOfApplicability!.Catalog.Id);
    }

    [Fact]
    public void An_embedded_catalog_newer_than_the_library_knows_is_an_unsupported_version_at_its_own_path()
    {
        var text = Text("v1-embedded-catalog-v1.json");
        var line = LineOf(text, "\"schemaVersion\": 1,", after: "\"embeddedCatalog\"");
        var error = Refused(ReplaceAfter(text, "\"embeddedCatalog\"", "\"schemaVersion\": 1,", "\"schemaVersion\": 9,"));

        Assert.Equal(DocumentErrorCodes.UnsupportedSchemaVersion, error.Code);
        Assert.Equal("$.statementOfApplicability.embeddedCatalog.schemaVersion", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains("newer", error.Problem, StringComparison.Ordinal);
        Assert.Contains("control-catalog", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_version_0_is_an_unsupported_version_at_its_own_path()
    {
        var error = Refused(ReplaceAfter(Text("v1.json"), "\"riskCriteria\"", "\"schemaVersion\": 1,", "\"schemaVersion\": 0,"));
        Assert.Equal(DocumentErrorCodes.UnsupportedSchemaVersion, error.Code);
        Assert.Equal("$.riskCriteria.schemaVersion", error.Path);
    }

    [Fact]
    public void Errors_inside_a_migrated_embedded_catalog_point_into_the_original_text()
    {
        var text = Text("v1-embedded-catalog-v1.json");
        var broken = ReplaceAfter(text, "\"embeddedCatalog\"", "\"id\": \"5.15\",", "\"id\": \"5.1\",");
        var line = LineOf(broken, "\"id\": \"5.1\",", after: "\"name\": \"Policies for information security\"");

        var error = Refused(broken);

        Assert.Equal(DocumentErrorCodes.DuplicateId, error.Code);
        Assert.Equal("$.statementOfApplicability.embeddedCatalog.controls[1].id", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains("(in the document migrated from schemaVersion 1)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_on_a_renamed_member_names_the_member_as_written_in_the_original_text()
    {
        var text = Text("v1-embedded-catalog-v1.json");
        var broken = ReplaceAfter(text, "\"embeddedCatalog\"", "\"name\": \"Access control\"", "\"name\": \"   \"");
        var memberLine = LineOf(broken, "\"name\": \"   \"", after: "\"embeddedCatalog\"");

        var error = Refused(broken);

        // Version 1 wrote a control's title as "name": the error says "name", where the user wrote it, not "title".
        Assert.Equal(DocumentErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.statementOfApplicability.embeddedCatalog.controls[1].name", error.Path);
        Assert.Equal(memberLine, error.Line);
    }

    [Fact]
    public void A_version_2_member_name_in_an_embedded_version_1_catalog_is_an_unknown_member_at_its_line()
    {
        var text = Text("v1-embedded-catalog-v1.json");
        var broken = ReplaceAfter(text, "\"embeddedCatalog\"", "\"name\": \"Access control\"", "\"title\": \"Access control\"");
        var line = LineOf(broken, "\"title\": \"Access control\"", after: "\"embeddedCatalog\"");

        var error = Refused(broken);

        Assert.Equal(DocumentErrorCodes.UnknownMember, error.Code);
        Assert.Equal("$.statementOfApplicability.embeddedCatalog.controls[1].title", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains("schemaVersion 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_record_of_another_kind_is_not_migrated_as_the_expected_kind()
    {
        var text = Text("v1-embedded-catalog-v1.json");
        var broken = ReplaceAfter(text, "\"embeddedCatalog\"", "\"kind\": \"control-catalog\",", "\"kind\": \"risk-methodology\",");

        var error = Refused(broken);

        Assert.Equal(DocumentErrorCodes.UnknownMember, error.Code);
        Assert.Equal("$.statementOfApplicability.embeddedCatalog.catalogId", error.Path);
    }

    private static int LineOf(string text, string find, string after)
    {
        var from = text.IndexOf(after, StringComparison.Ordinal);
        var at = text.IndexOf(find, from, StringComparison.Ordinal);
        Assert.True(from >= 0 && at >= 0, $"'{find}' not found after '{after}'");
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    private static string ReplaceAfter(string text, string after, string find, string replace)
    {
        var from = text.IndexOf(after, StringComparison.Ordinal);
        var at = text.IndexOf(find, from, StringComparison.Ordinal);
        Assert.True(from >= 0 && at >= 0, $"'{find}' not found after '{after}'");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
