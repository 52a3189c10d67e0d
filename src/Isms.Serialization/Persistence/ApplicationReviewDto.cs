using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of AcceptApplication / DeclineApplication.</summary>
internal sealed record ApplicationReviewDto
{
    public required LocalDate ReviewedOn { get; init; }

    public required string Reviewer { get; init; }

    public string? Reason { get; init; }
}
