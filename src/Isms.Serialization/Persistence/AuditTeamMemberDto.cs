namespace Isms.Serialization.Persistence;

/// <summary>A member of an audit team.</summary>
internal sealed record AuditTeamMemberDto
{
    public required string Name { get; init; }

    public required string Role { get; init; }
}
