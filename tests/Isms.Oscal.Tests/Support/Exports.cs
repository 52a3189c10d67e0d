using System.Text.Json.Nodes;
using Isms.Cli.SampleData;
using Isms.Core;
using Isms.Core.Readiness;
using Isms.Core.Tests.TestData;
using NodaTime;

namespace Isms.Oscal.Tests.Support;

/// <summary>The sample organisation exported as each OSCAL model.</summary>
internal static class Exports
{
    public static readonly Instant LastModified = Instant.FromUtc(2026, 11, 28, 9, 0);

    public static InformationSecurityManagementSystem Sample { get; } = SampleOrganisation.Create(TestIsms.Today);

    public static ReadinessReport Readiness { get; } = ReadinessAnalyzer.Default.Analyze(Sample, TestIsms.Today);

    public static TheoryData<OscalModel> Models() => new(Enum.GetValues<OscalModel>());

    public static JsonObject Export(OscalModel model, OscalExporter? exporter = null, InformationSecurityManagementSystem? isms = null, Instant? lastModified = null) =>
        JsonNode.Parse((exporter ?? OscalExporter.Default).Export(model, isms ?? Sample, lastModified ?? LastModified, Readiness))!.AsObject();

    public static string SchemaFile(OscalModel model) => model switch
    {
        OscalModel.Catalog => "oscal_catalog_schema.json",
        OscalModel.Profile => "oscal_profile_schema.json",
        OscalModel.SystemSecurityPlan => "oscal_ssp_schema.json",
        OscalModel.AssessmentPlan => "oscal_assessment-plan_schema.json",
        OscalModel.AssessmentResults => "oscal_assessment-results_schema.json",
        _ => "oscal_poam_schema.json",
    };

    /// <summary>NIST's 1.1.2 example of the model (for a catalog, NIST's SP 800-53 low baseline, grouped as ours), or null (the examples hold no profile).</summary>
    public static string? NistExample(OscalModel model) => model switch
    {
        OscalModel.Catalog => "../NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json",
        OscalModel.SystemSecurityPlan => "ifa_ssp-example.json",
        OscalModel.AssessmentPlan => "ifa_assessment-plan-example.json",
        OscalModel.AssessmentResults => "ifa_assessment-results-example.json",
        OscalModel.PlanOfActionAndMilestones => "ifa_plan-of-action-and-milestones.json",
        _ => null,
    };

    public static string RootName(OscalModel model) => model switch
    {
        OscalModel.Catalog => OscalModels.Catalog,
        OscalModel.Profile => OscalModels.Profile,
        OscalModel.SystemSecurityPlan => OscalModels.SystemSecurityPlan,
        OscalModel.AssessmentPlan => OscalModels.AssessmentPlan,
        OscalModel.AssessmentResults => OscalModels.AssessmentResults,
        _ => OscalModels.PlanOfActionAndMilestones,
    };

    /// <summary>Every value of a member named <paramref name="name"/>, anywhere in the tree, with its path.</summary>
    public static IEnumerable<(string Path, JsonNode? Value)> Members(JsonNode? node, string name, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == name)
                    {
                        yield return ($"{path}.{key}", value);
                    }

                    foreach (var inner in Members(value, name, $"{path}.{key}"))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var inner in Members(array[i], name, $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>The member paths of a document without array indexes (<c>catalog.groups[].controls[].id</c>).</summary>
    public static HashSet<string> Shape(JsonNode? node, string path = "")
    {
        var shape = new HashSet<string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var inner = path.Length == 0 ? key : $"{path}.{key}";
                    shape.Add(inner);
                    shape.UnionWith(Shape(value, inner));
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    shape.UnionWith(Shape(item, path + "[]"));
                }

                break;
        }

        return shape;
    }
}
