using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.Monitoring;

/// <summary>
/// One performance of a control test: when, by whom, the outcome, how many items were sampled, the findings and the
/// evidence items that record it.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record ControlTestResult
{
    /// <summary>When the test was performed.</summary>
    public required LocalDate TestedOn { get; init; }

    /// <summary>Who performed it.</summary>
    public required PersonId Tester { get; init => field = Check.Id(value, "ControlTestResult.Tester"); }

    /// <summary>The outcome.</summary>
    public required ControlTestOutcome Outcome { get; init; }

    /// <summary>How many items were tested, when sampled (0 or more).</summary>
    public int? SampleTested { get; init => field = Check.OptionalAtLeast(value, 0, "ControlTestResult.SampleTested"); }

    /// <summary>The findings (exceptions, deviations), each in words.</summary>
    public ImmutableArray<string> Findings { get; init => field = Check.List(value, "ControlTestResult.Findings"); } = [];

    /// <summary>The evidence items that record the test.</summary>
    public ImmutableArray<EvidenceItemId> Evidence { get; init => field = Check.List(value, "ControlTestResult.Evidence"); } = [];
}
