namespace Isms.Core.Readiness.Rules;

/// <summary>Clause 9.1: recent monitoring and measurement results.</summary>
internal sealed class MonitoringRule : IReadinessRule
{
    public string Name => "Monitoring and measurement";

    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        if (!context.Isms.Measurements.Any(m => context.IsWithin(m.MeasuredOn, context.Options.MeasurementInterval)))
        {
            yield return Finding.Of(ReadinessCodes.NoRecentMeasurements, ReadinessSeverity.Major, ReadinessSection.PerformanceEvaluation, "9.1",
                $"No monitoring or measurement results in the last {context.Options.MeasurementInterval.Months} months: the ISMS's performance and effectiveness are not evaluated.");
        }
    }
}
