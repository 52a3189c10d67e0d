using NodaTime;

namespace Isms.Core.Planning;

/// <summary>
/// A change to the ISMS carried out in a planned manner: its purpose and potential consequences, the resources it
/// needs, who is responsible, when, and its status. Fields are optional as data; readiness reports a change under way
/// or done whose plan is incomplete.
/// <para>ISO/IEC 27001:2022 clause 6.3 (planning of changes; Amd 1:2024 keeps the text), with the considerations of
/// ISO 9001:2015 6.3 a-d that certification auditors apply: purpose and consequences, integrity of the management
/// system, resources, responsibilities.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PlannedChange : IEntity<PlannedChangeId>
{
    /// <summary>The change's id.</summary>
    public required PlannedChangeId Id { get; init => field = Check.Id(value, "PlannedChange.Id"); }

    /// <summary>The change, e.g. <c>Move the payment platform to a second cloud region</c>.</summary>
    public required string Title { get; init => field = Check.Text(value, "PlannedChange.Title"); }

    /// <summary>Why it is made.</summary>
    public string? Purpose { get; init => field = Check.OptionalText(value, "PlannedChange.Purpose"); }

    /// <summary>Its potential consequences for information security and the ISMS, and how they are handled.</summary>
    public string? Consequences { get; init => field = Check.OptionalText(value, "PlannedChange.Consequences"); }

    /// <summary>The resources it needs.</summary>
    public string? Resources { get; init => field = Check.OptionalText(value, "PlannedChange.Resources"); }

    /// <summary>Who is responsible for carrying it out.</summary>
    public PersonId? Responsible { get; init => field = Check.OptionalId(value, "PlannedChange.Responsible"); }

    /// <summary>Where it stands.</summary>
    public PlannedChangeStatus Status { get; init; }

    /// <summary>When it is planned to be done.</summary>
    public LocalDate? PlannedFor { get; init; }

    /// <summary>Who approved it.</summary>
    public PersonId? ApprovedBy { get; init => field = Check.OptionalId(value, "PlannedChange.ApprovedBy"); }

    /// <summary>When it was approved.</summary>
    public LocalDate? ApprovedOn { get; init; }

    /// <summary>When it was completed.</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>True when purpose, consequences, resources and the responsible person are all stated.</summary>
    public bool IsPlanned => Purpose is not null && Consequences is not null && Resources is not null && Responsible is not null;
}
