using Isms.Core.Catalogs;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

public sealed class MigrationTests
{
    private const string V1 = """{"schemaVersion":1,"kind":"control-catalog","catalogId":"c","name":"n","source":"s","controls":[{"id":"5.1","theme":"t","name":"Policies"}]}""";

    [Fact]
    public void A_version_1_document_is_migrated_on_read_and_reported_as_migrated()
    {
        var document = IsmsDocumentSerializer.Default.Deserialize(Catalogs.Utf8(V1));
        Assert.True(document.WasMigrated);
        Assert.Equal(1, document.SchemaVersion);
        Assert.Equal(2, document.CurrentSchemaVersion);
        var catalog = (ControlCatalog)document.Model;
        Assert.Equal("c", catalog.Id);
        Assert.Equal("Policies", catalog.Controls[0].Title);
    }

    [Fact]
    public void A_migrated_document_is_written_back_in_the_current_version()
    {
        var catalog = IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(V1));
        var again = IsmsDocumentSerializer.Default.Deserialize(IsmsDocumentSerializer.Default.Serialize(catalog));
        Assert.False(again.WasMigrated);
        Assert.Equal(2, again.SchemaVersion);
    }

    [Fact]
    public void Version_2_member_names_in_a_version_1_document_are_unknown_members()
    {
        var json = V1.Replace("\"catalogId\"", "\"id\"", StringComparison.Ordinal).Replace("\"name\":\"Policies\"", "\"title\":\"Policies\"", StringComparison.Ordinal);
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(json)));
        Assert.Equal(DocumentErrorCodes.UnknownMember, error.Code);
        Assert.Equal("$.id", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Contains("schemaVersion 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_a_migrated_document_point_at_the_line_of_the_original_text()
    {
        var json = "{\"schemaVersion\":1,\"kind\":\"control-catalog\",\"catalogId\":\"c\",\"name\":\"n\",\"source\":\"s\",\"controls\":[\n{\"id\":\"5.1\",\"theme\":\"t\",\"name\":\"x\"},\n{\"id\":\"5.1\",\"theme\":\"t\",\"name\":\"y\"}]}";
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(json)));
        Assert.Equal(DocumentErrorCodes.DuplicateId, error.Code);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Duplicate_keys_are_refused_in_older_versions_too()
    {
        var json = V1.Replace("\"name\":\"n\"", "\"name\":\"n\",\"name\":\"m\"", StringComparison.Ordinal);
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Catalogs.Utf8(json)));
        Assert.Equal(DocumentErrorCodes.DuplicateMember, error.Code);
    }
}

/// <summary>
/// <c>isms</c> 1 -&gt; 2 (evidence and control monitoring): a version 1 document reads, migrates with empty new
/// registers, writes back as version 2 and round-trips; version 2 members in a version 1 document are refused.
/// </summary>
public sealed class IsmsMigrationTests
{
    private static byte[] V1 => File.ReadAllBytes(Fixtures.Path(DocumentKinds.Isms, "v1.json"));

    /// <summary>The sample without what only version 2 can hold: what the v1 golden file was written from.</summary>
    private static Isms.Core.InformationSecurityManagementSystem SampleAsOfVersion1() => IsmsDocumentTests.Sample().With(b =>
    {
        b.Evidence = Isms.Core.Register<Isms.Core.EvidenceItemId, Isms.Core.Monitoring.EvidenceItem>.Empty;
        b.ControlTests = Isms.Core.Register<Isms.Core.ControlTestId, Isms.Core.Monitoring.ControlTest>.Empty;
        b.MonitoringActivities = Isms.Core.Register<Isms.Core.MonitoringActivityId, Isms.Core.Monitoring.MonitoringActivity>.Empty;
        b.PlannedChanges = Isms.Core.Register<Isms.Core.PlannedChangeId, Isms.Core.Planning.PlannedChange>.Empty;
        b.Measurements = b.Measurements.Remove(new Isms.Core.MeasurementId("M-SER-1"));
    });

    [Fact]
    public void A_version_1_isms_is_migrated_to_the_same_model_with_empty_new_registers()
    {
        var document = IsmsDocumentSerializer.Default.Deserialize(V1);

        Assert.True(document.WasMigrated);
        Assert.Equal(1, document.SchemaVersion);
        Assert.Equal(2, document.CurrentSchemaVersion);
        var isms = Assert.IsType<Isms.Core.InformationSecurityManagementSystem>(document.Model);
        Assert.Empty(isms.Evidence);
        Assert.Empty(isms.ControlTests);
        Assert.Empty(isms.MonitoringActivities);
        Assert.Empty(isms.PlannedChanges);
        Assert.Equal(SampleAsOfVersion1(), isms);
    }

    [Fact]
    public void A_migrated_isms_is_written_as_version_2_and_round_trips_unchanged()
    {
        var migrated = IsmsDocumentSerializer.Default.Deserialize<Isms.Core.InformationSecurityManagementSystem>(V1);
        var written = IsmsDocumentSerializer.Default.Serialize(migrated);
        var again = IsmsDocumentSerializer.Default.Deserialize(written);

        Assert.False(again.WasMigrated);
        Assert.Equal(2, again.SchemaVersion);
        Assert.Equal(migrated, again.Model);
        Assert.Equal(written, IsmsDocumentSerializer.Default.Serialize((Isms.Core.InformationSecurityManagementSystem)again.Model));
        Assert.Contains("\"evidence\": []", System.Text.Encoding.UTF8.GetString(written), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evidence")]
    [InlineData("controlTests")]
    [InlineData("monitoringActivities")]
    [InlineData("plannedChanges")]
    public void A_version_2_register_in_a_version_1_document_is_an_unknown_member_of_that_version(string register)
    {
        var text = System.Text.Encoding.UTF8.GetString(V1);
        var broken = string.Concat(text.AsSpan(0, text.LastIndexOf('}')).TrimEnd(), $",\n  \"{register}\": []\n}}\n");

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize(System.Text.Encoding.UTF8.GetBytes(broken)));

        Assert.Equal(DocumentErrorCodes.UnknownMember, error.Code);
        Assert.Equal("$." + register, error.Path);
        Assert.Contains("schemaVersion 1", error.Problem, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 2", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measurement_naming_its_activity_in_a_version_1_document_is_refused_at_that_member()
    {
        var text = System.Text.Encoding.UTF8.GetString(V1);
        var at = text.IndexOf("\"metric\":", text.IndexOf("\"measurements\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var broken = text.Insert(at, "\"activity\": \"MON-1\", ");

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize(System.Text.Encoding.UTF8.GetBytes(broken)));

        Assert.Equal(DocumentErrorCodes.UnknownMember, error.Code);
        Assert.Equal("$.measurements[0].activity", error.Path);
    }

    [Fact]
    public void The_same_document_claiming_version_2_reads()
    {
        var text = System.Text.Encoding.UTF8.GetString(V1).Replace("\"schemaVersion\": 1,\n  \"kind\": \"isms\"", "\"schemaVersion\": 2,\n  \"kind\": \"isms\"", StringComparison.Ordinal);
        var document = IsmsDocumentSerializer.Default.Deserialize(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.False(document.WasMigrated);
        Assert.Equal(SampleAsOfVersion1(), document.Model);
    }
}
