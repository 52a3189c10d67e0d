namespace Isms.Core.Readiness.Rules;

/// <summary>Clauses 6.1.3 e-f and 8.3: the risk treatment plan approved, its actions owned, dated and on time.</summary>
internal sealed class TreatmentPlanRule : IReadinessRule
{
    public string Name => "Risk treatment plan";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        var plan = isms.TreatmentPlan;
        if (!plan.IsApproved && (!plan.Actions.IsEmpty || isms.Risks.Count > 0))
        {
            yield return Finding.Of(ReadinessCodes.TreatmentPlanNotApproved, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f",
                "The risk treatment plan has not been approved by the risk owners.", EntityReference.Part("TreatmentPlan"));
        }

        foreach (var action in plan.Actions.Where(a => a.IsOpen))
        {
            var self = EntityReference.To(action.Id);
            if (action.Owner is not { } owner)
            {
                yield return Finding.Of(ReadinessCodes.TreatmentActionUnowned, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 e",
                    $"Treatment action {action.Id} '{action.Title}' has no owner.", self);
            }
            else if (!context.IsActive(owner))
            {
                yield return Finding.Of(ReadinessCodes.TreatmentActionUnowned, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 e",
                    $"Treatment action {action.Id} '{action.Title}' is owned by {context.NameOf(owner)}, who has left.", self, EntityReference.To(owner));
            }

            if (action.Due is not { } due)
            {
                yield return Finding.Of(ReadinessCodes.TreatmentActionUndated, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.1.3 e",
                    $"Treatment action {action.Id} '{action.Title}' has no due date.", self);
            }
            else if (action.IsOverdueOn(context.AsOf))
            {
                yield return Finding.Of(ReadinessCodes.TreatmentActionOverdue, ReadinessSeverity.Minor, ReadinessSection.Operation, "8.3",
                    $"Treatment action {action.Id} '{action.Title}' was due on {Finding.Date(due)} and is still {action.Status}.",
                    [self, .. action.Risks.Select(EntityReference.To)]);
            }
        }

        var plannedByAction = plan.Actions.Where(a => a.Status != RiskManagement.TreatmentActionStatus.Cancelled).SelectMany(a => a.Controls).ToHashSet();
        var riskByAction = plan.Actions.Where(a => a.Status != RiskManagement.TreatmentActionStatus.Cancelled).SelectMany(a => a.Risks).ToHashSet();
        foreach (var risk in isms.Risks.Where(r => !r.PlannedControls.IsEmpty))
        {
            if (!riskByAction.Contains(risk.Id) && !risk.PlannedControls.Any(plannedByAction.Contains))
            {
                yield return Finding.Of(ReadinessCodes.PlannedControlsWithoutAction, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.1.3 e",
                    $"Risk {risk.Id} has planned controls ({string.Join(", ", risk.PlannedControls)}) but no action in the risk treatment plan.",
                    EntityReference.To(risk.Id));
            }
        }
    }
}
