namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 9.3: a recent management review that considered every 9.3.2 input and recorded decisions.</summary>
internal sealed class ManagementReviewRule : IReadinessRule
{
    public string Name => "Management review";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var latest = context.Isms.ManagementReviews
            .Where(r => r.HeldOn <= context.AsOf)
            .OrderByDescending(r => r.HeldOn)
            .FirstOrDefault();
        if (latest is null || !context.IsWithin(latest.HeldOn, context.Options.ManagementReviewInterval))
        {
            yield return Finding.Of(ReadinessCodes.NoRecentManagementReview, ReadinessSeverity.Blocking, ReadinessSection.PerformanceEvaluation, "9.3",
                latest is null
                    ? "No management review has been held."
                    : $"The last management review was held on {Finding.Date(latest.HeldOn)}, more than {context.Options.ManagementReviewInterval.Months} months ago.",
                latest is null ? [] : [EntityReference.To(latest.Id)]);
            if (latest is null)
            {
                yield break;
            }
        }

        var missing = latest.MissingInputs.ToList();
        if (missing.Count > 0)
        {
            yield return Finding.Of(ReadinessCodes.ManagementReviewInputsMissing, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.3.2",
                $"Management review {latest.Id} of {Finding.Date(latest.HeldOn)} did not consider: {string.Join(", ", missing.Select(Describe))}.",
                EntityReference.To(latest.Id));
        }

        if (latest.ImprovementDecisions.IsEmpty && latest.ChangesToIsms.IsEmpty)
        {
            yield return Finding.Of(ReadinessCodes.ManagementReviewWithoutOutputs, ReadinessSeverity.Minor, ReadinessSection.PerformanceEvaluation, "9.3.3",
                $"Management review {latest.Id} recorded no decisions on continual improvement or changes to the ISMS.", EntityReference.To(latest.Id));
        }
    }

    internal static string Describe(Performance.ManagementReviewInput input) => input switch
    {
        Performance.ManagementReviewInput.PreviousActionsStatus => "a) status of previous actions",
        Performance.ManagementReviewInput.ContextChanges => "b) changes in issues",
        Performance.ManagementReviewInput.InterestedPartyChanges => "c) changes in interested parties' needs",
        Performance.ManagementReviewInput.NonconformitiesAndCorrectiveActions => "d1) nonconformities and corrective actions",
        Performance.ManagementReviewInput.MonitoringAndMeasurementResults => "d2) monitoring and measurement results",
        Performance.ManagementReviewInput.AuditResults => "d3) audit results",
        Performance.ManagementReviewInput.ObjectivesFulfilment => "d4) fulfilment of objectives",
        Performance.ManagementReviewInput.InterestedPartyFeedback => "e) feedback from interested parties",
        Performance.ManagementReviewInput.RiskAssessmentAndTreatmentStatus => "f) risk assessment results and treatment plan status",
        Performance.ManagementReviewInput.ImprovementOpportunities => "g) opportunities for continual improvement",
        _ => input.ToString(),
    };
}
