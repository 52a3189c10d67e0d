using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Isms.Serialization.Contracts;

/// <summary>Source-generated JSON metadata of every contract (no reflection: hosts can be trimmed and compiled ahead of
/// time). Public through <see cref="IsmsJson.WebOptions"/> and <see cref="IsmsJson.TypeInfoResolver"/>, which carry the Isms converters.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    Converters = [typeof(InstantIsoJsonConverter), typeof(LocalDateIsoJsonConverter)])]
[JsonSerializable(typeof(ReadinessReportContract))]
[JsonSerializable(typeof(ScoredRegisterContract))]
[JsonSerializable(typeof(HeatMapContract))]
[JsonSerializable(typeof(ImmutableArray<HeatMapContract>))]
[JsonSerializable(typeof(SoaRowContract))]
[JsonSerializable(typeof(ImmutableArray<SoaRowContract>))]
[JsonSerializable(typeof(EvidenceCoverageContract))]
[JsonSerializable(typeof(SimulationSummaryContract))]
[JsonSerializable(typeof(SimulationRequestContract))]
[JsonSerializable(typeof(ErrorContract))]
[JsonSerializable(typeof(ImmutableArray<ErrorContract>))]
[JsonSerializable(typeof(CertificationRecordContract))]
[JsonSerializable(typeof(CertificationEventRequest))]
[JsonSerializable(typeof(ApplicationReviewContract))]
[JsonSerializable(typeof(AuditPlanContract))]
[JsonSerializable(typeof(Stage1ReportContract))]
[JsonSerializable(typeof(AuditReportContract))]
[JsonSerializable(typeof(CorrectionVerificationContract))]
[JsonSerializable(typeof(CertificationDecisionContract))]
[JsonSerializable(typeof(ScopeChangeContract))]
[JsonSerializable(typeof(TransferRequestContract))]
[JsonSerializable(typeof(SuspensionNoticeContract))]
[JsonSerializable(typeof(ReinstatementContract))]
[JsonSerializable(typeof(WithdrawalNoticeContract))]
internal sealed partial class IsmsContractsJsonContext : JsonSerializerContext;
