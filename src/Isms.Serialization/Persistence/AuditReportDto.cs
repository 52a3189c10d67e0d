using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of the audit triggers (and the special audit of ExtendScope).</summary>
internal sealed record AuditReportDto
{
    public required string Kind { get; init; }

    public required LocalDate FirstDay { get; init; }

    public required LocalDate LastDay { get; init; }

    public required string LeadAuditor { get; init; }

    public IReadOnlyList<CertificationFindingDto> Findings { get; set; } = [];
}
