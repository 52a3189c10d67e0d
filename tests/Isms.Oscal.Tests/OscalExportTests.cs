using System.Text.Json;
using System.Text.Json.Nodes;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Oscal.Tests.Support;
using Json.Schema;

namespace Isms.Oscal.Tests;

/// <summary>
/// The exported documents: each validates against NIST's JSON Schema of its model (1.0.6, the last kept in the OSCAL
/// repository; the documents use only members 1.1.x and 1.0.6 both accept), has the shape of NIST's 1.1.2 example of
/// the model, references the others by href, and keeps its UUIDs from one export to the next.
/// </summary>
public sealed class OscalExportTests
{
    private static readonly Dictionary<OscalModel, JsonSchema> Schemas = [];
    private static readonly string[] NoContent = ["back-matter", "local-definitions", "observations"];
    private static readonly HashSet<string> Generic = ["props", "links", "remarks", "responsible-roles", "responsible-parties", "description", "locations", "timing"];

    [Theory]
    [MemberData(nameof(Exports.Models), MemberType = typeof(Exports))]
    public void Every_exported_model_validates_against_NIST_s_schema(OscalModel model)
    {
        var document = Exports.Export(model);

        var result = Schema(model).Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, $"{model}:\n" + string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(15)
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Theory]
    [MemberData(nameof(Exports.Models), MemberType = typeof(Exports))]
    public void The_schema_check_catches_a_document_that_breaks_it(OscalModel model)
    {
        var document = Exports.Export(model);
        document[Exports.RootName(model)]!.AsObject().Remove("uuid");

        Assert.False(Schema(model).Evaluate(JsonSerializer.SerializeToElement(document)).IsValid);
    }

    [Theory]
    [MemberData(nameof(Exports.Models), MemberType = typeof(Exports))]
    public void An_export_has_the_members_of_NIST_s_example_of_its_model(OscalModel model)
    {
        if (Exports.NistExample(model) is not { } example)
        {
            // NIST's examples hold no profile; its schema check above stands alone.
            Assert.Equal(OscalModel.Profile, model);
            return;
        }

        var ours = Exports.Shape(Exports.Export(model));
        var theirs = Exports.Shape(JsonNode.Parse(OscalData.Bytes("examples", example)));
        var root = Exports.RootName(model);

        // The model's top-level members NIST's example has are ours too (but back matter, local definitions and a POA&M's
        // observations, which the ISMS has no content for).
        var top = theirs.Where(p => p.Count(c => c == '.') == 1 && p.StartsWith(root + ".", StringComparison.Ordinal))
            .Where(p => !NoContent.Any(n => p.EndsWith("." + n, StringComparison.Ordinal))).ToHashSet();
        Assert.Subset(ours, top);

        // Every structural member path of ours is one NIST's example uses; the generic assemblies OSCAL allows almost
        // anywhere (properties, links, remarks, responsible roles, descriptions, locations, timing) are left aside.
        var invented = ours.Where(p => !p.Split('.').Any(s => Generic.Contains(s.TrimEnd('[', ']'))) && !theirs.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(invented.Count == 0, $"{model}: member paths NIST's example does not have: {string.Join(", ", invented)}");
    }

    [Fact]
    public void The_documents_reference_each_other_by_href()
    {
        var options = new OscalExportOptions { CatalogHref = "c.json", ProfileHref = "p.json", SystemSecurityPlanHref = "s.json", AssessmentPlanHref = "a.json" };
        var exporter = new OscalExporter(options);

        Assert.Equal("c.json", Exports.Export(OscalModel.Profile, exporter)["profile"]!["imports"]![0]!["href"]!.GetValue<string>());
        Assert.Equal("p.json", Exports.Export(OscalModel.SystemSecurityPlan, exporter)["system-security-plan"]!["import-profile"]!["href"]!.GetValue<string>());
        Assert.Equal("s.json", Exports.Export(OscalModel.AssessmentPlan, exporter)["assessment-plan"]!["import-ssp"]!["href"]!.GetValue<string>());
        Assert.Equal("a.json", Exports.Export(OscalModel.AssessmentResults, exporter)["assessment-results"]!["import-ap"]!["href"]!.GetValue<string>());
        Assert.Equal("s.json", Exports.Export(OscalModel.PlanOfActionAndMilestones, exporter)["plan-of-action-and-milestones"]!["import-ssp"]!["href"]!.GetValue<string>());
        Assert.Equal("c.json", exporter.HrefOf(OscalModel.Catalog));
    }

    [Fact]
    public void The_profile_selects_the_applicable_controls_and_lists_each_exclusion_with_its_justification()
    {
        var soa = Exports.Sample.StatementOfApplicability!;
        var profile = Exports.Export(OscalModel.Profile)["profile"]!;
        var catalogIds = Exports.Members(Exports.Export(OscalModel.Catalog), "id").Select(m => m.Value!.GetValue<string>()).ToHashSet();

        var selected = profile["imports"]![0]!["include-controls"]![0]!["with-ids"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var excluded = profile["metadata"]!["props"]!.AsArray().Where(p => p!["name"]!.GetValue<string>() == "excluded-control").ToList();

        Assert.Equal(soa.Applicable.Count(), selected.Count);
        Assert.Subset(catalogIds, selected.ToHashSet());
        Assert.Equal(soa.Excluded.Count(), excluded.Count);
        Assert.NotEmpty(excluded);
        Assert.All(soa.Excluded, d => Assert.Contains(excluded, p =>
            p!["value"]!.GetValue<string>() == "a." + d.Control.Value && p["remarks"]!.GetValue<string>().Contains(d.Exclusion!.Narrative, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_SSP_has_one_implemented_requirement_per_applicable_control_with_its_applied_controls()
    {
        var isms = Exports.Sample;
        var ssp = Exports.Export(OscalModel.SystemSecurityPlan)["system-security-plan"]!;
        var components = ssp["system-implementation"]!["components"]!.AsArray().ToDictionary(c => c!["uuid"]!.GetValue<string>(), c => c!["title"]!.GetValue<string>());

        var requirements = ssp["control-implementation"]!["implemented-requirements"]!.AsArray();

        Assert.Equal(isms.StatementOfApplicability!.Applicable.Count(), requirements.Count);
        foreach (var decision in isms.StatementOfApplicability.Applicable)
        {
            var requirement = requirements.Single(r => r!["control-id"]!.GetValue<string>() == "a." + decision.Control.Value)!;
            var implementedBy = requirement["by-components"]!.AsArray().Select(b => components[b!["component-uuid"]!.GetValue<string>()]).ToList();
            var applied = decision.AppliedControls.Where(isms.AppliedControls.Contains).Select(a => isms.AppliedControls[a].Name).ToList();
            Assert.Equal(applied.Count == 0 ? [components.Values.First()] : applied, implementedBy);
        }
    }

    [Fact]
    public void UUIDs_are_stable_across_exports_and_unique_within_one()
    {
        foreach (var model in Enum.GetValues<OscalModel>())
        {
            var first = Uuids(Exports.Export(model));
            var again = Uuids(Exports.Export(model, lastModified: Exports.LastModified.Plus(NodaTime.Duration.FromDays(30))));
            var otherNamespace = Uuids(Exports.Export(model, new OscalExporter(new OscalExportOptions { UuidNamespace = Guid.Parse("0f6f1d3e-2a4b-4c5d-8e9f-a0b1c2d3e4f5") })));

            Assert.Equal(first, again);
            Assert.Empty(first.Intersect(otherNamespace));
            Assert.Equal(first.Count, first.Distinct().Count());
        }
    }

    [Fact]
    public void A_version_5_UUID_is_RFC_4122_s()
    {
        // RFC 4122 appendix B's DNS namespace and the example name of its errata / Python's uuid.uuid5.
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"), Export.OscalUuid.V5(dns, "www.example.com"));
    }

    [Fact]
    public void The_exported_catalog_reads_back_with_the_Annex_A_titles()
    {
        var bytes = OscalExporter.Default.Export(OscalModel.Catalog, Exports.Sample, Exports.LastModified, null);

        var import = OscalCatalogReader.Default.Read(bytes);

        Assert.Equal(AnnexA.Iso27001_2022.Controls.Select(c => ("a." + c.Id.Value, c.Title, c.Theme)), import.Catalog.Controls.Select(c => (c.Id.Value, c.Title, c.Theme)));
        Assert.Equal(4, import.Groups);
    }

    [Fact]
    public void A_profile_of_an_ISMS_without_a_Statement_of_Applicability_is_refused_with_its_code()
    {
        var builder = Isms.Core.Tests.TestData.ReadyIsms.Builder();
        builder.StatementOfApplicability = null;
        var isms = builder.Build();

        var ex = Assert.Throws<IsmsException>(() => OscalExporter.Default.Export(OscalModel.Profile, isms, Exports.LastModified, null));

        Assert.Equal(OscalErrorCodes.NoStatementOfApplicability, ex.Code);
    }

    [Fact]
    public void Options_out_of_range_are_refused_when_the_exporter_is_made()
    {
        Assert.Throws<ArgumentException>(() => new OscalExporter(new OscalExportOptions { SystemStatus = "running" }));
        Assert.Throws<ArgumentException>(() => new OscalExporter(new OscalExportOptions { CatalogHref = " " }));
    }

    private static List<string> Uuids(JsonNode document) =>
        [.. Exports.Members(document, "uuid").Select(m => m.Value!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private static JsonSchema Schema(OscalModel model)
    {
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(model, out var schema))
            {
                schema = JsonSchema.FromText(File.ReadAllText(OscalData.Path("schema-1.0.6", Exports.SchemaFile(model))));
                Schemas[model] = schema;
            }

            return schema;
        }
    }
}
