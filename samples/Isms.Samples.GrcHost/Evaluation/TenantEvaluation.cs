using Isms.Core.Readiness;
using Isms.Risk.Scoring;
using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.Tenants;
using NodaTime;

namespace Isms.Samples.GrcHost.Evaluation;

/// <summary>One tenant's results of an evaluation run: what the read model <c>grc_evaluation_results</c> keeps.</summary>
/// <param name="Tenant">The tenant (organisation key).</param>
/// <param name="Ready">No blocking readiness finding (ready for a certification audit).</param>
/// <param name="ReadinessFindings">How many readiness findings the analysis made.</param>
/// <param name="Risks">How many risks were scored.</param>
/// <param name="RisksNeedingTreatment">Risks above the appetite and not accepted.</param>
/// <param name="Overdue">Due items overdue on the day.</param>
/// <param name="DueSoon">Due items due within the window.</param>
/// <param name="Certification">The certification state in words, or null before the organisation applied.</param>
/// <param name="Error">The library's error code when a document did not read (the tenant is reported, not evaluated).</param>
internal sealed record TenantResult(string Tenant, bool Ready, int ReadinessFindings, int Risks, int RisksNeedingTreatment, int Overdue, int DueSoon, string? Certification, string? Error);

/// <summary>Re-evaluates one organisation with the library's engines: readiness (clauses 4-10), risk scoring, deadlines.</summary>
/// <param name="readiness">The readiness analyzer AddIsms registered (with the satellites' rules).</param>
/// <param name="due">The due-list job (certification deadlines and the ISMS's dated obligations).</param>
internal sealed class TenantEvaluation(ReadinessAnalyzer readiness, DueListJob due)
{
    /// <summary>Evaluates <paramref name="organisation"/> as of <paramref name="asOf"/>. Stateless and thread-safe.</summary>
    public TenantResult Evaluate(OrganisationRecords organisation, LocalDate asOf)
    {
        var report = readiness.Analyze(organisation.Isms, asOf);
        var scored = RegisterScorer.Score(organisation.Isms, asOf);
        var list = due.Evaluate(organisation, asOf);
        return new TenantResult(organisation.Key, !report.HasBlocking, report.Findings.Length, scored.Risks.Length,
            scored.Risks.Count(r => r.Score.Evaluation == RiskEvaluation.NeedsTreatment), list.OverdueCount, list.DueSoonCount, list.Certification, null);
    }
}
