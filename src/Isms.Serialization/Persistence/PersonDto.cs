using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Person).</summary>
internal sealed record PersonDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? JobTitle { get; init; }

    public string? Email { get; init; }

    public IReadOnlyList<string> Roles { get; set; } = [];

    public bool IsTopManagement { get; init; }

    public bool IsExternal { get; init; }

    public LocalDate? LeftOn { get; init; }
}
