using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (TreatmentAction).</summary>
internal sealed record TreatmentActionDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Owner { get; init; }

    public LocalDate? Due { get; init; }

    public required string Status { get; init; }

    public LocalDate? CompletedOn { get; init; }

    public string? Resources { get; init; }

    public IReadOnlyList<string> Risks { get; set; } = [];

    public IReadOnlyList<string> Controls { get; set; } = [];
}
