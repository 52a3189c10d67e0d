using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of PlanAudit.</summary>
internal sealed record AuditPlanDto
{
    public required string Kind { get; init; }

    public required LocalDate FirstDay { get; init; }

    public required LocalDate LastDay { get; init; }

    public required IReadOnlyList<AuditTeamMemberDto> Team { get; init; }

    public IReadOnlyList<int> Clauses { get; set; } = [];

    public IReadOnlyList<string> Themes { get; set; } = [];

    public IReadOnlyList<string> Sites { get; set; } = [];

    public IReadOnlyList<string> Processes { get; set; } = [];

    public required decimal AuditorDays { get; init; }
}
