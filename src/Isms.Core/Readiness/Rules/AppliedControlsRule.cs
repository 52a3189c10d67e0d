using Isms.Core.Controls;

namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 8.1 and Annex A: applied controls owned, effective, with evidence.</summary>
internal sealed class AppliedControlsRule : IReadinessRule
{
    public string Name => "Applied controls";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        foreach (var control in context.Isms.AppliedControls)
        {
            var self = EntityReference.To(control.Id);
            if (!context.IsActive(control.Owner) && control.Status != ControlStatus.Retired)
            {
                yield return Finding.Of(ReadinessCodes.ControlOwnerInactive, ReadinessSeverity.Minor, ReadinessSection.Operation, "8.1",
                    $"Applied control {control.Id} '{control.Name}' is owned by {context.NameOf(control.Owner)}, who has left.",
                    self, EntityReference.To(control.Owner));
            }

            if (control.Status == ControlStatus.NotEffective)
            {
                yield return Finding.Of(ReadinessCodes.ControlNotEffective, ReadinessSeverity.Minor, ReadinessSection.Operation, "8.1",
                    $"Applied control {control.Id} '{control.Name}' is not effective{(control.Effectiveness is { } e ? $" (measured {e})" : "")}; raise a nonconformity or treatment action.",
                    self);
            }

            if (control.Status == ControlStatus.Implemented && control.Evidence.IsEmpty)
            {
                yield return Finding.Of(ReadinessCodes.ControlWithoutEvidence, ReadinessSeverity.Info, ReadinessSection.Operation, "8.1",
                    $"Applied control {control.Id} '{control.Name}' is implemented but references no evidence.", self);
            }
        }
    }
}
