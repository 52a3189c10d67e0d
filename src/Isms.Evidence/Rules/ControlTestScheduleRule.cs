using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Readiness;

namespace Isms.Evidence.Rules;

/// <summary>
/// Control tests performed on schedule (clauses 8.1, 9.1): a test whose latest due occurrence (plus grace days) has
/// passed without a performance since the occurrence before it is overdue (<c>RDY-EVD-004</c>); a schedule that cannot
/// be expanded is reported on the test (<c>RDY-EVD-007</c>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class ControlTestScheduleRule : IReadinessRule
{
    private readonly EvidenceOptions _options;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The expansion limit; <see langword="null"/> for the defaults.</param>
    public ControlTestScheduleRule(EvidenceOptions? options = null) => _options = options ?? EvidenceOptions.Default;

    /// <inheritdoc />
    public string Name => "Control tests on schedule";

    /// <inheritdoc />
    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        Guard.Against.Null(context);
        foreach (var test in context.Isms.ControlTests)
        {
            DueOccurrence? due;
            string? problem = null;
            try
            {
                due = ScheduleCalendar.LatestDue(test.Schedule, context.AsOf, _options.MaxOccurrences);
            }
            catch (IsmsException ex)
            {
                due = null;
                problem = ex.Message;
            }

            if (problem is not null)
            {
                yield return new ReadinessFinding(EvidenceReadinessCodes.ScheduleNotEvaluable, ReadinessSeverity.Minor, ReadinessSection.PerformanceEvaluation, "9.1 c", $"Control test {test.Id}: {problem}", [EntityReference.To(test.Id)]);
                continue;
            }

            if (due is null || test.Results.Any(r => due.IsSatisfiedBy(r.TestedOn, context.AsOf)))
            {
                continue;
            }

            var last = test.LastTestedOn(context.AsOf);
            var controls = string.Join(", ", test.Controls.Select(c => c.Value).Concat(test.AppliedControls.Select(a => a.Value)));
            yield return new ReadinessFinding(
                EvidenceReadinessCodes.ControlTestOverdue,
                ReadinessSeverity.Major,
                ReadinessSection.PerformanceEvaluation,
                "9.1",
                $"Control test {test.Id} ('{test.Title}'{(controls.Length == 0 ? string.Empty : " of " + controls)}) was due on {Text.Date(due.Due)} ({test.Schedule.Rule}, {test.Schedule.GraceDays} grace days) and has not been performed {(due.OpensAfter is { } p ? "after " + Text.Date(p) + " (the previous occurrence and its grace days)" : "since its schedule started")}; last performed {(last is { } l ? Text.Date(l) : "never")}.",
                [EntityReference.To(test.Id), .. test.Controls.Select(EntityReference.To), .. test.AppliedControls.Select(EntityReference.To)]);
        }
    }
}
