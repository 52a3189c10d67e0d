using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (ContextIssue).</summary>
internal sealed record ContextIssueDto
{
    public required string Id { get; init; }

    public required string Description { get; init; }

    public required string Origin { get; init; }

    public required string Kind { get; init; }

    public bool Relevant { get; init; }

    public string? Effect { get; init; }

    public required LocalDate IdentifiedOn { get; init; }
}
