using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.Performance;

/// <summary>
/// A management review: when, who chaired and attended, what each 9.3.2 input said, and the outputs (decisions on
/// continual improvement and any need for changes to the ISMS).
/// <para>ISO/IEC 27001:2022 clause 9.3.1 (planned intervals), 9.3.2 (inputs a-g), 9.3.3 (results, documented).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record ManagementReview : IEntity<ManagementReviewId>
{
    /// <summary>The review's id.</summary>
    public required ManagementReviewId Id { get; init => field = Check.Id(value, "ManagementReview.Id"); }

    /// <summary>When it was held.</summary>
    public required LocalDate HeldOn { get; init; }

    /// <summary>The chair (top management).</summary>
    public required PersonId Chair { get; init => field = Check.Id(value, "ManagementReview.Chair"); }

    /// <summary>The attendees.</summary>
    public ImmutableArray<PersonId> Attendees { get; init => field = Check.List(value, "ManagementReview.Attendees"); } = [];

    /// <summary>What was considered for each 9.3.2 input (a summary per input).</summary>
    public ImmutableDictionary<ManagementReviewInput, string> Inputs { get; init => field = value ?? ImmutableDictionary<ManagementReviewInput, string>.Empty; } = ImmutableDictionary<ManagementReviewInput, string>.Empty;

    /// <summary>Decisions related to continual improvement opportunities (9.3.3).</summary>
    public ImmutableArray<string> ImprovementDecisions { get; init => field = Check.List(value, "ManagementReview.ImprovementDecisions"); } = [];

    /// <summary>Decisions on any need for changes to the ISMS (9.3.3).</summary>
    public ImmutableArray<string> ChangesToIsms { get; init => field = Check.List(value, "ManagementReview.ChangesToIsms"); } = [];

    /// <summary>The minutes in the documented information register.</summary>
    public DocumentId? Minutes { get; init => field = Check.OptionalId(value, "ManagementReview.Minutes"); }

    /// <summary>The 9.3.2 inputs that were not considered.</summary>
    public IEnumerable<ManagementReviewInput> MissingInputs =>
        Enum.GetValues<ManagementReviewInput>().Where(i => !Inputs.TryGetValue(i, out var text) || string.IsNullOrWhiteSpace(text));
}
