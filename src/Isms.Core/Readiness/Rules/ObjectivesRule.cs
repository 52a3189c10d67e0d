namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 6.2: objectives exist, are measurable, owned, dated, evaluated, and on time.</summary>
internal sealed class ObjectivesRule : IReadinessRule
{
    public string Name => "Information security objectives";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        var isms = context.Isms;
        if (isms.Objectives.IsEmpty)
        {
            yield return Finding.Of(ReadinessCodes.NoObjectives, ReadinessSeverity.Major, ReadinessSection.Planning, "6.2",
                "No information security objectives are set.");
            yield break;
        }

        foreach (var objective in isms.Objectives)
        {
            var self = EntityReference.To(objective.Id);
            var missing = new List<string>();
            if (objective.Measure is null)
            {
                missing.Add("a measure");
            }

            if (objective.Target is null)
            {
                missing.Add("a target");
            }

            if (objective.Owner is null)
            {
                missing.Add("an owner");
            }

            if (objective.Due is null)
            {
                missing.Add("a due date");
            }

            if (objective.EvaluationMethod is null)
            {
                missing.Add("how results are evaluated");
            }

            if (missing.Count > 0)
            {
                yield return Finding.Of(ReadinessCodes.ObjectiveNotMeasurable, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.2",
                    $"Objective {objective.Id} '{objective.Title}' lacks {string.Join(", ", missing)}.", self);
            }
            else if (!objective.Achieved && objective.Due < context.AsOf)
            {
                yield return Finding.Of(ReadinessCodes.ObjectiveOverdue, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.2",
                    $"Objective {objective.Id} '{objective.Title}' was due on {Finding.Date(objective.Due!.Value)} and is not achieved; evaluate and replan it.", self);
            }
        }
    }
}
