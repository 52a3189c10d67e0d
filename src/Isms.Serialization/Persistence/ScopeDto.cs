namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Scope).</summary>
internal sealed record ScopeDto
{
    public required string Statement { get; init; }

    public IReadOnlyList<string> Boundaries { get; init; } = [];

    public IReadOnlyList<string> Interfaces { get; init; } = [];

    public IReadOnlyList<string> Dependencies { get; init; } = [];

    public IReadOnlyList<string> Sites { get; init; } = [];

    public IReadOnlyList<string> Exclusions { get; init; } = [];
}
