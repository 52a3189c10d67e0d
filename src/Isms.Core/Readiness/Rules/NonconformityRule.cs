using Isms.Core.Performance;

namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 10.2: open nonconformities analysed, with corrective actions on time and verified.</summary>
internal sealed class NonconformityRule : IReadinessRule
{
    public string Name => "Nonconformity and corrective action";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        foreach (var nc in context.Isms.Nonconformities.Where(n => n.IsOpen))
        {
            var self = EntityReference.To(nc.Id);
            if (nc.Grade == FindingGrade.MajorNonconformity)
            {
                yield return Finding.Of(ReadinessCodes.MajorNonconformityOpen, ReadinessSeverity.Major, ReadinessSection.Improvement, "10.2",
                    $"Major nonconformity {nc.Id} is open: '{nc.Description}'. It must be corrected and its corrective action verified before certification.", self);
            }

            if (nc.CorrectiveActions.IsEmpty)
            {
                yield return Finding.Of(ReadinessCodes.NonconformityWithoutAction, ReadinessSeverity.Major, ReadinessSection.Improvement, "10.2 c",
                    $"Nonconformity {nc.Id} raised on {Finding.Date(nc.RaisedOn)} has no corrective action: '{nc.Description}'.", self);
            }

            if (nc.RootCause is null)
            {
                yield return Finding.Of(ReadinessCodes.NonconformityWithoutRootCause, ReadinessSeverity.Minor, ReadinessSection.Improvement, "10.2 b",
                    $"Nonconformity {nc.Id} has no recorded root cause; corrective action without cause analysis rarely prevents recurrence.", self);
            }

            foreach (var action in nc.CorrectiveActions.Where(a => a.IsOverdueOn(context.AsOf)))
            {
                yield return Finding.Of(ReadinessCodes.CorrectiveActionOverdue, ReadinessSeverity.Minor, ReadinessSection.Improvement, "10.2 c",
                    $"Corrective action {action.Id} '{action.Description}' for {nc.Id} was due on {Finding.Date(action.Due)} ({context.NameOf(action.Owner)}).",
                    self, EntityReference.To(action.Id), EntityReference.To(action.Owner));
            }

            if (nc.Verification is { Effective: false } verification
                && nc.CorrectiveActions.All(a => a.IsComplete || a.Due < verification.VerifiedOn))
            {
                yield return Finding.Of(ReadinessCodes.CorrectiveActionIneffective, ReadinessSeverity.Major, ReadinessSection.Improvement, "10.2 d",
                    $"The corrective actions for {nc.Id} were verified not effective on {Finding.Date(verification.VerifiedOn)} and no new action is open.", self);
            }
        }
    }
}
