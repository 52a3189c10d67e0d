using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of ExtendScope / ReduceScope.</summary>
internal sealed record ScopeChangeDto
{
    public required LocalDate EffectiveOn { get; init; }

    public required string NewScope { get; init; }

    public required string Reason { get; init; }

    public AuditReportDto? SpecialAudit { get; init; }
}
