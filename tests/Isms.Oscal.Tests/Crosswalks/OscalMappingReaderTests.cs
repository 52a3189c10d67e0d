using System.Text;
using System.Text.Json;
using Isms.Core.Catalogs;
using Isms.Oscal.Crosswalks;
using Isms.Oscal.Tests.Fuzz;
using Isms.Oscal.Tests.Support;
using Isms.Serialization;
using Isms.Serialization.Tests.Fuzz;
using Json.Schema;

namespace Isms.Oscal.Tests.Crosswalks;

/// <summary>A user's OSCAL mapping collection loads as a crosswalk, with its provenance and licence.</summary>
public sealed class OscalMappingReaderTests
{
    internal const string Mapping = """
        {
          "mapping-collection": {
            "uuid": "8e1b3f1a-2c4d-4e5f-9a0b-1c2d3e4f5a6b",
            "metadata": {
              "title": "ISO 27001 to a vendor framework", "last-modified": "2025-01-01T00:00:00Z", "version": "1", "oscal-version": "1.0.3",
              "props": [ { "name": "license", "value": "CC-BY-4.0" } ]
            },
            "mappings": [
              {
                "uuid": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                "source-resource": { "type": "catalog", "href": "iso27001-2022.json" },
                "target-resource": { "type": "catalog", "href": "vendor.json" },
                "maps": [
                  { "uuid": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "relationship": { "type": "superset-of" },
                    "sources": [ { "type": "control", "id-ref": "5.1" } ], "targets": [ { "type": "control", "id-ref": "V-1" } ], "remarks": "Policies cover it." },
                  { "uuid": "2a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "relationship": { "type": "intersects-with" },
                    "sources": [ { "type": "control", "id-ref": "5.2" }, { "type": "control", "id-ref": "5.3" } ], "targets": [ { "type": "control", "id-ref": "V-2" } ] }
                ]
              }
            ]
          }
        }
        """;

    [Fact]
    public void A_mapping_collection_reads_as_a_crosswalk_with_its_provenance_and_licence()
    {
        var crosswalk = OscalMappingReader.Default.Read(Encoding.UTF8.GetBytes(Mapping), "vendor-mapping.json");

        Assert.Equal(["V-1", "V-2"], crosswalk.TargetControls.Select(t => t.Value));
        Assert.Equal(
            [("5.1", "V-1", CrosswalkRelationship.Superset, "Policies cover it."), ("5.2", "V-2", CrosswalkRelationship.Intersects, "(no rationale given)"), ("5.3", "V-2", CrosswalkRelationship.Intersects, "(no rationale given)")],
            crosswalk.Entries.Select(e => (e.Source.Value, e.Target.Value, e.Relationship, e.Rationale)));
        Assert.Equal("CC-BY-4.0", crosswalk.Licence);
        Assert.Contains("ISO 27001 to a vendor framework", crosswalk.Provenance, StringComparison.Ordinal);
        Assert.Contains("vendor-mapping.json", crosswalk.Provenance, StringComparison.Ordinal);
        Assert.Equal(("iso27001-2022.json", "vendor.json"), (crosswalk.Source, crosswalk.Target));
    }

    [Fact]
    public void The_fixture_is_a_valid_mapping_collection_by_NIST_s_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(OscalData.Path("schema-1.0.6", "oscal_mapping_schema.json")));

        Assert.True(schema.Evaluate(JsonDocument.Parse(Mapping).RootElement).IsValid);
    }

    [Theory]
    [InlineData("\"superset-of\"", "\"bigger-than\"", DocumentErrorCodes.InvalidValue, "$['mapping-collection'].mappings[0].maps[0].relationship.type")]
    [InlineData("\"id-ref\": \"5.3\"", "\"id-ref\": \"5.2\"", DocumentErrorCodes.DuplicateId, "$['mapping-collection'].mappings[0].maps[1].targets[0]['id-ref']")]
    [InlineData("\"remarks\": \"Policies cover it.\"", "\"rationale\": \"x\"", DocumentErrorCodes.UnknownMember, "$['mapping-collection'].mappings[0].maps[0].rationale")]
    [InlineData("\"mapping-collection\"", "\"catalog\"", OscalErrorCodes.WrongModel, "$.catalog")]
    public void A_broken_mapping_is_refused_with_its_code_and_path(string find, string replace, string code, string path)
    {
        Assert.Contains(find, Mapping, StringComparison.Ordinal);

        var ex = Assert.Throws<IsmsDocumentException>(() => OscalMappingReader.Default.Read(Encoding.UTF8.GetBytes(Mapping.Replace(find, replace, StringComparison.Ordinal)), null));

        Assert.Equal((code, path), (ex.Code, ex.Path));
    }

    [Fact]
    public void The_mapping_reader_survives_hostile_input()
    {
        var (accepted, refused) = FuzzHarness.Run("OSCAL mapping", [Encoding.UTF8.GetBytes(Mapping)], JsonMutations.All, b => OscalMappingReader.Default.Read(b, null), json: true, OscalReaderFuzzTests.OwnCodes);

        Assert.True(accepted > 0 && refused > 0, $"the mutations reach both outcomes ({accepted} accepted, {refused} refused)");
    }
}
