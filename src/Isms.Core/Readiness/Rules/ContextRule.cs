namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 4: issues (with the climate change determination), interested parties, obligations and scope.</summary>
internal sealed class ContextRule : IReadinessRule
{
    public string Name => "Context of the organisation";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        var ctx = isms.Context;
        if (ctx.Issues.IsEmpty)
        {
            yield return Finding.Of(ReadinessCodes.NoContextIssues, ReadinessSeverity.Major, ReadinessSection.Context, "4.1",
                "No internal or external issues are recorded. Determine the issues relevant to the ISMS's purpose.");
        }
        else if (!ctx.ClimateChangeDetermined)
        {
            yield return Finding.Of(ReadinessCodes.ClimateChangeNotDetermined, ReadinessSeverity.Minor, ReadinessSection.Context, "4.1",
                "Climate change is not recorded as an issue, relevant or not. Amendment 1:2024 requires the organisation to determine whether it is relevant.");
        }

        if (ctx.InterestedParties.IsEmpty || ctx.Requirements.IsEmpty)
        {
            yield return Finding.Of(ReadinessCodes.NoInterestedParties, ReadinessSeverity.Major, ReadinessSection.Context, "4.2",
                "No interested parties or no requirements are recorded. Determine the relevant parties, their requirements and which the ISMS addresses.");
        }

        if (!ctx.Obligations.Any())
        {
            yield return Finding.Of(ReadinessCodes.NoObligations, ReadinessSeverity.Major, ReadinessSection.Context, "4.2 b",
                "The register of legal, statutory, regulatory and contractual obligations is empty (also Annex A 5.31).");
        }

        if (isms.Scope is not { } scope)
        {
            yield return Finding.Of(ReadinessCodes.ScopeMissing, ReadinessSeverity.Blocking, ReadinessSection.Context, "4.3",
                "The ISMS scope is not determined. Without a scope there is nothing to certify.", EntityReference.Part("Scope"));
            yield break;
        }

        var missing = new List<string>();
        if (scope.Boundaries.IsEmpty)
        {
            missing.Add("boundaries");
        }

        if (scope.Interfaces.IsEmpty)
        {
            missing.Add("interfaces");
        }

        if (scope.Dependencies.IsEmpty)
        {
            missing.Add("dependencies");
        }

        if (missing.Count > 0)
        {
            yield return Finding.Of(ReadinessCodes.ScopeIncomplete, ReadinessSeverity.Minor, ReadinessSection.Context, "4.3",
                $"The scope does not state its {string.Join(", ", missing)} (clause 4.3 c: interfaces and dependencies with other organisations).",
                EntityReference.Part("Scope"));
        }

        foreach (var site in isms.Profile.Sites.Where(s => !scope.Sites.Contains(s.Id)))
        {
            if (!scope.Exclusions.Any(e => e.Contains(site.Name, StringComparison.OrdinalIgnoreCase) || e.Contains(site.Id.Value, StringComparison.OrdinalIgnoreCase)))
            {
                yield return Finding.Of(ReadinessCodes.SiteNotAddressedByScope, ReadinessSeverity.Info, ReadinessSection.Context, "4.3",
                    $"Site {site.Id} '{site.Name}' is neither in the scope nor named in its exclusions. Say which, so the certificate's scope is unambiguous.",
                    EntityReference.To(site.Id));
            }
        }
    }
}
