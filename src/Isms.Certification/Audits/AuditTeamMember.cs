using Ardalis.GuardClauses;

namespace Isms.Certification.Audits;

/// <summary>A member of an audit team with a role.</summary>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record AuditTeamMember
{
    /// <summary>Creates a team member.</summary>
    /// <param name="name">The person's name.</param>
    /// <param name="role">The person's role in the team.</param>
    public AuditTeamMember(string name, AuditRole role)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Role = Guard.Against.EnumOutOfRange(role);
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The person's role in the team.</summary>
    public AuditRole Role { get; }
}
