using Isms.Core.Catalogs;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

public sealed class StrictReadingTests
{
    private static IsmsDocumentException Reject(string json) =>
        Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(json)));

    [Theory]
    [InlineData("""{"id":"5.1","theme":"t","titel":"x"}""", DocumentErrorCodes.UnknownMember, "$.controls[0].titel")]
    [InlineData("""{"id":"5.1","theme":"t"}""", DocumentErrorCodes.MissingMember, "$.controls[0]")]
    [InlineData("""{"id":"5.1","theme":"t","title":"x","title":"y"}""", DocumentErrorCodes.DuplicateMember, "$.controls[0].title")]
    [InlineData("""{"id":"5.1","theme":7,"title":"x"}""", DocumentErrorCodes.WrongType, "$.controls[0].theme")]
    [InlineData("""{"id":"5.1","theme":null,"title":"x"}""", DocumentErrorCodes.WrongType, "$.controls[0].theme")]
    [InlineData("""{"id":" 5.1","theme":"t","title":"x"}""", DocumentErrorCodes.InvalidValue, "$.controls[0].id")]
    [InlineData("""{"id":"5.1","theme":"  ","title":"x"}""", DocumentErrorCodes.InvalidValue, "$.controls[0].theme")]
    [InlineData("""{"id":"5.1","theme":"t","title":"x"},{"id":"5.1","theme":"t","title":"y"}""", DocumentErrorCodes.DuplicateId, "$.controls[1].id")]
    [InlineData("""[]""", DocumentErrorCodes.WrongType, "$.controls[0]")]
    public void Each_kind_of_bad_content_has_its_code_and_path(string controls, string code, string path)
    {
        var error = Reject(Catalogs.Document(controls));
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Equal(1, error.Line);
        Assert.NotNull(error.BytePositionInLine);
        Assert.StartsWith($"{code} {path} (line 1, position ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_lists_the_members_expected()
    {
        var error = Reject(Catalogs.Document(extra: ",\"owner\":\"x\""));
        Assert.Equal(DocumentErrorCodes.UnknownMember, error.Code);
        Assert.Equal("$.owner", error.Path);
        Assert.Equal("one of schemaVersion, kind, id, name, source, controls", error.Expected);
    }

    [Fact]
    public void A_missing_member_names_it()
    {
        var error = Reject("""{"schemaVersion":2,"kind":"control-catalog","id":"c","name":"n","controls":[]}""");
        Assert.Equal(DocumentErrorCodes.MissingMember, error.Code);
        Assert.Contains("'source'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_the_line_and_position_in_a_multi_line_document()
    {
        var json = "{\n  \"schemaVersion\": 2,\n  \"kind\": \"control-catalog\",\n  \"id\": \"c\",\n  \"name\": \"n\",\n  \"source\": \"s\",\n  \"controls\": [\n    { \"id\": \"5.1\", \"theme\": \"t\", \"title\": 42 }\n  ]\n}";
        var error = Reject(json);
        Assert.Equal(DocumentErrorCodes.WrongType, error.Code);
        Assert.Equal(8, error.Line);
        Assert.Equal("$.controls[0].title", error.Path);
        Assert.Equal("a string", error.Expected);
    }

    [Fact]
    public void A_domain_rule_broken_after_deserialization_is_located_by_line()
    {
        var json = "{\"schemaVersion\":2,\"kind\":\"control-catalog\",\"id\":\"c\",\"name\":\"n\",\"source\":\"s\",\"controls\":[\n{\"id\":\"1\",\"theme\":\"t\",\"title\":\"x\"},\n{\"id\":\"1\",\"theme\":\"t\",\"title\":\"y\"}]}";
        var error = Reject(json);
        Assert.Equal(DocumentErrorCodes.DuplicateId, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(7, error.BytePositionInLine); // {"id":"1" - the value of the second id
    }

    [Theory]
    [InlineData("""{"kind":"control-catalog","id":"c"}""", DocumentErrorCodes.UnsupportedSchemaVersion)]
    [InlineData("""{"schemaVersion":3,"kind":"control-catalog"}""", DocumentErrorCodes.UnsupportedSchemaVersion)]
    [InlineData("""{"schemaVersion":0,"kind":"control-catalog"}""", DocumentErrorCodes.UnsupportedSchemaVersion)]
    [InlineData("""{"schemaVersion":"2","kind":"control-catalog"}""", DocumentErrorCodes.UnsupportedSchemaVersion)]
    [InlineData("""{"schemaVersion":2.5,"kind":"control-catalog"}""", DocumentErrorCodes.UnsupportedSchemaVersion)]
    [InlineData("""{"schemaVersion":2}""", DocumentErrorCodes.UnknownKind)]
    [InlineData("""{"schemaVersion":2,"kind":"isms-catalog"}""", DocumentErrorCodes.UnknownKind)]
    [InlineData("""{"schemaVersion":2,"kind":7}""", DocumentErrorCodes.UnknownKind)]
    [InlineData("""{"schemaVersion":2,"kind":"Control-Catalog"}""", DocumentErrorCodes.UnknownKind)]
    [InlineData("""[{"schemaVersion":2,"kind":"control-catalog"}]""", DocumentErrorCodes.RootNotObject)]
    [InlineData("\"control-catalog\"", DocumentErrorCodes.RootNotObject)]
    [InlineData("null", DocumentErrorCodes.RootNotObject)]
    [InlineData("", DocumentErrorCodes.MalformedJson)]
    [InlineData("{", DocumentErrorCodes.MalformedJson)]
    [InlineData("""{"schemaVersion":2,"kind":"control-catalog",}""", DocumentErrorCodes.MalformedJson)]
    [InlineData("""{"schemaVersion":2,"kind":"control-catalog"} {}""", DocumentErrorCodes.MalformedJson)]
    [InlineData("""{"schemaVersion":2,/* c */"kind":"control-catalog"}""", DocumentErrorCodes.MalformedJson)]
    [InlineData("""{'schemaVersion':2}""", DocumentErrorCodes.MalformedJson)]
    public void The_envelope_and_syntax_are_checked_first(string json, string code) =>
        Assert.Equal(code, Reject(json).Code);

    [Fact]
    public void A_document_of_another_kind_is_refused_when_a_kind_is_asked_for()
    {
        var error = Reject("""{"schemaVersion":1,"kind":"isms"}""");
        Assert.Equal(DocumentErrorCodes.UnknownKind, error.Code);
        Assert.Equal("$.kind", error.Path);
    }

    [Fact]
    public void A_newer_schema_version_says_a_newer_library_wrote_it()
    {
        var error = Reject("""{"schemaVersion":99,"kind":"control-catalog"}""");
        Assert.Contains("newer", error.Problem, StringComparison.Ordinal);
        Assert.Equal("a schemaVersion from 1 to 2 for kind 'control-catalog'", error.Expected);
    }

    [Fact]
    public void Error_messages_never_show_dotnet_type_names()
    {
        string[] bad =
        [
            Catalogs.Document("""{"id":"5.1","theme":"t","titel":"x"}"""),
            Catalogs.Document("""{"id":"5.1","theme":"t"}"""),
            Catalogs.Document("""{"id":"5.1","theme":[],"title":"x"}"""),
            Catalogs.Document("{}", ",\"id\":\"again\""),
            Catalogs.Document("7"),
        ];
        foreach (var json in bad)
        {
            var error = Reject(json);
            Assert.DoesNotContain("Isms.", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_document_exception_is_an_IsmsException_with_a_stable_code()
    {
        Isms.Core.IsmsException error = Reject("{");
        Assert.Matches("^ISMS-DOC-[0-9]{3}$", error.Code);
    }
}
