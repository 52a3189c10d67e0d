using Isms.Core.Performance;
using Isms.Core.Support;

namespace Isms.Core.Readiness.Rules;

/// <summary>Mandatory documented information present and approved; documents reviewed on time.</summary>
internal sealed class MandatoryDocumentsRule : IReadinessRule
{
    // Built on each evaluation (14 rows, once per analysis) rather than once per process, so the table runs in the tests that check it.
    private static (MandatoryDocument Kind, string Clause, ReadinessSection Section, string Title, bool RecordsSuffice)[] Required =>
    [
        (MandatoryDocument.Scope, "4.3", ReadinessSection.Context, "the ISMS scope", false),
        (MandatoryDocument.InformationSecurityPolicy, "5.2", ReadinessSection.Leadership, "the information security policy", false),
        (MandatoryDocument.RiskAssessmentProcess, "6.1.2", ReadinessSection.Planning, "the risk assessment process", false),
        (MandatoryDocument.RiskTreatmentProcess, "6.1.3", ReadinessSection.Planning, "the risk treatment process", false),
        (MandatoryDocument.StatementOfApplicability, "6.1.3 d", ReadinessSection.Planning, "the Statement of Applicability", true),
        (MandatoryDocument.InformationSecurityObjectives, "6.2", ReadinessSection.Planning, "the information security objectives", false),
        (MandatoryDocument.CompetenceEvidence, "7.2 d", ReadinessSection.Support, "evidence of competence", true),
        (MandatoryDocument.OperationalPlanningEvidence, "8.1", ReadinessSection.Operation, "evidence that processes were carried out as planned", true),
        (MandatoryDocument.RiskAssessmentResults, "8.2", ReadinessSection.Operation, "risk assessment results", true),
        (MandatoryDocument.RiskTreatmentResults, "8.3", ReadinessSection.Operation, "risk treatment results", true),
        (MandatoryDocument.MonitoringResults, "9.1", ReadinessSection.PerformanceEvaluation, "monitoring and measurement results", true),
        (MandatoryDocument.AuditProgrammeAndResults, "9.2.2", ReadinessSection.PerformanceEvaluation, "the audit programme and audit results", true),
        (MandatoryDocument.ManagementReviewResults, "9.3.3", ReadinessSection.PerformanceEvaluation, "management review results", true),
        (MandatoryDocument.NonconformitiesAndCorrectiveActions, "10.2", ReadinessSection.Improvement, "nonconformities and corrective action results", true),
    ];

    public string Name => "Mandatory documented information";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        foreach (var (kind, clause, section, title, recordsSuffice) in Required)
        {
            var documents = isms.Documents.Where(d => d.Fulfils.Contains(kind)).ToList();
            if (documents.Count == 0)
            {
                if (recordsSuffice && HasRecords(context, kind))
                {
                    continue;
                }

                yield return Finding.Of(
                    ReadinessCodes.MandatoryDocumentMissing, ReadinessSeverity.Blocking, section, clause,
                    $"Mandatory documented information missing: {title} (clause {clause}). A Stage 1 auditor asks for it first.");
            }
            else if (!documents.Any(d => d.IsApproved))
            {
                yield return Finding.Of(
                    ReadinessCodes.MandatoryDocumentNotApproved, ReadinessSeverity.Major, section, clause,
                    $"{char.ToUpperInvariant(title[0])}{title[1..]} (clause {clause}) exists only as an unapproved draft: {string.Join(", ", documents.Select(d => $"{d.Id} v{d.Version}"))}. Have it approved (7.5.2 c).",
                    [.. documents.Select(d => EntityReference.To(d.Id))]);
            }
        }

        foreach (var document in isms.Documents)
        {
            if (document.IsReviewOverdueOn(context.AsOf))
            {
                yield return Finding.Of(
                    ReadinessCodes.DocumentReviewOverdue, ReadinessSeverity.Minor, ReadinessSection.Support, "7.5.2",
                    $"Document {document.Id} '{document.Title}' v{document.Version} was due for review on {Finding.Date(document.NextReviewOn!.Value)}.",
                    EntityReference.To(document.Id), EntityReference.To(document.Owner));
            }

            if (!context.IsActive(document.Owner))
            {
                yield return Finding.Of(
                    ReadinessCodes.DocumentOwnerInactive, ReadinessSeverity.Minor, ReadinessSection.Support, "7.5.3",
                    $"Document {document.Id} '{document.Title}' is owned by {context.NameOf(document.Owner)}, who has left. Assign a new owner.",
                    EntityReference.To(document.Id), EntityReference.To(document.Owner));
            }
        }
    }

    private static bool HasRecords(ReadinessContext context, MandatoryDocument kind)
    {
        var isms = context.Isms;
        return kind switch
        {
            MandatoryDocument.StatementOfApplicability => isms.StatementOfApplicability is { IsApproved: true },
            MandatoryDocument.CompetenceEvidence => !isms.CompetenceRecords.IsEmpty,
            MandatoryDocument.OperationalPlanningEvidence => isms.AppliedControls.Any(c => !c.Evidence.IsEmpty),
            MandatoryDocument.RiskAssessmentResults => isms.Risks.Any(r => r.Current is not null),
            MandatoryDocument.RiskTreatmentResults =>
                isms.TreatmentPlan.Actions.Any(a => a.Status == RiskManagement.TreatmentActionStatus.Done) || isms.Risks.Any(r => !r.AppliedControls.IsEmpty),
            MandatoryDocument.MonitoringResults => !isms.Measurements.IsEmpty,
            MandatoryDocument.AuditProgrammeAndResults => isms.AuditProgramme is not null && isms.Audits.Any(a => a.Status == AuditStatus.Completed),
            MandatoryDocument.ManagementReviewResults => !isms.ManagementReviews.IsEmpty,
            MandatoryDocument.NonconformitiesAndCorrectiveActions => !isms.Nonconformities.IsEmpty,
            _ => false,
        };
    }
}
