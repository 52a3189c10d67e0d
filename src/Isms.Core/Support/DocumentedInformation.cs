using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.Support;

/// <summary>
/// An entry of the documented information register: title, version, owner, approval, next review date, retention,
/// classification, and which mandatory documented information it fulfils.
/// <para>ISO/IEC 27001:2022 clause 7.5.2 (identification, format, review and approval), 7.5.3 (control: distribution,
/// storage, version control, retention and disposition).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record DocumentedInformation : IEntity<DocumentId>
{
    /// <summary>The document's id, e.g. <c>POL-001</c>.</summary>
    public required DocumentId Id { get; init => field = Check.Id(value, "DocumentedInformation.Id"); }

    /// <summary>The title.</summary>
    public required string Title { get; init => field = Check.Text(value, "DocumentedInformation.Title"); }

    /// <summary>The version, e.g. <c>2.1</c>.</summary>
    public required string Version { get; init => field = Check.Text(value, "DocumentedInformation.Version"); }

    /// <summary>The document owner.</summary>
    public required PersonId Owner { get; init => field = Check.Id(value, "DocumentedInformation.Owner"); }

    /// <summary>Who approved this version; <see langword="null"/> while a draft.</summary>
    public PersonId? ApprovedBy { get; init => field = Check.OptionalId(value, "DocumentedInformation.ApprovedBy"); }

    /// <summary>When this version was approved.</summary>
    public LocalDate? ApprovedOn { get; init; }

    /// <summary>When the document is next due for review.</summary>
    public LocalDate? NextReviewOn { get; init; }

    /// <summary>How long it is retained, e.g. <c>P7Y</c> as a period (clause 7.5.3 d).</summary>
    public Period? Retention { get; init; }

    /// <summary>The classification.</summary>
    public InformationClassification Classification { get; init; } = InformationClassification.Internal;

    /// <summary>Where it is kept (URL, repository path).</summary>
    public string? Location { get; init => field = Check.OptionalText(value, "DocumentedInformation.Location"); }

    /// <summary>The mandatory documented information this document fulfils.</summary>
    public ImmutableArray<MandatoryDocument> Fulfils { get; init => field = Check.List(value, "DocumentedInformation.Fulfils"); } = [];

    /// <summary>True when approved (approver and date recorded).</summary>
    public bool IsApproved => ApprovedBy is not null && ApprovedOn is not null;

    /// <summary>True when the next review date has passed on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsReviewOverdueOn(LocalDate date) => NextReviewOn is { } review && review < date;
}
