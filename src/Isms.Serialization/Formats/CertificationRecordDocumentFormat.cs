using System.Text.Json.Serialization.Metadata;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>
/// The <c>certification-record</c> kind read into a <see cref="CertificationRecordDocument"/> (the record and the policy
/// it was run under). The same document as <see cref="CertificationRecordFormat"/>; only the model differs.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class CertificationRecordDocumentFormat : DocumentFormat<CertificationRecordDocument, CertificationRecordDto>
{
    public static CertificationRecordDocumentFormat Instance { get; } = new();

    public override string Kind => DocumentKinds.CertificationRecord;

    public override int CurrentVersion => CertificationRecordFormat.Instance.CurrentVersion;

    protected override JsonTypeInfo<CertificationRecordDto> TypeInfo(IsmsJsonContext context) => context.CertificationRecordDto;

    protected override CertificationRecordDto ToDto(CertificationRecordDocument model) =>
        CertificationMapping.ToDto(model.Record, model.Policy, CurrentVersion, Kind);

    protected override CertificationRecordDocument FromDto(CertificationRecordDto dto)
    {
        var (record, policy) = CertificationMapping.FromDto(dto);
        return new CertificationRecordDocument(record, policy);
    }
}
