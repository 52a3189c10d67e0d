using NodaTime;

namespace Isms.Core.RiskManagement;

/// <summary>
/// The risk treatment plan: its actions and the risk owners' approval of the plan.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 e (formulate a plan), 6.1.3 f (risk owners' approval), 8.3.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskTreatmentPlan
{
    /// <summary>An empty, unapproved plan.</summary>
    public static RiskTreatmentPlan Empty { get; } = new();

    /// <summary>The actions.</summary>
    public Register<TreatmentActionId, TreatmentAction> Actions { get; init => field = value ?? Register<TreatmentActionId, TreatmentAction>.Empty; } = Register<TreatmentActionId, TreatmentAction>.Empty;

    /// <summary>Who approved the plan on behalf of the risk owners; <see langword="null"/> while a draft.</summary>
    public PersonId? ApprovedBy { get; init => field = Check.OptionalId(value, "RiskTreatmentPlan.ApprovedBy"); }

    /// <summary>When the plan was approved.</summary>
    public LocalDate? ApprovedOn { get; init; }

    /// <summary>The document that holds the plan.</summary>
    public DocumentId? Document { get; init => field = Check.OptionalId(value, "RiskTreatmentPlan.Document"); }

    /// <summary>True when approved.</summary>
    public bool IsApproved => ApprovedBy is not null && ApprovedOn is not null;
}
