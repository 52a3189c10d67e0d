namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Scope).</summary>
internal sealed record ScopeDto
{
    public required string Statement { get; init; }

    public IReadOnlyList<string> Boundaries { get; set; } = [];

    public IReadOnlyList<string> Interfaces { get; set; } = [];

    public IReadOnlyList<string> Dependencies { get; set; } = [];

    public IReadOnlyList<string> Sites { get; set; } = [];

    public IReadOnlyList<string> Exclusions { get; set; } = [];
}
