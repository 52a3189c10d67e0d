namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Role).</summary>
internal sealed record RoleDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Responsibilities { get; set; } = [];

    public IReadOnlyList<string> Authorities { get; set; } = [];

    public bool EnsuresConformity { get; init; }

    public bool ReportsPerformance { get; init; }

    public bool RequiresCompetenceEvidence { get; init; }
}
