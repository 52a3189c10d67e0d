using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Certification.Applications;
using Isms.Certification.Lifecycle;
using NodaTime;

namespace Isms.Certification.Audits;

/// <summary>
/// The plan of one audit: its kind, dates, team, the clauses of ISO/IEC 27001 and Annex A themes it covers, the
/// sites and processes visited, and the auditor-days (from <see cref="AuditTime.AuditTimeCalculator"/>).
/// Check it with <see cref="AuditPlanValidator"/>; recording it on a certification record validates it.
/// </summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clause 9.2.3 (audit plan); ISO/IEC 27006-1 clause 9.2.3.</para></remarks>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record AuditPlan : TriggerPayload
{
    /// <summary>Creates an audit plan.</summary>
    /// <param name="kind">The kind of audit planned.</param>
    /// <param name="firstDay">The first audit day.</param>
    /// <param name="lastDay">The last audit day, not before <paramref name="firstDay"/>.</param>
    /// <param name="team">The audit team with roles.</param>
    /// <param name="clauses">The clauses of ISO/IEC 27001 covered (4 to 10).</param>
    /// <param name="themes">The Annex A themes covered.</param>
    /// <param name="sites">The sites visited (names as in the application).</param>
    /// <param name="processes">The processes covered.</param>
    /// <param name="auditorDays">The audit time planned, in auditor-days.</param>
    /// <exception cref="CertificationException">LastDay before FirstDay (<c>ISMS-CERT-004</c>).</exception>
    public AuditPlan(
        AuditKind kind,
        LocalDate firstDay,
        LocalDate lastDay,
        IEnumerable<AuditTeamMember> team,
        IEnumerable<int> clauses,
        IEnumerable<AnnexATheme> themes,
        IEnumerable<string> sites,
        IEnumerable<string> processes,
        decimal auditorDays)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        if (lastDay < firstDay)
        {
            throw new CertificationException(CertificationErrorCodes.DatesOutOfOrder, $"{kind} audit plan: LastDay {lastDay:uuuu-MM-dd} is before FirstDay {firstDay:uuuu-MM-dd}.");
        }

        FirstDay = firstDay;
        LastDay = lastDay;
        Team = [.. Guard.Against.Null(team)];
        Clauses = [.. Guard.Against.Null(clauses).Distinct().Order()];
        Themes = [.. Guard.Against.Null(themes).Distinct().Order()];
        Sites = [.. Guard.Against.Null(sites)];
        Processes = [.. Guard.Against.Null(processes)];
        AuditorDays = auditorDays;
    }

    /// <summary>The kind of audit planned.</summary>
    public AuditKind Kind { get; }

    /// <summary>The first audit day.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last audit day.</summary>
    public LocalDate LastDay { get; }

    /// <summary>The audit team with roles.</summary>
    public ImmutableArray<AuditTeamMember> Team { get; }

    /// <summary>The clauses of ISO/IEC 27001 covered, ascending.</summary>
    public ImmutableArray<int> Clauses { get; }

    /// <summary>The Annex A themes covered.</summary>
    public ImmutableArray<AnnexATheme> Themes { get; }

    /// <summary>The sites visited.</summary>
    public ImmutableArray<string> Sites { get; }

    /// <summary>The processes covered.</summary>
    public ImmutableArray<string> Processes { get; }

    /// <summary>The audit time planned, in auditor-days.</summary>
    public decimal AuditorDays { get; }

    /// <summary>The lead auditor, or null when the team has none.</summary>
    public AuditTeamMember? LeadAuditor => Team.FirstOrDefault(m => m.Role == AuditRole.LeadAuditor);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => FirstDay;
}
