using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Isms.Core;

namespace Isms.Serialization.Tests;

/// <summary>
/// A rule of the model broken by a document is reported at the exact JSON path (and line) of the offending entity and
/// member, found from the error's structured data (entity kind, id, member), never from its message.
/// </summary>
public sealed class ModelErrorPathTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The sample document with five risks (R1 and four copies), so that errors sit deep in an array.</summary>
    private static JsonObject Document()
    {
        var root = JsonNode.Parse(IsmsDocumentSerializer.Default.Serialize(IsmsDocumentTests.Sample()))!.AsObject();
        var risks = root["risks"]!.AsArray();
        var first = risks[0]!;
        for (var i = 2; i <= 5; i++)
        {
            var copy = first.DeepClone().AsObject();
            copy["id"] = $"R-COPY-{i}";
            copy.Remove("quantitativeModel");
            risks.Add(copy);
        }

        return root;
    }

    private static (IsmsDocumentException Error, string Text) Read(JsonObject document)
    {
        var text = document.ToJsonString(Indented);
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(Encoding.UTF8.GetBytes(text)));
        return (error, text);
    }

    /// <summary>The 1-based line of the first line holding <paramref name="fragment"/>.</summary>
    private static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{fragment}' is not in the document");
        return index + 1;
    }

    [Fact]
    public void A_dangling_owner_of_the_fourth_risk_is_reported_at_risks_3_owner_and_its_line()
    {
        var document = Document();
        document["risks"]![3]!["owner"] = "nobody";

        var (error, text) = Read(document);

        Assert.Equal(DocumentErrorCodes.DanglingReference, error.Code);
        Assert.Equal("$.risks[3].owner", error.Path);
        Assert.Equal(LineOf(text, "\"owner\": \"nobody\""), error.Line);
        Assert.Equal("nobody", error.Value);
        var model = Assert.IsType<IsmsException>(error.InnerException);
        Assert.Equal(IsmsErrorCodes.DanglingReference, model.Code);
        Assert.Equal("RiskScenario", model.EntityKind);
        Assert.Equal("R-COPY-4", model.EntityId);
        Assert.Equal("Owner", model.Member);
    }

    [Fact]
    public void Every_rule_the_model_breaks_is_reported_at_once_each_with_its_path_and_line_in_document_order()
    {
        var document = Document();
        document["risks"]![3]!["owner"] = "nobody";
        document["assets"]![1]!["owner"] = "ghost-asset-owner";
        document["scope"]!["sites"] = new JsonArray("HQ", "NOWHERE");

        var (error, text) = Read(document);

        Assert.Equal(["$.scope.sites[1]", "$.assets[1].owner", "$.risks[3].owner"], error.Problems.Select(p => p.Location.Path));
        Assert.Equal(
            [LineOf(text, "\"NOWHERE\""), LineOf(text, "\"ghost-asset-owner\""), LineOf(text, "\"nobody\"")],
            error.Problems.Select(p => (int)p.Location.Line!.Value));
        Assert.All(error.Problems, p => Assert.Equal(DocumentErrorCodes.DanglingReference, p.Code));
        Assert.Equal(["NOWHERE", "ghost-asset-owner", "nobody"], error.Problems.Select(p => p.Value));
        Assert.Equal(error.Problems.Select(p => p.Message), error.Errors.Select(e => e.Message));
        Assert.Equal(3, Assert.IsType<IsmsException>(error.InnerException).Errors.Length);
        Assert.Equal("$.scope.sites[1]", error.Path);
    }

    [Fact]
    public void A_dangling_asset_in_a_risk_list_is_reported_at_the_list_item()
    {
        var document = Document();
        document["risks"]![2]!["assets"]!.AsArray().Add("A-404");

        var (error, text) = Read(document);

        Assert.Equal(DocumentErrorCodes.DanglingReference, error.Code);
        var count = document["risks"]![2]!["assets"]!.AsArray().Count;
        Assert.Equal($"$.risks[2].assets[{count - 1}]", error.Path);
        Assert.Equal(LineOf(text, "\"A-404\""), error.Line);
    }

    [Fact]
    public void A_corrective_action_id_used_twice_in_the_isms_is_a_duplicate_id_at_the_second_use()
    {
        var document = Document();
        var nonconformities = document["nonconformities"]!.AsArray();
        var copy = nonconformities[^1]!.DeepClone().AsObject();
        copy["id"] = "NC-SECOND";
        copy["owner"] = "ciso";
        nonconformities.Add(copy);

        var (error, _) = Read(document);

        Assert.Equal(DocumentErrorCodes.DuplicateId, error.Code);
        Assert.Equal($"$.nonconformities[{nonconformities.Count - 1}].correctiveActions[0].id", error.Path);
        Assert.Equal("CA-SER-1", error.Value);
    }

    [Fact]
    public void A_scope_site_missing_from_the_profile_is_reported_at_the_scope_site()
    {
        var document = Document();
        document["scope"]!["sites"] = new JsonArray("HQ", "NOWHERE");

        var (error, text) = Read(document);

        Assert.Equal(DocumentErrorCodes.DanglingReference, error.Code);
        Assert.Equal("$.scope.sites[1]", error.Path);
        Assert.Equal(LineOf(text, "\"NOWHERE\""), error.Line);
        Assert.Equal("IsmsScope", Assert.IsType<IsmsException>(error.InnerException).EntityKind);
    }

    [Fact]
    public void An_asset_depending_on_itself_is_reported_at_the_dependency()
    {
        var document = Document();
        var asset = document["assets"]![1]!;
        asset["dependsOn"] = new JsonArray(asset["id"]!.GetValue<string>());

        var (error, _) = Read(document);

        Assert.Equal(DocumentErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.assets[1].dependsOn[0]", error.Path);
        Assert.Equal(IsmsErrorCodes.SelfReference, Assert.IsType<IsmsException>(error.InnerException).Code);
    }

    [Fact]
    public void A_rule_of_one_entity_is_reported_at_its_member()
    {
        var document = Document();
        document["assets"]![1]!["name"] = "   ";

        var (error, text) = Read(document);

        Assert.Equal(DocumentErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.assets[1].name", error.Path);
        Assert.Equal(LineOf(text, "\"name\": \"   \""), error.Line);
    }
}
