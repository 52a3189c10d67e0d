using System.Text.Json.Nodes;
using Isms.Oscal.Tests.Support;
using Isms.Serialization;

namespace Isms.Oscal.Tests;

/// <summary>
/// NIST's example documents and this library's exports read strictly and write back equal to their input (compared as
/// JSON with member order ignored); every refusal has its code, path and line.
/// </summary>
public sealed class OscalDocumentReaderTests
{
    public static TheoryData<string, string> NistExamples() => new()
    {
        { "ifa_ssp-example.json", OscalModels.SystemSecurityPlan },
        { "ssp-example.json", OscalModels.SystemSecurityPlan },
        { "ifa_assessment-plan-example.json", OscalModels.AssessmentPlan },
        { "ifa_assessment-results-example.json", OscalModels.AssessmentResults },
        { "ifa_plan-of-action-and-milestones.json", OscalModels.PlanOfActionAndMilestones },
        { "example-component-definition.json", OscalModels.ComponentDefinition },
        { "basic-catalog.json", OscalModels.Catalog },
    };

    [Theory]
    [MemberData(nameof(NistExamples))]
    public void NIST_s_example_round_trips(string file, string model)
    {
        var input = OscalData.Bytes("examples", file);

        var document = OscalDocumentReader.Default.Read(input, file, model);
        var written = document.ToUtf8Json();

        Assert.Equal(Canonical(JsonNode.Parse(input)), Canonical(JsonNode.Parse(written)));
        Assert.Equal(written, OscalDocumentReader.Default.Read(written, "written.json", model).ToUtf8Json());
    }

    [Theory]
    [MemberData(nameof(NistExamples))]
    public void The_header_and_the_index_agree_with_an_independent_walk_of_the_example(string file, string model)
    {
        var raw = JsonNode.Parse(OscalData.Bytes("examples", file))![model]!.AsObject();

        var document = OscalDocumentReader.Default.Read(OscalData.Bytes("examples", file), file, null);

        Assert.Equal(model, document.Model);
        Assert.Equal(Guid.Parse(raw["uuid"]!.GetValue<string>()), document.Uuid);
        Assert.Equal(raw["metadata"]!["title"]!.GetValue<string>(), document.Title);
        Assert.Equal(raw["metadata"]!["version"]!.GetValue<string>(), document.Version);
        Assert.Equal("1.1.2", document.OscalVersion);
        Assert.Equal(raw["metadata"]!["last-modified"]!.GetValue<string>(), OscalDocumentReaderTestsText.DateTime(document));
        var imports = raw.Where(m => m.Key == "imports" || m.Key.StartsWith("import-", StringComparison.Ordinal))
            .SelectMany(m => m.Value is JsonArray a ? a.Select(i => i!) : [m.Value!])
            .Select(i => i["href"]!.GetValue<string>());
        Assert.Equal(imports, document.Imports);
        Assert.Equal(Objects(raw, "parties"), document.Count("party"));
        Assert.Equal(Objects(raw, "props"), document.Count("property"));
        Assert.Equal(Objects(raw, "implemented-requirements"), document.Count("implemented-requirement"));
        Assert.Equal(Objects(raw, "findings"), document.Count("finding"));
        Assert.Equal(Objects(raw, "observations"), document.Count("observation"));
        Assert.Equal(Objects(raw, "poam-items"), document.Count("poam-item"));
        Assert.Same(document.Root, Assert.Single(document.Elements(document.Root.Definition)));
    }

    [Fact]
    public void The_SSP_s_implemented_requirements_are_found_by_definition()
    {
        var document = OscalDocumentReader.Default.Read(OscalData.Bytes("examples", "ifa_ssp-example.json"), "ssp.json", OscalModels.SystemSecurityPlan);

        var requirements = document.Elements("implemented-requirement");

        Assert.Equal(["ac-6.1"], requirements.Select(r => r.Text("control-id")));
        Assert.All(requirements, r => Assert.StartsWith("$['system-security-plan']['control-implementation']['implemented-requirements'][", r.Path, StringComparison.Ordinal));
        Assert.NotNull(requirements[0].Uuid);
        Assert.Empty(document.Elements("no-such-definition"));
    }

    [Theory]
    [MemberData(nameof(Exports.Models), MemberType = typeof(Exports))]
    public void Every_export_reads_back_and_round_trips(OscalModel model)
    {
        var exported = OscalExporter.Default.Export(model, Exports.Sample, Exports.LastModified, Exports.Readiness);

        var document = OscalDocumentReader.Default.Read(exported, "export.json", Exports.RootName(model));

        Assert.Equal(Canonical(JsonNode.Parse(exported)), Canonical(JsonNode.Parse(document.ToUtf8Json())));
    }

    [Theory]
    [InlineData("\"system-security-plan\": {", "\"assessment-plan\": {", OscalModels.SystemSecurityPlan, OscalErrorCodes.WrongModel, "$['assessment-plan']")]
    [InlineData("\"oscal-version\": \"1.1.2\"", "\"oscal-version\": \"2.0.0\"", null, OscalErrorCodes.UnsupportedVersion, "$['system-security-plan'].metadata['oscal-version']")]
    [InlineData("\"uuid\": \"5e139edd-86aa-4b65-8431-1192bd276658\"", "\"uuid\": \"5e139edd\"", null, OscalErrorCodes.InvalidDatatype, "$['system-security-plan'].uuid")]
    [InlineData("\"id\": \"owner\"", "\"id\": \"1 owner\"", null, OscalErrorCodes.InvalidDatatype, "$['system-security-plan'].metadata.roles[0].id")]
    [InlineData("\"title\": \"IFA GoodRead Owner\"", "\"titel\": \"IFA GoodRead Owner\"", null, DocumentErrorCodes.UnknownMember, "$['system-security-plan'].metadata.roles[0].titel")]
    [InlineData("\"title\": \"IFA GoodRead Owner\"", "\"name\": \"IFA GoodRead Owner\"", null, DocumentErrorCodes.UnknownMember, "$['system-security-plan'].metadata.roles[0].name")]
    [InlineData("\"type\": \"person\",\n          \"name\": \"Owen Stilskin\"", "\"type\": \"robot\",\n          \"name\": \"Owen Stilskin\"", null, DocumentErrorCodes.InvalidValue, "$['system-security-plan'].metadata.parties[0].type")]
    [InlineData("\"last-modified\": \"2024-03-01T13:57:28.355446-04:00\"", "\"last-modified\": \"2024-03-01T13:57:28\"", null, OscalErrorCodes.InvalidDatatype, "$['system-security-plan'].metadata['last-modified']")]
    [InlineData("\"date-authorized\": \"2023-05-19\"", "\"date-authorized\": \"2023-13-19\"", null, OscalErrorCodes.InvalidDatatype, "$['system-security-plan']['system-characteristics']['date-authorized']")]
    [InlineData("\"member-of-organizations\": [\n            \"3a675986-b4ff-4030-b178-e953c2e55d64\"\n          ]", "\"member-of-organizations\": []", null, DocumentErrorCodes.InvalidValue, "$['system-security-plan'].metadata.parties[0]['member-of-organizations']")]
    [InlineData("\"uuid\": \"67c04291-dbf6-495a-a3ba-0011638acc94\"", "\"uuid\": \"ba9c12bd-e5ef-46b6-95a2-4d8e7f864c1a\"", null, DocumentErrorCodes.DuplicateId, "$['system-security-plan'].metadata.parties[1].uuid")]
    [InlineData("\"uuid\": \"67c04291-dbf6-495a-a3ba-0011638acc94\"", "\"uuid\": \"5e139edd-86aa-4b65-8431-1192bd276658\"", null, null, null)]
    [InlineData("\"version\": \"1.1\",", "\"version\": 1.1,", null, DocumentErrorCodes.WrongType, "$['system-security-plan'].metadata.version")]
    [InlineData("\"version\": \"1.1\",", "\"version\": \" 1.1\",", null, OscalErrorCodes.InvalidDatatype, "$['system-security-plan'].metadata.version")]
    [InlineData("\"version\": \"1.1\",", "", null, DocumentErrorCodes.MissingMember, "$['system-security-plan'].metadata")]
    [InlineData("\"version\": \"1.1\",", "\"version\": \"1.1\", \"version\": \"1.2\",", null, DocumentErrorCodes.DuplicateMember, "$['system-security-plan'].metadata.version")]
    [InlineData("\"system-security-plan\": {", "\"system-security-plan\": {", OscalModels.PlanOfActionAndMilestones, OscalErrorCodes.WrongModel, "$['system-security-plan']")]
    public void A_broken_SSP_is_refused_with_its_code_and_path(string find, string replace, string? model, string? code, string? path)
    {
        var text = File.ReadAllText(OscalData.Path("examples", "ifa_ssp-example.json")).ReplaceLineEndings("\n");
        Assert.Contains(find, text, StringComparison.Ordinal);
        var json = text.Replace(find, replace, StringComparison.Ordinal);
        if (code is null)
        {
            // A uuid shared by objects of different definitions (a party and the plan) is not OSCAL's concern.
            var document = OscalDocumentReader.Default.Parse(json, "shared.json", model);
            Assert.Equal(document.Uuid, document.Elements("party")[1].Uuid);
            return;
        }

        var ex = Assert.Throws<IsmsDocumentException>(() => OscalDocumentReader.Default.Parse(json, "broken.json", model));

        Assert.Equal((code, path), (ex.Code, ex.Path));
        Assert.NotNull(ex.Line);
        Assert.Equal("broken.json", ex.Location.Source);
    }

    [Fact]
    public void A_mapping_collection_or_an_unknown_model_name_is_not_read_here()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => OscalDocumentReader.Default.Parse("{\"mapping-collection\": {}}", null, null));

        Assert.Equal(OscalErrorCodes.WrongModel, ex.Code);
        Assert.Throws<ArgumentException>(() => OscalDocumentReader.Default.Parse("{}", null, OscalModels.MappingCollection));
    }

    [Fact]
    public void The_limits_of_the_document_options_apply()
    {
        var reader = new OscalDocumentReader(new IsmsDocumentOptions { MaxDepth = 5 });

        var ex = Assert.Throws<IsmsDocumentException>(() => reader.Read(OscalData.Bytes("examples", "ifa_ssp-example.json"), "ssp.json", null));

        Assert.Equal(DocumentErrorCodes.TooDeep, ex.Code);
    }

    /// <summary>The JSON with every object's members sorted by name, so two documents compare with member order ignored.</summary>
    private static string Canonical(JsonNode? node) => Sorted(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => KeyValuePair.Create(m.Key, Sorted(m.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    /// <summary>How many objects the arrays named <paramref name="member"/> hold anywhere below <paramref name="node"/>.</summary>
    private static int Objects(JsonNode? node, string member) => node switch
    {
        JsonObject obj => obj.Sum(m => (m.Key == member && m.Value is JsonArray a ? a.Count(i => i is JsonObject) : 0) + Objects(m.Value, member)),
        JsonArray array => array.Sum(i => Objects(i, member)),
        _ => 0,
    };
}

/// <summary>Formats a read date-time as OSCAL writes it, to compare with the input's text.</summary>
internal static class OscalDocumentReaderTestsText
{
    public static string DateTime(OscalDocument document) =>
        NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFo<Z+HH:mm>").Format(document.LastModified);
}
