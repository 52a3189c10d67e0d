using System.Collections.Immutable;
using Isms.Core.Catalogs;
using NodaTime;

namespace Isms.Core.Monitoring;

/// <summary>
/// An evidence item: what it is, the artefact (URI and SHA-256 of its content), when it was collected and by whom
/// (a person, or an automated collector with its version), the period it covers, until when it is valid, what it
/// supports (Annex A controls, applied controls, requirements, objectives) and a person's acceptance. Only an
/// accepted item counts: a collector's proposal is an item without <see cref="Acceptance"/>.
/// <para>ISO/IEC 27001:2022 clauses 7.5 (documented information), 8.1 (confidence that processes were carried out as
/// planned) and 9.1 (documented evidence of the results).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record EvidenceItem : IEntity<EvidenceItemId>
{
    /// <summary>The item's id.</summary>
    public required EvidenceItemId Id { get; init => field = Check.Id(value, "EvidenceItem.Id"); }

    /// <summary>What it is, e.g. <c>Q1 privileged access review sign-off</c>.</summary>
    public required string Title { get; init => field = Check.Text(value, "EvidenceItem.Title"); }

    /// <summary>What it shows, in the organisation's words.</summary>
    public string? Description { get; init => field = Check.OptionalText(value, "EvidenceItem.Description"); }

    /// <summary>The artefact: where it is and the SHA-256 of its content.</summary>
    public required ArtefactReference Artefact { get; init => field = value ?? throw new ArgumentNullException(nameof(Artefact)); }

    /// <summary>When it was collected (uploaded, exported); not the period it covers.</summary>
    public required Instant CollectedAt { get; init; }

    /// <summary>The period it covers, e.g. the quarter reviewed.</summary>
    public required EvidencePeriod Period { get; init => field = value ?? throw new ArgumentNullException(nameof(Period)); }

    /// <summary>The last day it is valid (e.g. a penetration test report for a year); <see langword="null"/> when it does not expire.</summary>
    public LocalDate? ValidUntil { get; init; }

    /// <summary>Who collected it: a person or an automated collector.</summary>
    public required EvidenceCollector CollectedBy { get; init => field = value ?? throw new ArgumentNullException(nameof(CollectedBy)); }

    /// <summary>The catalog (Annex A) controls it supports, e.g. <c>5.18</c> and <c>8.5</c>.</summary>
    public ImmutableArray<ControlId> Controls { get; init => field = Check.List(value, "EvidenceItem.Controls"); } = [];

    /// <summary>The applied controls it supports.</summary>
    public ImmutableArray<AppliedControlId> AppliedControls { get; init => field = Check.List(value, "EvidenceItem.AppliedControls"); } = [];

    /// <summary>The requirements of interested parties (clause 4.2) it shows are met.</summary>
    public ImmutableArray<RequirementId> Requirements { get; init => field = Check.List(value, "EvidenceItem.Requirements"); } = [];

    /// <summary>The objectives (clause 6.2) whose progress it shows.</summary>
    public ImmutableArray<ObjectiveId> Objectives { get; init => field = Check.List(value, "EvidenceItem.Objectives"); } = [];

    /// <summary>A person's acceptance; <see langword="null"/> while proposed and not yet reviewed.</summary>
    public EvidenceAcceptance? Acceptance { get; init; }

    /// <summary>True when a person accepted it.</summary>
    public bool IsAccepted => Acceptance is not null;

    /// <summary>True when <see cref="ValidUntil"/> is set and before <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsExpiredOn(LocalDate date) => ValidUntil is { } until && until < date;

    /// <summary>Returns the item accepted by <paramref name="person"/> on <paramref name="date"/>.</summary>
    /// <param name="person">Who accepts it.</param>
    /// <param name="date">When.</param>
    /// <param name="comment">What the reviewer noted.</param>
    public EvidenceItem Accept(PersonId person, LocalDate date, string? comment = null) =>
        this with { Acceptance = new EvidenceAcceptance { AcceptedBy = person, AcceptedOn = date, Comment = comment } };
}
