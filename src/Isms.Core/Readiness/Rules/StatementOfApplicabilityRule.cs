using Isms.Core.Applicability;
using Isms.Core.Catalogs;

namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 6.1.3 d and Annex A: every control decided, inclusions traced, exclusions consistent, SoA approved.</summary>
internal sealed class StatementOfApplicabilityRule : IReadinessRule
{
    public string Name => "Statement of Applicability";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        if (isms.StatementOfApplicability is not { } soa)
        {
            yield return Finding.Of(ReadinessCodes.SoaMissing, ReadinessSeverity.Blocking, ReadinessSection.AnnexA, "6.1.3 d",
                "There is no Statement of Applicability: no Annex A control has been decided.", EntityReference.Part("StatementOfApplicability"));
            yield break;
        }

        var undecided = soa.Undecided.ToList();
        if (undecided.Count > 0)
        {
            yield return Finding.Of(ReadinessCodes.SoaControlsUndecided, ReadinessSeverity.Blocking, ReadinessSection.AnnexA, "6.1.3 d",
                $"{undecided.Count} of {soa.Catalog.Controls.Length} controls have no decision in the SoA: {string.Join(", ", undecided.Take(8).Select(c => Ref(c.Id)))}{(undecided.Count > 8 ? ", ..." : "")}.{NewIn2022(undecided)}",
                [.. undecided.Select(c => EntityReference.To(c.Id))]);
        }

        if (!soa.IsApproved)
        {
            yield return Finding.Of(ReadinessCodes.SoaNotApproved, ReadinessSeverity.Major, ReadinessSection.AnnexA, "6.1.3 d",
                "The Statement of Applicability has no approved version.", EntityReference.Part("StatementOfApplicability"));
        }

        foreach (var decision in soa.Decisions)
        {
            var self = EntityReference.To(decision.Control);
            var title = soa.Catalog[decision.Control].Title;
            var implementers = isms.AppliedControls.Where(c => c.Implements.Contains(decision.Control)).ToList();
            if (decision.Applicable)
            {
                if (!decision.IsTraced)
                {
                    yield return Finding.Of(ReadinessCodes.SoaInclusionNotTraced, ReadinessSeverity.Major, ReadinessSection.AnnexA, Ref(decision.Control),
                        $"{Ref(decision.Control)} '{title}' is applicable but not traced to a risk or requirement: state why it is included.", self);
                }
                else if (decision.Reasons.Contains(InclusionReason.RiskTreatment) && decision.Risks.IsEmpty)
                {
                    yield return Finding.Of(ReadinessCodes.SoaRiskTreatmentWithoutRisk, ReadinessSeverity.Minor, ReadinessSection.AnnexA, Ref(decision.Control),
                        $"{Ref(decision.Control)} '{title}' is included for risk treatment but links no risk.", self);
                }

                if (decision.Status == ImplementationStatus.Implemented && decision.AppliedControls.IsEmpty && decision.Evidence.IsEmpty && implementers.Count == 0)
                {
                    yield return Finding.Of(ReadinessCodes.SoaImplementedWithoutEvidence, ReadinessSeverity.Minor, ReadinessSection.AnnexA, Ref(decision.Control),
                        $"{Ref(decision.Control)} '{title}' is stated as implemented, but no applied control or evidence supports it.", self);
                }
            }
            else if (implementers.Count > 0)
            {
                yield return Finding.Of(ReadinessCodes.SoaExclusionContradicted, ReadinessSeverity.Minor, ReadinessSection.AnnexA, Ref(decision.Control),
                    $"{Ref(decision.Control)} '{title}' is excluded, yet applied control(s) {string.Join(", ", implementers.Select(c => c.Id))} implement it. Review the exclusion.",
                    [self, .. implementers.Select(c => EntityReference.To(c.Id))]);
            }
        }

        foreach (var risk in isms.Risks)
        {
            var excluded = risk.AllControls
                .SelectMany(id => isms.AppliedControls[id].Implements)
                .Distinct()
                .Where(c => soa.TryGetDecision(c, out var d) && !d.Applicable)
                .ToList();
            if (excluded.Count > 0)
            {
                yield return Finding.Of(ReadinessCodes.SoaMissesRiskControl, ReadinessSeverity.Major, ReadinessSection.AnnexA, "6.1.3 c",
                    $"Risk {risk.Id} '{risk.Title}' relies on {string.Join(", ", excluded.Select(Ref))}, which the SoA excludes. Controls needed for risk treatment must be applicable.",
                    [EntityReference.To(risk.Id), .. excluded.Select(EntityReference.To)]);
            }
        }
    }

    private static string NewIn2022(List<CatalogControl> undecided)
    {
        var added = undecided.Count(c => c.IsNewIn2022);
        return added == 0 ? "" : $" {added} of them {(added == 1 ? "is" : "are")} new in ISO/IEC 27001:2022: was a 2013 SoA carried over?";
    }

    private static string Ref(ControlId id) => char.IsAsciiDigit(id.Value[0]) ? "A." + id.Value : id.Value;
}
