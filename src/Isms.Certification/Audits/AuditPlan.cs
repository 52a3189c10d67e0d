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
    /// <exception cref="CertificationException">LastDay before FirstDay (<c>ISMS-CERT-004</c>); an undefined kind or theme, a
    /// null team member, or an empty site or process (<c>ISMS-CERT-003</c>).</exception>
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
        const string Code = CertificationErrorCodes.InvalidAuditPlan;
        Kind = Require.Defined(kind, Code, nameof(AuditPlan), nameof(Kind));
        Require.InOrder(firstDay, lastDay, nameof(AuditPlan), nameof(FirstDay), nameof(LastDay));
        FirstDay = firstDay;
        LastDay = lastDay;
        Team = [.. Guard.Against.Null(team)];
        for (var i = 0; i < Team.Length; i++)
        {
            if (Team[i] is null)
            {
                throw Require.Fail(Code, nameof(AuditPlan), $"{nameof(Team)}[{i}]", null, $"AuditPlan.Team[{i}] is null.");
            }
        }

        Clauses = [.. Guard.Against.Null(clauses).Distinct().Order()];
        Themes = [.. Guard.Against.Null(themes).Distinct().Order()];
        foreach (var theme in Themes)
        {
            Require.Defined(theme, Code, nameof(AuditPlan), nameof(Themes));
        }

        Sites = [.. Guard.Against.Null(sites)];
        for (var i = 0; i < Sites.Length; i++)
        {
            Require.Text(Sites[i], Code, nameof(AuditPlan), $"{nameof(Sites)}[{i}]");
        }

        Processes = [.. Guard.Against.Null(processes)];
        for (var i = 0; i < Processes.Length; i++)
        {
            Require.Text(Processes[i], Code, nameof(AuditPlan), $"{nameof(Processes)}[{i}]");
        }

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
