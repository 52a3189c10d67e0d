using Isms.Core.Controls;
using Isms.Core.RiskManagement;

namespace Isms.Core.Readiness.Rules;

/// <summary>Clauses 6.1.2, 6.1.3 and 8.2: every risk owned, assessed on time, treated, and accepted where above appetite.</summary>
internal sealed class RiskRule : IReadinessRule
{
    public string Name => "Risk assessment and treatment";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        if (isms.Risks.Count == 0)
        {
            yield return Finding.Of(ReadinessCodes.RiskRegisterEmpty, ReadinessSeverity.Blocking, ReadinessSection.Planning, "6.1.2",
                "The risk register is empty: no information security risk assessment has been performed.");
            yield break;
        }

        var criteria = isms.RiskCriteria;
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
                        $"Risk {risk.Id} relies on applied control {control.Id} '{control.Name}', which is {(control.Status == ControlStatus.Retired ? "retired" : "not effective")}; reassess the risk.",
                        self, EntityReference.To(control.Id));
                }
            }

            var residual = context.ResidualOf(risk);
            var level = context.LevelOf(residual);
            if (criteria.IsAcceptable(level))
            {
                continue;
            }

            var levelText = $"{context.LevelName(level)} (L{residual.Likelihood.Value} x C{residual.Consequence.Value})";
            if (risk.Acceptance is not { } acceptance)
            {
                yield return Finding.Of(ReadinessCodes.ResidualRiskNotAccepted, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f",
                    $"Risk {risk.Id} '{risk.Title}': residual risk {levelText} is above the acceptance level {context.LevelName(criteria.AcceptanceLevel)} and has not been accepted by the risk owner.",
                    self, EntityReference.To(risk.Owner));
                continue;
            }

            if (!acceptance.IsValidOn(context.AsOf))
            {
                yield return Finding.Of(ReadinessCodes.RiskAcceptanceExpired, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f",
                    $"Risk {risk.Id} '{risk.Title}': the acceptance of residual risk {levelText} {(acceptance.AcceptedOn > context.AsOf ? "is dated in the future" : $"expired on {Finding.Date(acceptance.ExpiresOn!.Value)}")}.",
                    self, EntityReference.To(acceptance.AcceptedBy));
            }
            else if (!acceptance.Matches(residual))
            {
                var accepted = acceptance.AcceptedAssessment;
                yield return Finding.Of(ReadinessCodes.RiskAcceptanceOutdated, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f",
                    $"Risk {risk.Id} '{risk.Title}': the owner accepted L{accepted.Likelihood.Value} x C{accepted.Consequence.Value}, but the residual risk is now {levelText}; the acceptance must be renewed.",
                    self, EntityReference.To(acceptance.AcceptedBy));
            }

            if (acceptance.AcceptedBy != risk.Owner)
            {
                yield return Finding.Of(ReadinessCodes.RiskAcceptedByNonOwner, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.1.3 f",
                    $"Risk {risk.Id} was accepted by {context.NameOf(acceptance.AcceptedBy)}, not by its owner {context.NameOf(risk.Owner)}.",
                    self, EntityReference.To(acceptance.AcceptedBy));
            }
        }
    }
}
