using System.Text.Json.Serialization;
using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of CompleteStage1.</summary>
internal sealed record Stage1ReportDto
{
    [JsonConverter(typeof(LocalDateJsonConverter))]
    public required LocalDate FirstDay { get; init; }

    [JsonConverter(typeof(LocalDateJsonConverter))]
    public required LocalDate LastDay { get; init; }

    public required string LeadAuditor { get; init; }

    public required string Outcome { get; init; }

    public IReadOnlyList<Stage1GapDto> Gaps { get; init; } = [];
}
