using NodaTime;

namespace Isms.Core.Performance;

/// <summary>
/// The internal audit programme: the period it plans, its owner, the frequency and methods, and its approval.
/// The audits themselves are <see cref="InternalAudit"/> entities of the ISMS.
/// <para>ISO/IEC 27001:2022 clause 9.2.2 (plan, establish, implement and maintain an audit programme).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AuditProgramme
{
    /// <summary>The programme's title, e.g. <c>Internal audit programme 2026-2028</c>.</summary>
    public required string Title { get; init => field = Check.Text(value, "AuditProgramme.Title"); }

    /// <summary>The programme owner.</summary>
    public required PersonId Owner { get; init => field = Check.Id(value, "AuditProgramme.Owner"); }

    /// <summary>The first day of the period planned.</summary>
    public required LocalDate PeriodStart { get; init; }

    /// <summary>The last day of the period planned.</summary>
    public required LocalDate PeriodEnd { get; init; }

    /// <summary>The frequency, methods and reporting, in words (9.2.2).</summary>
    public string? Approach { get; init => field = Check.OptionalText(value, "AuditProgramme.Approach"); }

    /// <summary>The document that holds the programme.</summary>
    public DocumentId? Document { get; init => field = Check.OptionalId(value, "AuditProgramme.Document"); }

    /// <summary>Who approved the programme.</summary>
    public PersonId? ApprovedBy { get; init => field = Check.OptionalId(value, "AuditProgramme.ApprovedBy"); }

    /// <summary>True when <paramref name="date"/> is within the programme period.</summary>
    /// <param name="date">The date.</param>
    public bool Covers(LocalDate date) => PeriodStart <= date && date <= PeriodEnd;
}
