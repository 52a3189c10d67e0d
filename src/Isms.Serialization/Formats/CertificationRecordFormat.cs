using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Isms.Certification.Lifecycle;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>
/// The <c>certification-record</c> kind read into a bare <see cref="CertificationRecord"/>: written with
/// <see cref="IsmsDocumentOptions.CertificationBodyPolicy"/>, read by replaying the history under the stored policy
/// (see <see cref="CertificationMapping"/>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class CertificationRecordFormat : DocumentFormat<CertificationRecord, CertificationRecordDto>
{
    public static CertificationRecordFormat Instance { get; } = new();

    public override string Kind => DocumentKinds.CertificationRecord;

    public override int CurrentVersion => 1;

    public override void Write(Utf8JsonWriter writer, object model, IsmsJsonContext context) =>
        JsonSerializer.Serialize(writer, CertificationMapping.ToDto((CertificationRecord)model, context.CertificationBodyPolicy ?? CertificationBodyPolicy.Default, CurrentVersion, Kind), TypeInfo(context));

    protected override JsonTypeInfo<CertificationRecordDto> TypeInfo(IsmsJsonContext context) => context.CertificationRecordDto;

    protected override CertificationRecordDto ToDto(CertificationRecord model) => CertificationMapping.ToDto(model, CertificationBodyPolicy.Default, CurrentVersion, Kind);

    protected override CertificationRecord FromDto(CertificationRecordDto dto) => CertificationMapping.FromDto(dto).Record;
}
