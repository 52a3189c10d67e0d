using Isms.Core.Catalogs;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// Golden files: Fixtures/&lt;kind&gt;/v&lt;N&gt;.json for every schema version of every kind. The current version's file
/// is exactly what the library writes today (a change to the format fails here first); older ones must still read
/// to the same model. Regenerate the current ones with ISMS_UPDATE_SCHEMA=1.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string, int> KindsAndVersions()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in IsmsDocumentSerializer.SupportedKinds)
        {
            for (var version = 1; version <= IsmsDocumentSerializer.CurrentSchemaVersion(kind); version++)
            {
                data.Add(kind, version);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndVersions))]
    public void Every_schema_version_of_every_kind_has_a_golden_file_that_reads(string kind, int version)
    {
        var file = Fixtures.Path(kind, $"v{version}.json");
        Assert.True(File.Exists(file), $"missing golden file {file}");
        var document = IsmsDocumentSerializer.Default.Deserialize(File.ReadAllBytes(file));
        Assert.Equal(kind, document.Kind);
        Assert.Equal(version, document.SchemaVersion);
    }

    [Fact]
    public void The_current_control_catalog_golden_file_is_exactly_what_is_written()
    {
        var file = Fixtures.Path(DocumentKinds.ControlCatalog, "v2.json");
        var written = IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample);
        if (Fixtures.Update)
        {
            File.WriteAllBytes(file, written);
        }

        Assert.Equal(File.ReadAllText(file), System.Text.Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void A_version_1_control_catalog_reads_to_the_same_model_as_version_2()
    {
        var v1 = IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(File.ReadAllBytes(Fixtures.Path(DocumentKinds.ControlCatalog, "v1.json")));
        var v2 = IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(File.ReadAllBytes(Fixtures.Path(DocumentKinds.ControlCatalog, "v2.json")));
        Assert.True(v1.SameAs(v2));
        Assert.True(v1.SameAs(Catalogs.Sample));
    }
}
