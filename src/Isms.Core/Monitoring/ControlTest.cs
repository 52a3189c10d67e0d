using System.Collections.Immutable;
using Isms.Core.Catalogs;
using NodaTime;

namespace Isms.Core.Monitoring;

/// <summary>
/// A control test: the procedure that checks a control operates, its schedule (an RFC 5545 recurrence), the sample
/// size, the controls it tests and the results of each performance.
/// <para>ISO/IEC 27001:2022 clause 9.1 (what is monitored, methods, when, by whom), 8.1, Annex A controls' operation.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record ControlTest : IEntity<ControlTestId>
{
    /// <summary>The test's id.</summary>
    public required ControlTestId Id { get; init => field = Check.Id(value, "ControlTest.Id"); }

    /// <summary>The test's name, e.g. <c>Quarterly joiner-mover-leaver sample</c>.</summary>
    public required string Title { get; init => field = Check.Text(value, "ControlTest.Title"); }

    /// <summary>The test procedure: what is checked and how.</summary>
    public required string Procedure { get; init => field = Check.Text(value, "ControlTest.Procedure"); }

    /// <summary>When the test is due.</summary>
    public required RecurrenceSchedule Schedule { get; init => field = value ?? throw new ArgumentNullException(nameof(Schedule)); }

    /// <summary>How many items each performance samples, when sampled (1 or more).</summary>
    public int? SampleSize { get; init => field = Check.OptionalAtLeast(value, 1, "ControlTest.SampleSize"); }

    /// <summary>Who is responsible for performing it.</summary>
    public PersonId? Owner { get; init => field = Check.OptionalId(value, "ControlTest.Owner"); }

    /// <summary>The catalog (Annex A) controls it tests.</summary>
    public ImmutableArray<ControlId> Controls { get; init => field = Check.List(value, "ControlTest.Controls"); } = [];

    /// <summary>The applied controls it tests.</summary>
    public ImmutableArray<AppliedControlId> AppliedControls { get; init => field = Check.List(value, "ControlTest.AppliedControls"); } = [];

    /// <summary>The results of each performance, in the order recorded.</summary>
    public ImmutableArray<ControlTestResult> Results { get; init => field = Check.List(value, "ControlTest.Results"); } = [];

    /// <summary>The date of the latest performance on or before <paramref name="date"/>, if any.</summary>
    /// <param name="date">The date.</param>
    public LocalDate? LastTestedOn(LocalDate date)
    {
        LocalDate? last = null;
        foreach (var result in Results)
        {
            if (result.TestedOn <= date && (last is null || result.TestedOn > last))
            {
                last = result.TestedOn;
            }
        }

        return last;
    }
}
