using System.Text;
using System.Text.Json.Nodes;
using Isms.Certification.Applications;
using Isms.Certification.Lifecycle;
using Isms.Cli.SampleData;
using Isms.Serialization;
using NodaTime;

namespace Isms.AspNetCore.Tests.Support;

/// <summary>Request bodies: the sample organisation's ISMS (Helix Payments GmbH) and a certification record.</summary>
internal static class TestDocuments
{
    public static readonly LocalDate Today = new(2026, 11, 28);

    private static readonly Lazy<byte[]> LazyIsms = new(() => IsmsDocumentSerializer.Default.Serialize(SampleOrganisation.Create(Today)));

    /// <summary>The sample ISMS as a document.</summary>
    public static byte[] Isms => LazyIsms.Value;

    /// <summary>The sample ISMS as an editable JSON tree.</summary>
    public static JsonObject IsmsTree() => JsonNode.Parse(Isms)!.AsObject();

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>A certification record just opened (application received) under the default policy.</summary>
    public static byte[] OpenedRecord()
    {
        var opened = Instant.FromUtc(2026, 1, 5, 9, 0);
        var application = new CertificationApplication(
            "Helix Payments GmbH", "Payments", 180, [new ApplicationSite("Berlin head office", ["Development"], isCentralFunction: true)],
            "The ISMS of Helix Payments GmbH", StandardEdition.Edition2022);
        var record = CertificationRecord.Open(application, opened);
        return IsmsDocumentSerializer.Default.Serialize(new CertificationRecordDocument(record, CertificationBodyPolicy.Default));
    }
}
