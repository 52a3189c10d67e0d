using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Objective).</summary>
internal sealed record ObjectiveDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Measure { get; init; }

    public string? Target { get; init; }

    public string? Owner { get; init; }

    public LocalDate? Due { get; init; }

    public string? EvaluationMethod { get; init; }

    public string? Resources { get; init; }

    public bool Achieved { get; init; }
}
