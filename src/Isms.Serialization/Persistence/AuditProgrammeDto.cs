using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (AuditProgramme).</summary>
internal sealed record AuditProgrammeDto
{
    public required string Title { get; init; }

    public required string Owner { get; init; }

    public required LocalDate PeriodStart { get; init; }

    public required LocalDate PeriodEnd { get; init; }

    public string? Approach { get; init; }

    public string? Document { get; init; }

    public string? ApprovedBy { get; init; }
}
