using Ardalis.GuardClauses;
using Isms.Core.Readiness;

namespace Isms.Evidence.Rules;

/// <summary>
/// Evidence an automated collector proposed and no person accepted (<c>RDY-EVD-006</c>): it counts for no control
/// until someone reviews it.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class AutomatedEvidenceRule : IReadinessRule
{
    /// <inheritdoc />
    public string Name => "Automated evidence accepted by a person";

    /// <inheritdoc />
    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        Guard.Against.Null(context);
        foreach (var item in context.Isms.Evidence)
        {
            if (item.CollectedBy.IsAutomated && !item.IsAccepted)
            {
                yield return new ReadinessFinding(
                    EvidenceReadinessCodes.AutomatedEvidenceNotAccepted,
                    ReadinessSeverity.Minor,
                    ReadinessSection.Support,
                    "7.5.3",
                    $"Evidence {item.Id} ('{item.Title}', covering {item.Period}) was proposed by {item.CollectedBy} on {Text.Date(item.CollectedAt.InUtc().Date)} and no person has accepted it: it supports {string.Join(", ", item.Controls.Select(c => c.Value).Concat(item.AppliedControls.Select(a => a.Value)))} only once reviewed.",
                    [EntityReference.To(item.Id), .. item.Controls.Select(EntityReference.To)]);
            }
        }
    }
}
