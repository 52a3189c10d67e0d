using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Certification.Applications;
using System.Globalization;
using Isms.Certification.Lifecycle;
using Isms.Core;
using NodaTime;

namespace Isms.Certification.Audits;

/// <summary>
/// Checks audit plans and three-year audit programmes against the application: a lead auditor is named, dates are
/// ordered, a Stage 2 or recertification covers every clause 4 to 10 and every applicable Annex A theme, sites and
/// processes exist, and the programme covers the whole scope over the cycle.
/// </summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clauses 9.1.3 (audit programme) and 9.2.3 (audit plan); ISO/IEC 27006-1 clause 9.1.3.</para></remarks>
/// <threadsafety>This type is stateless; its methods are safe to call from any thread.</threadsafety>
public static class AuditPlanValidator
{
    /// <summary>The clauses of ISO/IEC 27001 that carry requirements: 4 to 10.</summary>
    public static ImmutableArray<int> RequirementClauses { get; } = [4, 5, 6, 7, 8, 9, 10];

    /// <summary>
    /// Every issue of <paramref name="plan"/> for <paramref name="application"/>, each an <see cref="IsmsError"/> with code
    /// <c>ISMS-CERT-003</c>, entity kind <c>AuditPlan</c> and the member concerned (<c>Team</c>, <c>AuditorDays</c>,
    /// <c>Clauses</c>, <c>Themes</c>, <c>Sites[1]</c>, <c>Processes[0]</c>); empty when the plan is valid.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="application">The application whose scope the plan audits.</param>
    public static ImmutableArray<IsmsError> Validate(AuditPlan plan, CertificationApplication application)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(application);
        var issues = ImmutableArray.CreateBuilder<IsmsError>();
        void Add(string member, string? value, string message) =>
            issues.Add(Require.Error(CertificationErrorCodes.InvalidAuditPlan, nameof(AuditPlan), member, value, $"{plan.Kind} plan: {message}"));

        var leads = plan.Team.Count(m => m.Role == AuditRole.LeadAuditor);
        if (leads == 0)
        {
            Add(nameof(AuditPlan.Team), null, $"the team has no lead auditor (members: {Names(plan.Team.Select(m => $"{m.Person} ({m.Role})"))}).");
        }
        else if (leads > 1)
        {
            Add(nameof(AuditPlan.Team), null, $"the team has {leads} lead auditors; name one.");
        }

        if (plan.AuditorDays <= 0)
        {
            Add(nameof(AuditPlan.AuditorDays), Text(plan.AuditorDays), $"AuditorDays must be positive, was {Text(plan.AuditorDays)}.");
        }

        foreach (var clause in plan.Clauses.Where(c => !RequirementClauses.Contains(c)))
        {
            Add(nameof(AuditPlan.Clauses), Text(clause), $"clause {Text(clause)} is not a requirement clause of ISO/IEC 27001 (4 to 10).");
        }

        if (plan.Kind is AuditKind.Stage2 or AuditKind.Recertification or AuditKind.Restoration)
        {
            var missing = RequirementClauses.Except(plan.Clauses).ToList();
            if (missing.Count > 0)
            {
                Add(nameof(AuditPlan.Clauses), null, $"must cover every clause 4 to 10; missing {Names(missing.Select(Text))}.");
            }

            var missingThemes = application.ApplicableThemes.Except(plan.Themes).ToList();
            if (missingThemes.Count > 0)
            {
                Add(nameof(AuditPlan.Themes), null, $"must cover every applicable Annex A theme; missing {Names(missingThemes.Select(t => t.ToString()))}.");
            }
        }

        var knownSites = application.Sites.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < plan.Sites.Length; i++)
        {
            if (!knownSites.Contains(plan.Sites[i]))
            {
                Add($"{nameof(AuditPlan.Sites)}[{i}]", plan.Sites[i], $"site '{plan.Sites[i]}' is not in the application (sites: {Names(knownSites)}).");
            }
        }

        var knownProcesses = application.AllProcesses.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < plan.Processes.Length; i++)
        {
            if (!knownProcesses.Contains(plan.Processes[i]))
            {
                Add($"{nameof(AuditPlan.Processes)}[{i}]", plan.Processes[i], $"process '{plan.Processes[i]}' is not in the scope of the application.");
            }
        }

        if (plan.Sites.IsEmpty)
        {
            Add(nameof(AuditPlan.Sites), null, "names no site to visit.");
        }

        return issues.ToImmutable();
    }

    /// <summary>Throws when <paramref name="plan"/> has an issue.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="application">The application whose scope the plan audits.</param>
    /// <exception cref="CertificationException">The plan is invalid (<c>ISMS-CERT-003</c>); <see cref="IsmsException.Errors"/> holds every issue.</exception>
    public static void EnsureValid(AuditPlan plan, CertificationApplication application)
    {
        var issues = Validate(plan, application);
        if (!issues.IsEmpty)
        {
            throw new CertificationException(issues, string.Join(" ", issues.Select(i => $"[{i.Member}] {i.Message}")));
        }
    }

    /// <summary>
    /// Every issue of a three-year audit programme, each an <see cref="IsmsError"/>: the issues of each plan
    /// (<c>ISMS-CERT-003</c>), then those of the programme (<c>ISMS-CERT-011</c>): a Stage 1, a Stage 2, two surveillance
    /// audits and a recertification planned, in date order; the first surveillance within 12 months of the certification
    /// decision and no calendar year without an audit between Stage 2 and the recertification audit (ISO/IEC 17021-1:2015
    /// clause 9.1.3); the recertification audit before the certificate expires (three years after the decision); every
    /// site and process of the scope covered at least once.
    /// </summary>
    /// <param name="plans">The plans of the cycle.</param>
    /// <param name="application">The application whose scope the programme covers.</param>
    /// <param name="certificationDecision">The day of the certification decision, planned or taken: the cycle starts here.</param>
    public static ImmutableArray<IsmsError> ValidateProgramme(IEnumerable<AuditPlan> plans, CertificationApplication application, LocalDate certificationDecision)
    {
        Guard.Against.Null(plans);
        Guard.Against.Null(application);
        var list = plans.OrderBy(p => p.FirstDay).ToList();
        var issues = ImmutableArray.CreateBuilder<IsmsError>();
        foreach (var plan in list)
        {
            issues.AddRange(Validate(plan, application));
        }

        void Add(string entityKind, string member, string? value, string message) =>
            issues.Add(Require.Error(CertificationErrorCodes.InvalidAuditProgramme, entityKind, member, value, "Programme: " + message));

        void RequireCount(AuditKind kind, int count)
        {
            var have = list.Count(p => p.Kind == kind);
            if (have < count)
            {
                Add(nameof(AuditPlan), nameof(AuditPlan.Kind), kind.ToString(), $"needs {count} {kind} audit(s), has {have}.");
            }
        }

        RequireCount(AuditKind.Stage1, 1);
        RequireCount(AuditKind.Stage2, 1);
        RequireCount(AuditKind.Surveillance, 2);
        RequireCount(AuditKind.Recertification, 1);
        var stage1 = list.FirstOrDefault(p => p.Kind == AuditKind.Stage1);
        var stage2 = list.FirstOrDefault(p => p.Kind == AuditKind.Stage2);
        if (stage1 is not null && stage2 is not null && stage2.FirstDay < stage1.LastDay)
        {
            Add(nameof(AuditPlan), nameof(AuditPlan.FirstDay), Require.Day(stage2.FirstDay), $"Stage 2 ({Require.Day(stage2.FirstDay)}) starts before Stage 1 ends ({Require.Day(stage1.LastDay)}).");
        }

        if (stage2 is not null && certificationDecision < stage2.LastDay)
        {
            Add(nameof(AuditPlan), nameof(AuditPlan.LastDay), Require.Day(stage2.LastDay), $"the certification decision ({Require.Day(certificationDecision)}) comes before Stage 2 ends ({Require.Day(stage2.LastDay)}).");
        }

        var surveillances = list.Where(p => p.Kind == AuditKind.Surveillance).ToList();
        var firstSurveillanceLimit = certificationDecision.Plus(CertificationRules.FirstSurveillanceLimit);
        if (surveillances.Count > 0 && surveillances[0].LastDay > firstSurveillanceLimit)
        {
            Add(
                nameof(AuditPlan),
                nameof(AuditPlan.LastDay),
                Require.Day(surveillances[0].LastDay),
                $"the first surveillance ({Require.Day(surveillances[0].LastDay)}) ends more than 12 months after the certification decision ({Require.Day(certificationDecision)}); the limit is {Require.Day(firstSurveillanceLimit)} (ISO/IEC 17021-1:2015 9.1.3).");
        }

        var recertification = list.FirstOrDefault(p => p.Kind == AuditKind.Recertification);
        if (stage2 is not null)
        {
            // No calendar year without an audit from Stage 2 to the recertification audit (surveillance at least once a
            // calendar year except in recertification years).
            var last = recertification?.FirstDay.Year ?? stage2.LastDay.Year + 2;
            var audited = list.Where(p => p.Kind is AuditKind.Stage2 or AuditKind.Surveillance or AuditKind.Recertification).Select(p => p.FirstDay.Year).ToHashSet();
            for (var year = stage2.LastDay.Year + 1; year <= last; year++)
            {
                if (!audited.Contains(year))
                {
                    Add(nameof(AuditPlan), nameof(AuditPlan.Kind), AuditKind.Surveillance.ToString(), $"no surveillance audit planned in calendar year {year.ToString(CultureInfo.InvariantCulture)} (at least one per calendar year, ISO/IEC 17021-1:2015 9.1.3).");
                }
            }
        }

        var expiry = certificationDecision.Plus(CertificationRules.CycleLength);
        if (recertification is not null && recertification.LastDay >= expiry)
        {
            Add(nameof(AuditPlan), nameof(AuditPlan.LastDay), Require.Day(recertification.LastDay), $"the recertification audit ({Require.Day(recertification.LastDay)}) must end before the certificate expires ({Require.Day(expiry)}).");
        }

        var visited = list.SelectMany(p => p.Sites).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < application.Sites.Length; i++)
        {
            if (!visited.Contains(application.Sites[i].Name))
            {
                Add(nameof(CertificationApplication), $"{nameof(CertificationApplication.Sites)}[{i}]", application.Sites[i].Name, $"site '{application.Sites[i].Name}' is never visited in the cycle.");
            }
        }

        var covered = list.SelectMany(p => p.Processes).ToHashSet(StringComparer.Ordinal);
        foreach (var process in application.AllProcesses.Where(p => !covered.Contains(p)))
        {
            Add(nameof(CertificationApplication), nameof(CertificationApplication.AllProcesses), process, $"process '{process}' is never covered in the cycle.");
        }

        return issues.ToImmutable();
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Names(IEnumerable<string> names)
    {
        var text = string.Join(", ", names);
        return text.Length == 0 ? "none" : text;
    }
}
