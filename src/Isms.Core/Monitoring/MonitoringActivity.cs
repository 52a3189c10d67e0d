using System.Collections.Immutable;

namespace Isms.Core.Monitoring;

/// <summary>
/// What the organisation monitors or measures, how, how often, who measures and who evaluates, and the objectives
/// and applied controls it concerns. Its results over time are the <see cref="Performance.MeasurementResult"/>s that
/// name it (<see cref="Performance.MeasurementResult.Activity"/>).
/// <para>ISO/IEC 27001:2022 clause 9.1 a-f.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record MonitoringActivity : IEntity<MonitoringActivityId>
{
    /// <summary>The activity's id.</summary>
    public required MonitoringActivityId Id { get; init => field = Check.Id(value, "MonitoringActivity.Id"); }

    /// <summary>What is monitored or measured (9.1 a), e.g. <c>Share of accounts enrolled in phishing-resistant MFA</c>.</summary>
    public required string Subject { get; init => field = Check.Text(value, "MonitoringActivity.Subject"); }

    /// <summary>The method of monitoring, measurement, analysis and evaluation (9.1 b).</summary>
    public required string Method { get; init => field = Check.Text(value, "MonitoringActivity.Method"); }

    /// <summary>When it is performed (9.1 c): the frequency as a recurrence.</summary>
    public required RecurrenceSchedule Schedule { get; init => field = value ?? throw new ArgumentNullException(nameof(Schedule)); }

    /// <summary>Who monitors and measures (9.1 d).</summary>
    public PersonId? MeasuredBy { get; init => field = Check.OptionalId(value, "MonitoringActivity.MeasuredBy"); }

    /// <summary>Who analyses and evaluates the results (9.1 f).</summary>
    public PersonId? EvaluatedBy { get; init => field = Check.OptionalId(value, "MonitoringActivity.EvaluatedBy"); }

    /// <summary>The objectives whose achievement it measures (6.2 e).</summary>
    public ImmutableArray<ObjectiveId> Objectives { get; init => field = Check.List(value, "MonitoringActivity.Objectives"); } = [];

    /// <summary>The applied controls whose effectiveness it measures.</summary>
    public ImmutableArray<AppliedControlId> AppliedControls { get; init => field = Check.List(value, "MonitoringActivity.AppliedControls"); } = [];
}
