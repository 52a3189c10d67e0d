namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (AuditFinding).</summary>
internal sealed record AuditFindingDto
{
    public required string Id { get; init; }

    public required string Grade { get; init; }

    public required string Description { get; init; }

    public string? Clause { get; init; }

    public string? Control { get; init; }

    public string? Nonconformity { get; init; }
}
