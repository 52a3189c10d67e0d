using System.Collections.Immutable;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using NodaTime;

namespace Isms.Evidence.Collection;

/// <summary>
/// What an automated collector proposes: the artefact (URI and SHA-256 of its content), when it was collected, the
/// period it covers, until when it is valid, and what it supports. It becomes an <see cref="EvidenceItem"/> without
/// acceptance.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record EvidenceProposal
{
    /// <summary>What it is, e.g. <c>MFA enrolment of 212 active accounts</c>.</summary>
    public required string Title { get; init; }

    /// <summary>What it shows, in more words.</summary>
    public string? Description { get; init; }

    /// <summary>The artefact.</summary>
    public required ArtefactReference Artefact { get; init; }

    /// <summary>When it was collected.</summary>
    public required Instant CollectedAt { get; init; }

    /// <summary>The period it covers.</summary>
    public required EvidencePeriod Period { get; init; }

    /// <summary>The last day it is valid, if it expires.</summary>
    public LocalDate? ValidUntil { get; init; }

    /// <summary>The catalog (Annex A) controls it supports.</summary>
    public ImmutableArray<ControlId> Controls { get; init; } = [];

    /// <summary>The applied controls it supports.</summary>
    public ImmutableArray<AppliedControlId> AppliedControls { get; init; } = [];

    /// <summary>The requirements it supports.</summary>
    public ImmutableArray<RequirementId> Requirements { get; init; } = [];

    /// <summary>The objectives it supports.</summary>
    public ImmutableArray<ObjectiveId> Objectives { get; init; } = [];
}
