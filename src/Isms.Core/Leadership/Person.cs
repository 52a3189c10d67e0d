using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.Leadership;

/// <summary>
/// A person doing work under the organisation's control who appears in the ISMS: an owner, approver, auditor,
/// a role holder. <see cref="LeftOn"/> records that the person has left (their ownerships then need a new owner).
/// <para>ISO/IEC 27001:2022 clauses 5.3, 7.2, 7.3.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record Person : IEntity<PersonId>
{
    /// <summary>The person's id.</summary>
    public required PersonId Id { get; init => field = Check.Id(value, "Person.Id"); }

    /// <summary>The person's name.</summary>
    public required string Name { get; init => field = Check.Text(value, "Person.Name"); }

    /// <summary>The job title, e.g. <c>Head of Platform Engineering</c>.</summary>
    public string? JobTitle { get; init => field = Check.OptionalText(value, "Person.JobTitle"); }

    /// <summary>The person's e-mail address.</summary>
    public string? Email { get; init => field = Check.OptionalText(value, "Person.Email"); }

    /// <summary>The roles the person holds.</summary>
    public ImmutableArray<RoleId> Roles { get; init => field = Check.List(value, "Person.Roles"); } = [];

    /// <summary>True for members of top management (clause 5.1).</summary>
    public bool IsTopManagement { get; init; }

    /// <summary>True for external persons (contractors, consultants) working under the organisation's control.</summary>
    public bool IsExternal { get; init; }

    /// <summary>When the person left the organisation; <see langword="null"/> while active.</summary>
    public LocalDate? LeftOn { get; init; }

    /// <summary>True when the person is still with the organisation on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsActiveOn(LocalDate date) => LeftOn is not { } left || left > date;
}
