using NodaTime;

namespace Isms.Core.Support;

/// <summary>
/// Documented evidence of a person's competence for a role (education, training, experience, certification).
/// <para>ISO/IEC 27001:2022 clause 7.2 d (retain documented information as evidence of competence).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CompetenceRecord : IEntity<CompetenceRecordId>
{
    /// <summary>The record's id.</summary>
    public required CompetenceRecordId Id { get; init => field = Check.Id(value, "CompetenceRecord.Id"); }

    /// <summary>The person.</summary>
    public required PersonId Person { get; init => field = Check.Id(value, "CompetenceRecord.Person"); }

    /// <summary>The role the competence is needed for, when specific.</summary>
    public RoleId? Role { get; init => field = Check.OptionalId(value, "CompetenceRecord.Role"); }

    /// <summary>The competence, e.g. <c>ISO/IEC 27001 Lead Auditor</c>.</summary>
    public required string Competence { get; init => field = Check.Text(value, "CompetenceRecord.Competence"); }

    /// <summary>How it was acquired.</summary>
    public required CompetenceEvidenceKind Kind { get; init; }

    /// <summary>Where the evidence is (certificate, transcript, HR file).</summary>
    public string? Evidence { get; init => field = Check.OptionalText(value, "CompetenceRecord.Evidence"); }

    /// <summary>When it was achieved.</summary>
    public required LocalDate AchievedOn { get; init; }

    /// <summary>When it expires, for certifications that do.</summary>
    public LocalDate? ExpiresOn { get; init; }

    /// <summary>True when achieved and not expired on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsValidOn(LocalDate date) => AchievedOn <= date && (ExpiresOn is not { } e || e >= date);
}
