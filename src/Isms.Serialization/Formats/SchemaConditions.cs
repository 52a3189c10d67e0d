using System.Text.Json.Nodes;
using Isms.Certification.Lifecycle;
using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Serialization.Formats;

/// <summary>
/// Adds to a generated JSON Schema the requirements that depend on another member's value, so that the schema says
/// exactly what the reader accepts: a distribution needs the parameters of its family (<c>kind</c>), and a
/// certification event carries exactly the payload member of its trigger, a Statement of Applicability names one
/// catalog, an exclusion has its reason and narrative, a scenario set has a scenario, an evidence collector is a person or
/// a tool with its version. Where the reader keeps the rule
/// as data (<see cref="FairAssembly.ParameterSets"/>, <see cref="CertificationMapping.PayloadMember"/>) the condition is
/// made from it; SchemaAgreementTests checks every condition against the reader with an independent validator.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class SchemaConditions
{
    /// <summary>Adds the conditions to every node of <paramref name="schema"/> that describes a distribution or an event.</summary>
    public static void Apply(JsonNode schema)
    {
        foreach (var node in Objects(schema).ToList())
        {
            if (node["properties"] is not JsonObject properties)
            {
                continue;
            }

            if (properties.ContainsKey("kind") && properties.ContainsKey("truncateBelow") && properties.ContainsKey("rate"))
            {
                node["allOf"] = new JsonArray([.. Enum.GetValues<DistributionKind>().Select(DistributionCondition).OfType<JsonNode>()]);
            }
            else if (properties.ContainsKey("trigger") && properties.ContainsKey("applicationReview"))
            {
                node["allOf"] = new JsonArray([.. Enum.GetValues<CertificationTrigger>().Select(EventCondition)]);
            }
            else if (properties.ContainsKey("embeddedCatalog") && properties.ContainsKey("decisions"))
            {
                // The Statement of Applicability names a shipped catalog or embeds one, never both (IsmsFormat's SoA mapping).
                node["oneOf"] = new JsonArray(new JsonObject { ["required"] = Names(["catalog"]) }, new JsonObject { ["required"] = Names(["embeddedCatalog"]) });
                properties["catalog"]!["enum"] = Names([AnnexA.Iso27001_2022_Id, AnnexA.Iso27001_2013_Id]);
            }
            else if (properties.ContainsKey("exclusionReason") && properties.ContainsKey("exclusionNarrative"))
            {
                // An exclusion is a reason and a narrative together.
                node["dependentRequired"] = new JsonObject
                {
                    ["exclusionReason"] = Names(["exclusionNarrative"]),
                    ["exclusionNarrative"] = Names(["exclusionReason"]),
                };
            }
            else if (properties.ContainsKey("person") && properties.ContainsKey("tool") && properties.ContainsKey("toolVersion"))
            {
                // An evidence collector is a person, or a tool with its version (IsmsFormat.Collector).
                node["oneOf"] = new JsonArray(
                    new JsonObject { ["required"] = Names(["person"]), ["not"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["required"] = Names(["tool"]) }, new JsonObject { ["required"] = Names(["toolVersion"]) }) } },
                    new JsonObject { ["required"] = Names(["tool", "toolVersion"]), ["not"] = new JsonObject { ["required"] = Names(["person"]) } });
            }
            else if (properties.ContainsKey("scenarios") && properties.ContainsKey("correlations") && properties["scenarios"] is JsonObject scenarios)
            {
                // A scenario set has at least one scenario (FairAssembly.Set).
                scenarios["minItems"] = 1;
            }
        }
    }

    private static JsonObject? DistributionCondition(DistributionKind kind)
    {
        var sets = FairAssembly.ParameterSets(kind);
        if (sets.Count == 0)
        {
            return null;
        }

        var required = sets.Select(set => (JsonNode)new JsonObject { ["required"] = Names(set.Select(FairAssembly.DocumentNames)) }).ToArray();
        return When("kind", kind.ToString(), required.Length == 1 ? (JsonObject)required[0] : new JsonObject { ["anyOf"] = new JsonArray(required) });
    }

    private static JsonObject EventCondition(CertificationTrigger trigger)
    {
        var member = CertificationMapping.PayloadMember(trigger);
        var others = CertificationMapping.PayloadMembers.Where(m => m != member).Select(m => (JsonNode)new JsonObject { ["required"] = Names([m]) });
        var then = new JsonObject { ["not"] = new JsonObject { ["anyOf"] = new JsonArray([.. others]) } };
        if (member is not null)
        {
            then["required"] = Names([member]);
        }

        return When("trigger", trigger.ToString(), then);
    }

    private static JsonObject When(string member, string value, JsonObject then) => new()
    {
        ["if"] = new JsonObject
        {
            ["properties"] = new JsonObject { [member] = new JsonObject { ["const"] = value } },
            ["required"] = Names([member]),
        },
        ["then"] = then,
    };

    private static JsonArray Names(IEnumerable<string> names) => new([.. names.Select(n => (JsonNode)JsonValue.Create(n))]);

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (_, value) in obj)
            {
                foreach (var inner in Objects(value))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                foreach (var inner in Objects(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
