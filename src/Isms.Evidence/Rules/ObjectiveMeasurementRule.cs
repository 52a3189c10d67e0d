using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Readiness;

namespace Isms.Evidence.Rules;

/// <summary>
/// Objectives measured in their stated period (clauses 6.2 e, 9.1): for each monitoring activity of an objective that
/// is not achieved, a measurement result (naming the activity, or the objective) after the occurrence before the
/// latest due one (<c>RDY-EVD-005</c>); a schedule that cannot be expanded is reported on the activity
/// (<c>RDY-EVD-007</c>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class ObjectiveMeasurementRule : IReadinessRule
{
    private readonly EvidenceOptions _options;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The expansion limit; <see langword="null"/> for the defaults.</param>
    public ObjectiveMeasurementRule(EvidenceOptions? options = null) => _options = options ?? EvidenceOptions.Default;

    /// <inheritdoc />
    public string Name => "Objectives measured as planned";

    /// <inheritdoc />
    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        Guard.Against.Null(context);
        var isms = context.Isms;
        foreach (var activity in isms.MonitoringActivities)
        {
            var objectives = activity.Objectives.Where(o => isms.Objectives.TryGet(o, out var objective) && !objective.Achieved).ToList();
            if (objectives.Count == 0)
            {
                continue;
            }

            DueOccurrence? due;
            string? problem = null;
            try
            {
                due = ScheduleCalendar.LatestDue(activity.Schedule, context.AsOf, _options.MaxOccurrences);
            }
            catch (IsmsException ex)
            {
                due = null;
                problem = ex.Message;
            }

            if (problem is not null)
            {
                yield return new ReadinessFinding(EvidenceReadinessCodes.ScheduleNotEvaluable, ReadinessSeverity.Minor, ReadinessSection.PerformanceEvaluation, "9.1 c", $"Monitoring activity {activity.Id}: {problem}", [EntityReference.To(activity.Id)]);
                continue;
            }

            if (due is null)
            {
                continue;
            }

            foreach (var objective in objectives)
            {
                var measured = isms.Measurements.Any(m => (m.Activity == activity.Id || m.Objective == objective) && due.IsSatisfiedBy(m.MeasuredOn, context.AsOf));
                if (!measured)
                {
                    var last = isms.Measurements.Where(m => (m.Activity == activity.Id || m.Objective == objective) && m.MeasuredOn <= context.AsOf).Select(m => (NodaTime.LocalDate?)m.MeasuredOn).Max();
                    yield return new ReadinessFinding(
                        EvidenceReadinessCodes.ObjectiveNotMeasured,
                        ReadinessSeverity.Minor,
                        ReadinessSection.PerformanceEvaluation,
                        "9.1",
                        $"Objective {objective} ('{isms.Objectives[objective].Title}') has no result of monitoring activity {activity.Id} ('{activity.Subject}') for the measurement due on {Text.Date(due.Due)} ({activity.Schedule.Rule}); last measured {(last is { } l ? Text.Date(l) : "never")}.",
                        [EntityReference.To(objective), EntityReference.To(activity.Id)]);
                }
            }
        }
    }
}
