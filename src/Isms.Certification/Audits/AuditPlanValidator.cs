using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Certification.Applications;
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

    /// <summary>Every issue of <paramref name="plan"/> for <paramref name="application"/>; empty when the plan is valid.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="application">The application whose scope the plan audits.</param>
    public static ImmutableArray<AuditPlanIssue> Validate(AuditPlan plan, CertificationApplication application)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(application);
        var issues = ImmutableArray.CreateBuilder<AuditPlanIssue>();
        var leads = plan.Team.Count(m => m.Role == AuditRole.LeadAuditor);
        if (leads == 0)
        {
            issues.Add(new("Team", $"{plan.Kind} plan: the team has no lead auditor (members: {Names(plan.Team.Select(m => $"{m.Name} ({m.Role})"))})."));
        }
        else if (leads > 1)
        {
            issues.Add(new("Team", $"{plan.Kind} plan: the team has {leads} lead auditors; name one."));
        }

        if (plan.AuditorDays <= 0)
        {
            issues.Add(new("AuditorDays", $"{plan.Kind} plan: AuditorDays must be positive, was {plan.AuditorDays}."));
        }

        foreach (var clause in plan.Clauses.Where(c => !RequirementClauses.Contains(c)))
        {
            issues.Add(new("Clauses", $"{plan.Kind} plan: clause {clause} is not a requirement clause of ISO/IEC 27001 (4 to 10)."));
        }

        if (plan.Kind is AuditKind.Stage2 or AuditKind.Recertification or AuditKind.Restoration)
        {
            var missing = RequirementClauses.Except(plan.Clauses).ToList();
            if (missing.Count > 0)
            {
                issues.Add(new("Clauses", $"{plan.Kind} plan: must cover every clause 4 to 10; missing {Names(missing.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)))}."));
            }

            var missingThemes = application.ApplicableThemes.Except(plan.Themes).ToList();
            if (missingThemes.Count > 0)
            {
                issues.Add(new("Themes", $"{plan.Kind} plan: must cover every applicable Annex A theme; missing {Names(missingThemes.Select(t => t.ToString()))}."));
            }
        }

        var knownSites = application.Sites.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var site in plan.Sites.Where(s => !knownSites.Contains(s)))
        {
            issues.Add(new("Sites", $"{plan.Kind} plan: site '{site}' is not in the application (sites: {Names(knownSites)})."));
        }

        var knownProcesses = application.AllProcesses.ToHashSet(StringComparer.Ordinal);
        foreach (var process in plan.Processes.Where(p => !knownProcesses.Contains(p)))
        {
            issues.Add(new("Processes", $"{plan.Kind} plan: process '{process}' is not in the scope of the application."));
        }

        if (plan.Sites.IsEmpty)
        {
            issues.Add(new("Sites", $"{plan.Kind} plan: names no site to visit."));
        }

        return issues.ToImmutable();
    }

    /// <summary>Throws when <paramref name="plan"/> has an issue.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="application">The application whose scope the plan audits.</param>
    /// <exception cref="CertificationException">The plan is invalid (<c>ISMS-CERT-003</c>); the message lists every issue with its field.</exception>
    public static void EnsureValid(AuditPlan plan, CertificationApplication application)
    {
        var issues = Validate(plan, application);
        if (!issues.IsEmpty)
        {
            throw new CertificationException(CertificationErrorCodes.InvalidAuditPlan, string.Join(" ", issues.Select(i => $"[{i.Field}] {i.Message}")));
        }
    }

    /// <summary>
    /// Every issue of a three-year audit programme: each plan valid, a Stage 1, a Stage 2, two surveillance audits and a
    /// recertification planned, in date order, surveillance in the two calendar years after the initial audit, the
    /// first within 12 months of the Stage 2, every site and process of the scope covered at least once.
    /// </summary>
    /// <param name="plans">The plans of the cycle.</param>
    /// <param name="application">The application whose scope the programme covers.</param>
    public static ImmutableArray<AuditPlanIssue> ValidateProgramme(IEnumerable<AuditPlan> plans, CertificationApplication application)
    {
        Guard.Against.Null(plans);
        Guard.Against.Null(application);
        var list = plans.OrderBy(p => p.FirstDay).ToList();
        var issues = ImmutableArray.CreateBuilder<AuditPlanIssue>();
        foreach (var plan in list)
        {
            issues.AddRange(Validate(plan, application));
        }

        void Require(AuditKind kind, int count)
        {
            var have = list.Count(p => p.Kind == kind);
            if (have < count)
            {
                issues.Add(new("Plans", $"Programme: needs {count} {kind} audit(s), has {have}."));
            }
        }

        Require(AuditKind.Stage1, 1);
        Require(AuditKind.Stage2, 1);
        Require(AuditKind.Surveillance, 2);
        Require(AuditKind.Recertification, 1);
        var stage2 = list.FirstOrDefault(p => p.Kind == AuditKind.Stage2);
        var stage1 = list.FirstOrDefault(p => p.Kind == AuditKind.Stage1);
        if (stage1 is not null && stage2 is not null && stage2.FirstDay < stage1.LastDay)
        {
            issues.Add(new("Plans", $"Programme: Stage 2 ({stage2.FirstDay:uuuu-MM-dd}) starts before Stage 1 ends ({stage1.LastDay:uuuu-MM-dd})."));
        }

        if (stage2 is not null)
        {
            var surveillances = list.Where(p => p.Kind == AuditKind.Surveillance).ToList();
            if (surveillances.Count > 0 && surveillances[0].LastDay > stage2.LastDay.PlusMonths(12))
            {
                issues.Add(new("Plans", $"Programme: the first surveillance ({surveillances[0].LastDay:uuuu-MM-dd}) is more than 12 months after Stage 2 ({stage2.LastDay:uuuu-MM-dd})."));
            }

            for (var year = 1; year <= 2; year++)
            {
                var calendarYear = stage2.LastDay.Year + year;
                if (!surveillances.Any(s => s.FirstDay.Year == calendarYear) && !(year == 2 && list.Any(p => p.Kind == AuditKind.Recertification && p.FirstDay.Year == calendarYear)))
                {
                    issues.Add(new("Plans", $"Programme: no surveillance audit planned in calendar year {calendarYear}."));
                }
            }

            var recert = list.FirstOrDefault(p => p.Kind == AuditKind.Recertification);
            if (recert is not null && recert.LastDay >= stage2.LastDay.PlusYears(3))
            {
                issues.Add(new("Plans", $"Programme: the recertification audit ({recert.LastDay:uuuu-MM-dd}) must end before the third anniversary of Stage 2 ({stage2.LastDay.PlusYears(3):uuuu-MM-dd})."));
            }
        }

        var visited = list.SelectMany(p => p.Sites).ToHashSet(StringComparer.Ordinal);
        foreach (var site in application.Sites.Where(s => !visited.Contains(s.Name)))
        {
            issues.Add(new("Sites", $"Programme: site '{site.Name}' is never visited in the cycle."));
        }

        var covered = list.SelectMany(p => p.Processes).ToHashSet(StringComparer.Ordinal);
        foreach (var process in application.AllProcesses.Where(p => !covered.Contains(p)))
        {
            issues.Add(new("Processes", $"Programme: process '{process}' is never covered in the cycle."));
        }

        return issues.ToImmutable();
    }

    private static string Names(IEnumerable<string> names)
    {
        var text = string.Join(", ", names);
        return text.Length == 0 ? "none" : text;
    }
}
