using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (CorrectiveAction).</summary>
internal sealed record CorrectiveActionDto
{
    public required string Id { get; init; }

    public required string Description { get; init; }

    public required string Owner { get; init; }

    public required LocalDate Due { get; init; }

    public LocalDate? CompletedOn { get; init; }
}
