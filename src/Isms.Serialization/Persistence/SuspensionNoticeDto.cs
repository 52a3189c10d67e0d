using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of Suspend.</summary>
internal sealed record SuspensionNoticeDto
{
    public required LocalDate EffectiveOn { get; init; }

    public required string Reason { get; init; }

    public required string Detail { get; init; }
}
