using System.Text;
using Isms.Serialization.Import;
using Isms.Serialization.Tests.Fuzz;
using Isms.Serialization.Tests.Import;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// Issue 13's reproducers for the documents themselves: escapes decoding to lone surrogates in <c>kind</c>, in member
/// names and in an older document that must be migrated (they leaked <see cref="InvalidOperationException"/>), and
/// error paths naming members the document does not have (<c>$.scenarios[0].value</c>, <c>$.scope.source</c>).
/// </summary>
public sealed class HostileTextRegressionTests
{
    private static readonly IsmsDocumentSerializer Serializer = IsmsDocumentSerializer.Default;

    private static byte[] Fixture(string kind, string file) => File.ReadAllBytes(Fixtures.Path(kind, file));

    private static byte[] Replace(byte[] document, string find, string replace)
    {
        var text = Encoding.UTF8.GetString(document);
        Assert.Contains(find, text, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"kind\": \"control-catalog\"", "\"kind\": \"control-catalog\\ud800\"", "$.kind")]
    [InlineData("\"kind\": \"control-catalog\"", "\"kind\": \"\\udfff\"", "$.kind")]
    [InlineData("\"name\": \"ISO/IEC", "\"na\\ud800me\": \"ISO/IEC", "$['na\\ud800me']")]
    [InlineData("\"title\": \"Policies for information security\"", "\"title\": \"Policies\\udc00\"", "$.controls[0].title")]
    public void A_lone_surrogate_escape_in_a_document_is_an_invalid_value_at_its_path(string find, string replace, string path)
    {
        var document = Replace(Fixture("control-catalog", "v2.json"), find, replace);

        var ex = Assert.Throws<IsmsDocumentException>(() => Serializer.Deserialize(document));

        Assert.Equal((DocumentErrorCodes.InvalidValue, path), (ex.Code, ex.Path));
        Assert.NotNull(ex.Line);
        Assert.Null(FuzzHarness.FirstNotOneLine(ex.Message));
    }

    [Fact]
    public void An_error_path_names_a_long_member_in_full_so_a_tool_can_follow_it_back_into_the_input()
    {
        var name = new string('m', 100);
        var document = Replace(Fixture("control-catalog", "v2.json"), "\"title\": \"Policies for information security\"", $"\"{name}\": \"Policies\\udc00\"");

        var ex = Assert.Throws<IsmsDocumentException>(() => Serializer.Deserialize(document));

        Assert.Equal((DocumentErrorCodes.InvalidValue, $"$.controls[0].{name}"), (ex.Code, ex.Path));
        Assert.True(FuzzHarness.PathExists(document, ex.Path!));
    }

    [Fact]
    public void A_member_renamed_onto_its_sibling_is_reported_inside_the_copy_that_holds_the_error()
    {
        // Soak case 1889288566: "requirements" renamed to "interestedParties" gives the context two members of that
        // name; the reader meets the requirement's "party" first and names it at the second copy's line.
        var document = Replace(Fixture("isms", "v2.json"), "\"requirements\": [", "\"interestedParties\": [");

        var ex = Assert.Throws<IsmsDocumentException>(() => Serializer.Deserialize(document));

        Assert.Equal((DocumentErrorCodes.UnknownMember, "$.context.interestedParties[0].party"), (ex.Code, ex.Path));
        var text = Encoding.UTF8.GetString(document);
        var second = text.IndexOf("\"interestedParties\"", text.IndexOf("\"interestedParties\"", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        Assert.True(ex.Line > text[..second].Count(c => c == '\n') + 1);
        Assert.True(FuzzHarness.PathExists(document, ex.Path!));
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_document_to_migrate_is_refused_before_the_migration()
    {
        var document = Replace(Fixture("control-catalog", "v1.json"), "\"name\": \"Threat intelligence\"", "\"name\": \"Threat\\ud800\"");

        var ex = Assert.Throws<IsmsDocumentException>(() => Serializer.Deserialize(document));

        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.controls[1].name"), (ex.Code, ex.Path));
    }

    [Fact]
    public void A_padded_scenario_id_in_a_scenario_set_is_placed_at_its_id_not_at_a_parameter_name()
    {
        var document = Serializer.Serialize(FairScenarioJsonReader.Default.Parse(ImportSamples.ScenarioJson));
        var padded = Replace(document, "\"id\": \"R-01\"", "\"id\": \"R-01 \"");

        var ex = Assert.Throws<IsmsDocumentException>(() => Serializer.Deserialize(padded));

        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.scenarios[0].id"), (ex.Code, ex.Path));
        Assert.Equal("R-01 ", ex.Value);
    }

    [Fact]
    public void A_padded_scenario_reference_in_a_scenario_set_control_is_placed_at_the_reference()
    {
        var document = Serializer.Serialize(FairScenarioJsonReader.Default.Parse(ImportSamples.ScenarioJson));
        var padded = Replace(document, "\"scenarios\": [\n        \"R-01\"", "\"scenarios\": [\n        \" R-01\"");

        var ex = Assert.Throws<IsmsDocumentException>(() => Serializer.Deserialize(padded));

        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.controls[0].scenarios[0]"), (ex.Code, ex.Path));
    }

    /// <summary>
    /// A guard's parameter name (<c>source</c> of a LINQ call, <c>value</c> of an id) appended to an entity's path gave
    /// <c>$.scope.source</c> for an <c>isms</c> document whose scope lacked a list: a mapping error is now placed at the
    /// nearest path the document has.
    /// </summary>
    [Fact]
    public void A_mapping_error_path_the_document_lacks_is_replaced_by_its_nearest_existing_ancestor()
    {
        var document = Fixture("isms", "v1.json");

        var (path, line, position) = Reading.PathLocator.Nearest(document, "$.scope.source", allowComments: false);
        var (itemPath, _, _) = Reading.PathLocator.Nearest(document, "$.assets[0].value", allowComments: false);

        Assert.Equal("$.scope", path);
        var scope = Reading.PathLocator.Locate(document, "$.scope")!.Value;
        Assert.Equal(Reading.TextPosition.At(document, scope.Offset), (line!.Value, position!.Value));
        Assert.Equal("$.assets[0]", itemPath);
    }
}
