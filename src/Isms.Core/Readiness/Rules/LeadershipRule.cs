namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 5: the policy (approved, with its commitments, communicated) and the ISMS roles (5.3 a and b).</summary>
internal sealed class LeadershipRule : IReadinessRule
{
    public string Name => "Leadership";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        if (isms.Policy is not { } policy)
        {
            yield return Finding.Of(ReadinessCodes.PolicyMissing, ReadinessSeverity.Blocking, ReadinessSection.Leadership, "5.2",
                "There is no information security policy.", EntityReference.Part("Policy"));
        }
        else
        {
            if (!policy.IsApproved)
            {
                yield return Finding.Of(ReadinessCodes.PolicyNotApproved, ReadinessSeverity.Major, ReadinessSection.Leadership, "5.2",
                    $"The information security policy v{policy.Version} is not approved by top management.", EntityReference.Part("Policy"));
            }

            var missing = new List<string>();
            if (!policy.ProvidesObjectivesFramework)
            {
                missing.Add("objectives or a framework for setting them (5.2 b)");
            }

            if (!policy.CommitsToRequirements)
            {
                missing.Add("a commitment to satisfy applicable requirements (5.2 c)");
            }

            if (!policy.CommitsToContinualImprovement)
            {
                missing.Add("a commitment to continual improvement (5.2 d)");
            }

            if (missing.Count > 0)
            {
                yield return Finding.Of(ReadinessCodes.PolicyCommitmentMissing, ReadinessSeverity.Minor, ReadinessSection.Leadership, "5.2",
                    $"The policy does not include {string.Join("; ", missing)}.", EntityReference.Part("Policy"));
            }

            if (policy.CommunicatedOn is null)
            {
                yield return Finding.Of(ReadinessCodes.PolicyNotCommunicated, ReadinessSeverity.Minor, ReadinessSection.Leadership, "5.2 f",
                    "There is no record that the policy was communicated within the organisation.", EntityReference.Part("Policy"));
            }
        }

        bool Held(Leadership.Role role) => isms.People.Any(p => p.Roles.Contains(role.Id) && p.IsActiveOn(context.AsOf));
        if (!isms.Roles.Any(r => r.EnsuresConformity && Held(r)))
        {
            yield return Finding.Of(ReadinessCodes.IsmsResponsibilityUnassigned, ReadinessSeverity.Major, ReadinessSection.Leadership, "5.3 a",
                "No active person holds a role responsible for ensuring the ISMS conforms to ISO/IEC 27001.");
        }

        if (!isms.Roles.Any(r => r.ReportsPerformance && Held(r)))
        {
            yield return Finding.Of(ReadinessCodes.IsmsResponsibilityUnassigned, ReadinessSeverity.Major, ReadinessSection.Leadership, "5.3 b",
                "No active person holds a role responsible for reporting ISMS performance to top management.");
        }

        foreach (var role in isms.Roles.Where(r => !Held(r)))
        {
            yield return Finding.Of(ReadinessCodes.RoleUnassigned, ReadinessSeverity.Minor, ReadinessSection.Leadership, "5.3",
                $"Role {role.Id} '{role.Name}' is held by no active person.", EntityReference.To(role.Id));
        }
    }
}
