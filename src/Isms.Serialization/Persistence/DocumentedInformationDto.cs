using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (DocumentedInformation).</summary>
internal sealed record DocumentedInformationDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Version { get; init; }

    public required string Owner { get; init; }

    public string? ApprovedBy { get; init; }

    public LocalDate? ApprovedOn { get; init; }

    public LocalDate? NextReviewOn { get; init; }

    public Period? Retention { get; init; }

    public required string Classification { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<string> Fulfils { get; set; } = [];
}
