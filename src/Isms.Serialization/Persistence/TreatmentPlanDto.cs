using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (TreatmentPlan).</summary>
internal sealed record TreatmentPlanDto
{
    public IReadOnlyList<TreatmentActionDto> Actions { get; set; } = [];

    public string? ApprovedBy { get; init; }

    public LocalDate? ApprovedOn { get; init; }

    public string? Document { get; init; }
}
