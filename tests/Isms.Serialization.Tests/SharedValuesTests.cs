using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Isms.Core;
using Isms.Serialization.Reading;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// What keeps a large register small in memory: a value that repeats through a document (an owner, an asset or control
/// reference, a one-id reference list) is read as one instance, not one per occurrence. A model of 50,000 risks is
/// otherwise several megabytes larger, and every garbage collection during the read copies it.
/// </summary>
public sealed class SharedValuesTests
{
    private const int Copies = 300;

    [Fact]
    public void Repeated_references_and_one_id_lists_are_read_as_one_instance()
    {
        // The fixture, migrated and written at the current version: the document a product reads day to day.
        var serializer = new IsmsDocumentSerializer();
        var current = serializer.Serialize(serializer.Deserialize<InformationSecurityManagementSystem>(File.ReadAllBytes(Fixtures.Path("isms", "v2.json"))));
        var root = JsonNode.Parse(current)!;
        var risks = root["risks"]!.AsArray();
        risks[0]!["quantitativeModel"] = null; // FAIR models are read by the generic path only
        var template = risks[0]!.DeepClone();
        template["quantitativeModel"] = null;
        template["assets"] = new JsonArray("A1");
        template["appliedControls"] = new JsonArray("AC1");
        for (var i = 0; i < Copies; i++)
        {
            var copy = template.DeepClone();
            copy["id"] = $"R-SHARED-{i:D4}";
            copy["title"] = $"Shared references {i}";
            risks.Add(copy);
        }

        var isms = serializer.Deserialize<InformationSecurityManagementSystem>(Encoding.UTF8.GetBytes(root.ToJsonString()));

        var copies = isms.Risks.Where(r => r.Id.Value.StartsWith("R-SHARED-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Copies, copies.Count);
        Assert.All(copies, r => Assert.Equal(["A1"], r.Assets.Select(a => a.Value)));
        Assert.All(copies, r => Assert.Equal(["AC1"], r.AppliedControls.Select(c => c.Value)));
        Assert.Single(copies.Select(r => r.Owner.Value).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(copies.Select(r => r.Threat).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(copies.Select(r => (object)ImmutableCollectionsMarshal.AsArray(r.Assets)!).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(copies.Select(r => (object)ImmutableCollectionsMarshal.AsArray(r.AppliedControls)!).Distinct(ReferenceEqualityComparer.Instance));
    }

    [Theory]
    [InlineData("AC-", 5)]
    [InlineData("A-", 5)]
    [InlineData("P-", 4)]
    [InlineData("urn:example:asset:", 6)]
    public void The_string_table_keeps_ids_that_differ_only_in_their_last_characters(string prefix, int digits)
    {
        // 1,000 ids that share their first characters, as a register's ids do, each read twice: the second read must
        // find the first one's string. A hash that ignored the last characters sent them all to one entry.
        var ids = Enumerable.Range(0, 1000).Select(i => prefix + i.ToString($"D{digits}", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(ids.Concat(ids)));
        var table = new StringTable(json.Length * 1000);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var first = new string[ids.Length];
        var shared = 0;
        for (var i = 0; reader.Read() && reader.TokenType == JsonTokenType.String; i++)
        {
            var value = table.Get(ref reader);
            Assert.Equal(ids[i % ids.Length], value);
            if (i < ids.Length)
            {
                first[i] = value;
            }
            else if (ReferenceEquals(first[i - ids.Length], value))
            {
                shared++;
            }
        }

        // In a two-way table of 65,536 entries only a third id in one set can miss (rare for 1,000 ids); the hash of
        // before this test put 1,000 "AC-" ids in 10 entries of a direct-mapped table.
        Assert.True(shared >= 990, $"only {shared} of {ids.Length} repeated ids were found in the table");
    }
}
