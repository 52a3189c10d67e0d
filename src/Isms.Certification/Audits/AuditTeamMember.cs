using Isms.Core;

namespace Isms.Certification.Audits;

/// <summary>A member of an audit team with a role.</summary>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record AuditTeamMember
{
    /// <summary>Creates a team member.</summary>
    /// <param name="person">The person.</param>
    /// <param name="role">The person's role in the team.</param>
    /// <exception cref="CertificationException">An empty person or an undefined role (<c>ISMS-CERT-003</c>).</exception>
    public AuditTeamMember(PersonId person, AuditRole role)
    {
        Person = Require.Person(person, CertificationErrorCodes.InvalidAuditPlan, nameof(AuditTeamMember), nameof(Person));
        Role = Require.Defined(role, CertificationErrorCodes.InvalidAuditPlan, nameof(AuditTeamMember), nameof(Role));
    }

    /// <summary>The person.</summary>
    public PersonId Person { get; }

    /// <summary>The person's role in the team.</summary>
    public AuditRole Role { get; }
}
