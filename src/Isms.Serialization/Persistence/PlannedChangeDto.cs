using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (PlannedChange, clause 6.3), since schemaVersion 2.</summary>
internal sealed record PlannedChangeDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Purpose { get; init; }

    public string? Consequences { get; init; }

    public string? Resources { get; init; }

    public string? Responsible { get; init; }

    public required string Status { get; init; }

    public LocalDate? PlannedFor { get; init; }

    public string? ApprovedBy { get; init; }

    public LocalDate? ApprovedOn { get; init; }

    public LocalDate? CompletedOn { get; init; }
}
