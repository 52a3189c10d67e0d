using NodaTime;

namespace Isms.Core.Improvement;

/// <summary>A corrective action taken to eliminate the cause of a nonconformity: what, who, by when, done when.
/// <para>ISO/IEC 27001:2022 clause 10.2 c.</para></summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CorrectiveAction : IEntity<CorrectiveActionId>
{
    /// <summary>The action's id (unique across the ISMS).</summary>
    public required CorrectiveActionId Id { get; init => field = Check.Id(value, "CorrectiveAction.Id"); }

    /// <summary>What will be done.</summary>
    public required string Description { get; init => field = Check.Text(value, "CorrectiveAction.Description"); }

    /// <summary>Who is responsible.</summary>
    public required PersonId Owner { get; init => field = Check.Id(value, "CorrectiveAction.Owner"); }

    /// <summary>When it is due.</summary>
    public required LocalDate Due { get; init; }

    /// <summary>When it was completed.</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>True when completed.</summary>
    public bool IsComplete => CompletedOn is not null;

    /// <summary>True when not completed and past due on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsOverdueOn(LocalDate date) => CompletedOn is null && Due < date;
}
