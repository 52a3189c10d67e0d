using Isms.Core.Controls;
using Isms.Core.RiskManagement;

namespace Isms.Core.Readiness.Rules;

/// <summary>
/// Clauses 6.1.2, 6.1.3 b, 8.2 and 8.3, as recorded: a register exists, every risk has an active owner, is assessed on
/// time, names its assets, has controls when it is to be modified, and relies on no ineffective control. What the
/// levels mean (residual risk above the appetite, acceptance) needs the risk engine: Isms.Risk's RiskEvaluationRule.
/// </summary>
internal sealed class RiskRule : IReadinessRule
{
    public string Name => "Risk register";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        if (isms.Risks.Count == 0)
        {
            yield return Finding.Of(ReadinessCodes.RiskRegisterEmpty, ReadinessSeverity.Blocking, ReadinessSection.Planning, "6.1.2",
                "The risk register is empty: no information security risk assessment has been performed.");
            yield break;
        }

        foreach (var risk in isms.Risks)
        {
            var self = EntityReference.To(risk.Id);
            if (!context.IsActive(risk.Owner))
            {
                yield return Finding.Of(ReadinessCodes.RiskOwnerInactive, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.2 c 2",
                    $"Risk {risk.Id} '{risk.Title}' is owned by {context.NameOf(risk.Owner)}, who has left. Every risk needs an active owner.",
                    self, EntityReference.To(risk.Owner));
            }

            var latest = risk.LatestAssessment;
            if (!context.IsWithin(latest.AssessedOn, context.Options.RiskReassessmentInterval))
            {
                yield return Finding.Of(ReadinessCodes.RiskAssessmentStale, ReadinessSeverity.Major, ReadinessSection.Operation, "8.2",
                    risk.Current is null
                        ? $"Risk {risk.Id} '{risk.Title}' has only an inherent assessment from {Finding.Date(latest.AssessedOn)}; assess the current risk."
                        : $"Risk {risk.Id} '{risk.Title}' was last assessed on {Finding.Date(latest.AssessedOn)}; reassess it at planned intervals.",
                    self);
            }

            if (risk.Assets.IsEmpty)
            {
                yield return Finding.Of(ReadinessCodes.RiskWithoutAssets, ReadinessSeverity.Info, ReadinessSection.Planning, "6.1.2 c",
                    $"Risk {risk.Id} '{risk.Title}' names no asset; linking assets shows what the risk threatens.", self);
            }

            if (risk.Treatment == TreatmentOption.Modify && risk.PlannedControls.IsEmpty && risk.AppliedControls.IsEmpty)
            {
                yield return Finding.Of(ReadinessCodes.RiskWithoutControls, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 b",
                    $"Risk {risk.Id} '{risk.Title}' is to be modified, but no control is planned or applied.", self);
            }

            foreach (var controlId in risk.AppliedControls)
            {
                var control = isms.AppliedControls[controlId];
                if (control.Status is ControlStatus.NotEffective or ControlStatus.Retired)
                {
                    yield return Finding.Of(ReadinessCodes.RiskReliesOnIneffectiveControl, ReadinessSeverity.Minor, ReadinessSection.Operation, "8.3",
                        $"Risk {risk.Id} relies on applied control {control.Id} '{control.Name}', which is {(control.Status == ControlStatus.Retired ? "retired" : "not effective")}; it reduces nothing: reassess the risk.",
                        self, EntityReference.To(control.Id));
                }
            }
        }
    }
}
