using System.Text.Json.Serialization;

namespace Isms.Serialization.Persistence;

/// <summary>
/// The source-generated metadata of every persistence record: no reflection at run time, trimming and AOT safe.
/// The options are supplied at run time by <see cref="IsmsJsonOptions"/>.
/// </summary>
[JsonSerializable(typeof(ControlCatalogDto))]
[JsonSerializable(typeof(RiskMethodologyDto))]
[JsonSerializable(typeof(IsmsDto))]
[JsonSerializable(typeof(ScenarioSetDto))]
[JsonSerializable(typeof(CertificationRecordDto))]
internal sealed partial class IsmsJsonContext : JsonSerializerContext;
