using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// One organisation's certification with one certification body: the application, the state of the lifecycle (the
/// record owns it; the Stateless machine reads and writes it through external state storage), the certificate, the
/// plans, audits and findings, and the history of every transition. Change it only through
/// <see cref="CertificationLifecycle"/>, which returns a new record and leaves this one unchanged.
/// </summary>
/// <remarks>
/// Equality is structural over every member, lists included, so a record rebuilt by
/// <see cref="CertificationLifecycle.Replay(Applications.CertificationApplication, NodaTime.Instant, System.Collections.Generic.IEnumerable{CertificationEvent})"/> equals the original.
/// </remarks>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record CertificationRecord
{
    private CertificationRecord(CertificationApplication application, Instant openedAt)
    {
        Application = application;
        OpenedAt = openedAt;
        LastEventAt = openedAt;
    }

    /// <summary>The application the record started from.</summary>
    public CertificationApplication Application { get; }

    /// <summary>When the application was received.</summary>
    public Instant OpenedAt { get; }

    /// <summary>The current (leaf) state.</summary>
    public CertificationState State { get; internal init; }

    /// <summary>The current certificate, or null before the first grant.</summary>
    public Certificate? Certificate { get; internal init; }

    /// <summary>The audit plans recorded, in order.</summary>
    public ImmutableList<AuditPlan> Plans { get; internal init; } = [];

    /// <summary>The Stage 1 reports, in order.</summary>
    public ImmutableList<Stage1Report> Stage1Reports { get; internal init; } = [];

    /// <summary>The reports of every other audit, in order.</summary>
    public ImmutableList<AuditReport> Audits { get; internal init; } = [];

    /// <summary>Every finding raised, with where it stands.</summary>
    public ImmutableList<FindingRecord> Findings { get; internal init; } = [];

    /// <summary>Every transition, in order.</summary>
    public ImmutableList<CertificationEvent> History { get; internal init; } = [];

    /// <summary>The last day of the latest Stage 1, or null.</summary>
    public LocalDate? LastStage1Day { get; internal init; }

    /// <summary>The last day of the latest Stage 2, or null.</summary>
    public LocalDate? LastStage2Day { get; internal init; }

    /// <summary>
    /// The last day of the latest audit that counts for the calendar-year rule of surveillance (Stage 2, surveillance,
    /// recertification, restoration), or null; derived from <see cref="Audits"/>, kept so deadlines need not scan them.
    /// </summary>
    internal LocalDate? LastAuditDay { get; init; }

    /// <summary>Surveillance audits held in the current cycle.</summary>
    public int SurveillancesInCycle { get; internal init; }

    /// <summary>The first day of the current suspension, or null when not suspended.</summary>
    public LocalDate? SuspendedOn { get; internal init; }

    /// <summary>Why the certificate is suspended, or null.</summary>
    public SuspensionReason? SuspensionReason { get; internal init; }

    /// <summary>The effective date of the latest event (or null before any): later events may not be dated earlier.</summary>
    public LocalDate? LastEventDate { get; internal init; }

    /// <summary>The instant of the latest event, or <see cref="OpenedAt"/>.</summary>
    public Instant LastEventAt { get; internal init; }

    /// <summary>The number of major nonconformities not yet verified.</summary>
    public int OpenMajorCount
    {
        get
        {
            var count = 0;
            foreach (var finding in Findings)
            {
                if (finding.IsOpenMajor)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>The number of minor nonconformities with neither an accepted action plan nor a verification.</summary>
    public int OpenMinorCount => Findings.Count(f => f.IsOpenMinor);

    /// <summary>The last day of the earliest audit with a major still open, or null.</summary>
    public LocalDate? OldestOpenMajorRaisedOn
    {
        get
        {
            LocalDate? oldest = null;
            foreach (var finding in Findings)
            {
                if (finding.IsOpenMajor && (oldest is null || finding.RaisedOn < oldest))
                {
                    oldest = finding.RaisedOn;
                }
            }

            return oldest;
        }
    }

    /// <summary>Starts a record in <see cref="CertificationState.Applied"/> for an application received at <paramref name="openedAt"/>.</summary>
    /// <param name="application">The application.</param>
    /// <param name="openedAt">When it was received.</param>
    public static CertificationRecord Open(CertificationApplication application, Instant openedAt) =>
        new(Guard.Against.Null(application), openedAt) { State = CertificationState.Applied };

    /// <summary>
    /// True when the certificate is valid on <paramref name="date"/>: issued, not suspended, withdrawn or expired,
    /// <paramref name="date"/> within its dates, and not a 2013-edition certificate after 31 October 2025 (IAF MD 26).
    /// </summary>
    /// <param name="date">The day asked about.</param>
    public bool IsCertificateValidOn(LocalDate date) =>
        Certificate is { } certificate
        && State is CertificationState.Active or CertificationState.CorrectionsPending or CertificationState.RecertificationDecisionPending
        && date >= certificate.IssueDate
        && date <= certificate.ExpiryDate
        && !(certificate.Edition == StandardEdition.Edition2013 && date > CertificationRules.Edition2013LastValidDay);
}
