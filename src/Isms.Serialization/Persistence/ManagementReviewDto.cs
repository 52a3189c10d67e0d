using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (ManagementReview).</summary>
internal sealed record ManagementReviewDto
{
    public required string Id { get; init; }

    public required LocalDate HeldOn { get; init; }

    public required string Chair { get; init; }

    public IReadOnlyList<string> Attendees { get; set; } = [];

    public IReadOnlyList<ReviewInputDto> Inputs { get; set; } = [];

    public IReadOnlyList<string> ImprovementDecisions { get; set; } = [];

    public IReadOnlyList<string> ChangesToIsms { get; set; } = [];

    public string? Minutes { get; init; }
}
