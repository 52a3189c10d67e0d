using Isms.Core.Performance;

namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 9.2: a programme, a recent audit covering clauses 4 to 10, independent auditors, findings raised.</summary>
internal sealed class InternalAuditRule : IReadinessRule
{
    // Built on each use (seven short strings) rather than once per process, so the list runs in the tests that check it.
    private static string[] ManagementClauses => ["4", "5", "6", "7", "8", "9", "10"];

    public string Name => "Internal audit";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        if (isms.AuditProgramme is null)
        {
            yield return Finding.Of(ReadinessCodes.AuditProgrammeMissing, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.2.2",
                "There is no internal audit programme (frequency, methods, responsibilities, planning and reporting).", EntityReference.Part("AuditProgramme"));
        }

        var recent = isms.Audits
            .Where(a => a.Status == AuditStatus.Completed && context.IsWithin(a.CompletedOn ?? a.PlannedOn, context.Options.AuditInterval))
            .ToList();
        if (recent.Count == 0)
        {
            yield return Finding.Of(ReadinessCodes.NoRecentInternalAudit, ReadinessSeverity.Blocking, ReadinessSection.PerformanceEvaluation, "9.2",
                $"No internal audit was completed in the last {context.Options.AuditInterval.Months} months. Certification bodies expect at least one full internal audit before Stage 2.");
        }
        else if (!recent.Any(a => a.CoversWholeScope))
        {
            var uncovered = ManagementClauses.Where(c => !recent.Any(a => a.Clauses.Any(x => x == c || x.StartsWith(c + ".", StringComparison.Ordinal)))).ToList();
            if (uncovered.Count > 0)
            {
                yield return Finding.Of(ReadinessCodes.AuditCoverageIncomplete, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.2.1",
                    $"Internal audits of the last {context.Options.AuditInterval.Months} months did not cover clause(s) {string.Join(", ", uncovered)} of the ISMS scope.",
                    [.. recent.Select(a => EntityReference.To(a.Id))]);
            }

            if (isms.StatementOfApplicability is { } soa)
            {
                var notAudited = soa.Applicable.Select(d => d.Control).Where(c => !recent.Any(a => a.Controls.Contains(c))).ToList();
                if (notAudited.Count > 0)
                {
                    yield return Finding.Of(ReadinessCodes.AnnexAControlsNotAudited, ReadinessSeverity.Info, ReadinessSection.PerformanceEvaluation, "9.2.2",
                        $"{notAudited.Count} applicable Annex A controls were not audited in the last {context.Options.AuditInterval.Months} months; make sure the programme covers them within the certification cycle.",
                        [.. notAudited.Select(EntityReference.To)]);
                }
            }
        }

        foreach (var audit in isms.Audits.Where(a => a.Status != AuditStatus.Cancelled))
        {
            foreach (var auditor in audit.AllAuditors)
            {
                var reason = DependenceOf(context, audit, auditor);
                if (reason is not null)
                {
                    yield return Finding.Of(ReadinessCodes.AuditorNotIndependent, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.2.2",
                        $"Audit {audit.Id} '{audit.Title}': auditor {context.NameOf(auditor)} {reason}. Auditors must not audit their own work.",
                        EntityReference.To(audit.Id), EntityReference.To(auditor));
                }
            }

            foreach (var finding in audit.Findings.Where(f => f.IsNonconformity && f.Nonconformity is null))
            {
                yield return Finding.Of(ReadinessCodes.AuditFindingNotRaised, ReadinessSeverity.Minor, ReadinessSection.Improvement, "10.2",
                    $"Audit {audit.Id} finding {finding.Id} ({finding.Grade}) has no nonconformity record with correction and corrective action.",
                    EntityReference.To(audit.Id), EntityReference.To(finding.Id));
            }
        }
    }

    private static string? DependenceOf(ReadinessContext context, InternalAudit audit, PersonId auditor)
    {
        var isms = context.Isms;
        if (audit.Auditees.Contains(auditor))
        {
            return "is also one of the auditees";
        }

        var owned = isms.AppliedControls
            .Where(c => c.Owner == auditor && c.Implements.Any(audit.Controls.Contains))
            .Select(c => c.Id.Value)
            .ToList();
        if (owned.Count > 0)
        {
            return $"owns applied control(s) {string.Join(", ", owned)} that implement audited controls";
        }

        var auditsManagementSystem = audit.CoversWholeScope || audit.Clauses.Any(c => ManagementClauses.Any(m => c == m || c.StartsWith(m + ".", StringComparison.Ordinal)));
        if (auditsManagementSystem && isms.People.TryGet(auditor, out var person)
            && person.Roles.Any(r => isms.Roles[r].EnsuresConformity))
        {
            return "is responsible for the ISMS's conformity (clause 5.3 a) and audits the management system itself";
        }

        return null;
    }
}
