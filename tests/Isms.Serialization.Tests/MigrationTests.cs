using Isms.Core.Catalogs;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

public sealed class MigrationTests
{
    private const string V1 = """{"schemaVersion":1,"kind":"control-catalog","catalogId":"c","name":"n","source":"s","controls":[{"id":"5.1","theme":"t","name":"Policies"}]}""";

    [Fact]
    public void A_version_1_document_is_migrated_on_read_and_reported_as_migrated()
    {
        var document = IsmsDocumentSerializer.Default.Deserialize(Catalogs.Utf8(V1));
        Assert.True(document.WasMigrated);
        Assert.Equal(1, document.SchemaVersion);
        Assert.Equal(2, document.CurrentSchemaVersion);
        var catalog = (ControlCatalog)document.Model;
        Assert.Equal("c", catalog.Id);
        Assert.Equal("Policies", catalog.Controls[0].Title);
    }

    [Fact]
    public void A_migrated_document_is_written_back_in_the_current_version()
    {
        var catalog = IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(V1));
        var again = IsmsDocumentSerializer.Default.Deserialize(IsmsDocumentSerializer.Default.Serialize(catalog));
        Assert.False(again.WasMigrated);
        Assert.Equal(2, again.SchemaVersion);
    }

    [Fact]
    public void Version_2_member_names_in_a_version_1_document_are_unknown_members()
    {
        var json = V1.Replace("\"catalogId\"", "\"id\"", StringComparison.Ordinal).Replace("\"name\":\"Policies\"", "\"title\":\"Policies\"", StringComparison.Ordinal);
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(json)));
        Assert.Equal(DocumentErrorCodes.UnknownMember, error.Code);
        Assert.Equal("$.id", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Contains("schemaVersion 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_a_migrated_document_point_at_the_line_of_the_original_text()
    {
        var json = "{\"schemaVersion\":1,\"kind\":\"control-catalog\",\"catalogId\":\"c\",\"name\":\"n\",\"source\":\"s\",\"controls\":[\n{\"id\":\"5.1\",\"theme\":\"t\",\"name\":\"x\"},\n{\"id\":\"5.1\",\"theme\":\"t\",\"name\":\"y\"}]}";
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(json)));
        Assert.Equal(DocumentErrorCodes.DuplicateId, error.Code);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Duplicate_keys_are_refused_in_older_versions_too()
    {
        var json = V1.Replace("\"name\":\"n\"", "\"name\":\"n\",\"name\":\"m\"", StringComparison.Ordinal);
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(json)));
        Assert.Equal(DocumentErrorCodes.DuplicateMember, error.Code);
    }
}
