using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (InternalAudit).</summary>
internal sealed record InternalAuditDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Status { get; init; }

    public required LocalDate PlannedOn { get; init; }

    public LocalDate? CompletedOn { get; init; }

    public required string LeadAuditor { get; init; }

    public IReadOnlyList<string> Auditors { get; set; } = [];

    public IReadOnlyList<string> Auditees { get; set; } = [];

    public IReadOnlyList<string> Clauses { get; set; } = [];

    public IReadOnlyList<string> Controls { get; set; } = [];

    public IReadOnlyList<string> Sites { get; set; } = [];

    public bool CoversWholeScope { get; init; }

    public IReadOnlyList<AuditFindingDto> Findings { get; set; } = [];

    public string? Report { get; init; }
}
