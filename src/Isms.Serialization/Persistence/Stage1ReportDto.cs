using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of CompleteStage1.</summary>
internal sealed record Stage1ReportDto
{
    public required LocalDate FirstDay { get; init; }

    public required LocalDate LastDay { get; init; }

    public required string LeadAuditor { get; init; }

    public required string Outcome { get; init; }

    public IReadOnlyList<Stage1GapDto> Gaps { get; set; } = [];
}
