using System.Text.Json.Serialization;
using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of AcceptApplication / DeclineApplication.</summary>
internal sealed record ApplicationReviewDto
{
    [JsonConverter(typeof(LocalDateJsonConverter))]
    public required LocalDate ReviewedOn { get; init; }

    public required string Reviewer { get; init; }

    public string? Reason { get; init; }
}
