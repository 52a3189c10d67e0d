using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.RiskManagement;

/// <summary>
/// An action of the risk treatment plan: what will be done, by whom, by when, with which resources, for which risks
/// and applied controls. An action without an owner or due date is allowed as data but reported by readiness.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 e, 6.2 (what, resources, who, when), 8.3.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record TreatmentAction : IEntity<TreatmentActionId>
{
    /// <summary>The action's id.</summary>
    public required TreatmentActionId Id { get; init => field = Check.Id(value, "TreatmentAction.Id"); }

    /// <summary>What will be done.</summary>
    public required string Title { get; init => field = Check.Text(value, "TreatmentAction.Title"); }

    /// <summary>Who is responsible; <see langword="null"/> when not assigned (a readiness finding).</summary>
    public PersonId? Owner { get; init => field = Check.OptionalId(value, "TreatmentAction.Owner"); }

    /// <summary>When it will be completed.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>The status.</summary>
    public TreatmentActionStatus Status { get; init; }

    /// <summary>When it was completed.</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>The resources required (budget, people, tools).</summary>
    public string? Resources { get; init => field = Check.OptionalText(value, "TreatmentAction.Resources"); }

    /// <summary>The risks the action treats.</summary>
    public ImmutableArray<RiskId> Risks { get; init => field = Check.List(value, "TreatmentAction.Risks"); } = [];

    /// <summary>The applied controls the action implements or improves.</summary>
    public ImmutableArray<AppliedControlId> Controls { get; init => field = Check.List(value, "TreatmentAction.Controls"); } = [];

    /// <summary>True when neither done nor cancelled.</summary>
    public bool IsOpen => Status is TreatmentActionStatus.NotStarted or TreatmentActionStatus.InProgress;

    /// <summary>True when open and past its due date on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsOverdueOn(LocalDate date) => IsOpen && Due is { } due && due < date;
}
