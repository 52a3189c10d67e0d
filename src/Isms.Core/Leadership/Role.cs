using System.Collections.Immutable;

namespace Isms.Core.Leadership;

/// <summary>
/// An organisational role relevant to information security with its responsibilities and authorities
/// (e.g. <c>CISO</c>, <c>ISMS manager</c>, <c>Risk owner</c>). People hold roles through <see cref="Person.Roles"/>.
/// <para>ISO/IEC 27001:2022 clause 5.3; Annex A 5.2.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record Role : IEntity<RoleId>
{
    /// <summary>The role's id.</summary>
    public required RoleId Id { get; init => field = Check.Id(value, "Role.Id"); }

    /// <summary>The role's name.</summary>
    public required string Name { get; init => field = Check.Text(value, "Role.Name"); }

    /// <summary>The responsibilities assigned to the role.</summary>
    public ImmutableArray<string> Responsibilities { get; init => field = Check.List(value, "Role.Responsibilities"); } = [];

    /// <summary>The authorities assigned to the role.</summary>
    public ImmutableArray<string> Authorities { get; init => field = Check.List(value, "Role.Authorities"); } = [];

    /// <summary>Responsible for ensuring the ISMS conforms to ISO/IEC 27001 (clause 5.3 a).</summary>
    public bool EnsuresConformity { get; init; }

    /// <summary>Responsible for reporting ISMS performance to top management (clause 5.3 b).</summary>
    public bool ReportsPerformance { get; init; }

    /// <summary>True for roles that need evidence of competence (clause 7.2), e.g. security, audit, risk roles.</summary>
    public bool RequiresCompetenceEvidence { get; init; } = true;
}
