namespace Isms.Core.Readiness.Rules;

/// <summary>Clauses 7.2 and 7.3: competence evidence for role holders, recent awareness for everyone in the ISMS.</summary>
internal sealed class SupportRule : IReadinessRule
{
    public string Name => "Competence and awareness";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        var active = isms.People.Where(p => p.IsActiveOn(context.AsOf)).ToList();
        foreach (var person in active)
        {
            var needsEvidence = person.Roles.Where(r => isms.Roles[r].RequiresCompetenceEvidence).ToList();
            if (needsEvidence.Count == 0)
            {
                continue;
            }

            var valid = isms.CompetenceRecords.Where(c => c.Person == person.Id && c.IsValidOn(context.AsOf)).ToList();
            var uncovered = needsEvidence.Where(r => !valid.Any(c => c.Role is null || c.Role == r)).ToList();
            if (uncovered.Count > 0)
            {
                yield return Finding.Of(ReadinessCodes.CompetenceEvidenceMissing, ReadinessSeverity.Minor, ReadinessSection.Support, "7.2 d",
                    $"{person.Name} holds {string.Join(", ", uncovered.Select(r => isms.Roles[r].Name))} without valid evidence of competence.",
                    [EntityReference.To(person.Id), .. uncovered.Select(EntityReference.To)]);
            }
        }

        var unaware = active
            .Where(p => !isms.AwarenessRecords.Any(a => a.Person == p.Id && context.IsWithin(a.CompletedOn, context.Options.AwarenessInterval)))
            .ToList();
        if (unaware.Count > 0)
        {
            yield return Finding.Of(ReadinessCodes.AwarenessMissing, ReadinessSeverity.Minor, ReadinessSection.Support, "7.3",
                $"{unaware.Count} of {active.Count} people in the ISMS have no awareness activity in the last {context.Options.AwarenessInterval.Months} months: {string.Join(", ", unaware.Take(5).Select(p => p.Name))}{(unaware.Count > 5 ? ", ..." : "")}.",
                [.. unaware.Select(p => EntityReference.To(p.Id))]);
        }
    }
}
