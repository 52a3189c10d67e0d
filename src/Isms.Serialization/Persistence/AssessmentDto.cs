using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Assessment).</summary>
internal sealed record AssessmentDto
{
    public required int Likelihood { get; init; }

    public required int Consequence { get; init; }

    public required LocalDate AssessedOn { get; init; }

    public IReadOnlyList<CriterionConsequenceDto> ByCriterion { get; set; } = [];
}
