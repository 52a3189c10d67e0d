using Ardalis.GuardClauses;
using Isms.Core.Planning;
using Isms.Core.Readiness;

namespace Isms.Evidence.Rules;

/// <summary>
/// Changes to the ISMS carried out in a planned manner (clause 6.3): what a Stage 1 auditor asks of every change that
/// is approved, under way or done: its purpose and potential consequences, the resources and who is responsible
/// (<c>RDY-CHG-001</c>). A change still proposed or cancelled is not judged.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class PlannedChangeRule : IReadinessRule
{
    /// <inheritdoc />
    public string Name => "Planning of changes";

    /// <inheritdoc />
    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        Guard.Against.Null(context);
        foreach (var change in context.Isms.PlannedChanges)
        {
            if (change.Status is PlannedChangeStatus.Proposed or PlannedChangeStatus.Cancelled || change.IsPlanned)
            {
                continue;
            }

            var missing = new List<string>();
            if (change.Purpose is null)
            {
                missing.Add("purpose");
            }

            if (change.Consequences is null)
            {
                missing.Add("potential consequences");
            }

            if (change.Resources is null)
            {
                missing.Add("resources");
            }

            if (change.Responsible is null)
            {
                missing.Add("responsible person");
            }

            yield return new ReadinessFinding(
                EvidenceReadinessCodes.ChangeNotPlanned,
                ReadinessSeverity.Minor,
                ReadinessSection.Planning,
                "6.3",
                $"Change {change.Id} ('{change.Title}') is {change.Status}{(change.PlannedFor is { } on ? " for " + Text.Date(on) : string.Empty)} but its plan states no {string.Join(", ", missing)}: clause 6.3 requires changes to the ISMS to be carried out in a planned manner.",
                [EntityReference.To(change.Id)]);
        }
    }
}
