using NodaTime;

namespace Isms.Core.Planning;

/// <summary>
/// An information security objective: measurable (measure and target), owned, with a due date and how results are
/// evaluated. Fields are optional as data; readiness reports an objective that is not measurable.
/// <para>ISO/IEC 27001:2022 clause 6.2 b (measurable), 6.2 f-k (what, resources, who, when, how evaluated).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record InformationSecurityObjective : IEntity<ObjectiveId>
{
    /// <summary>The objective's id.</summary>
    public required ObjectiveId Id { get; init => field = Check.Id(value, "InformationSecurityObjective.Id"); }

    /// <summary>The objective, e.g. <c>Patch critical vulnerabilities quickly</c>.</summary>
    public required string Title { get; init => field = Check.Text(value, "InformationSecurityObjective.Title"); }

    /// <summary>The measure (indicator), e.g. <c>Median days from CVSS ≥ 9 disclosure to patch in production</c>.</summary>
    public string? Measure { get; init => field = Check.OptionalText(value, "InformationSecurityObjective.Measure"); }

    /// <summary>The target, e.g. <c>≤ 7 days</c>.</summary>
    public string? Target { get; init => field = Check.OptionalText(value, "InformationSecurityObjective.Target"); }

    /// <summary>Who is responsible (6.2 h).</summary>
    public PersonId? Owner { get; init => field = Check.OptionalId(value, "InformationSecurityObjective.Owner"); }

    /// <summary>When it will be completed or next evaluated (6.2 i).</summary>
    public LocalDate? Due { get; init; }

    /// <summary>How the results will be evaluated (6.2 j).</summary>
    public string? EvaluationMethod { get; init => field = Check.OptionalText(value, "InformationSecurityObjective.EvaluationMethod"); }

    /// <summary>The resources required (6.2 g).</summary>
    public string? Resources { get; init => field = Check.OptionalText(value, "InformationSecurityObjective.Resources"); }

    /// <summary>True when achieved.</summary>
    public bool Achieved { get; init; }

    /// <summary>True when measure, target, owner, due date and evaluation method are all stated.</summary>
    public bool IsMeasurable => Measure is not null && Target is not null && Owner is not null && Due is not null && EvaluationMethod is not null;
}
