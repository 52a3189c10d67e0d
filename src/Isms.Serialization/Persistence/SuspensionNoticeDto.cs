using System.Text.Json.Serialization;
using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of Suspend.</summary>
internal sealed record SuspensionNoticeDto
{
    [JsonConverter(typeof(LocalDateJsonConverter))]
    public required LocalDate EffectiveOn { get; init; }

    public required string Reason { get; init; }

    public required string Detail { get; init; }
}
