using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of Withdraw.</summary>
internal sealed record WithdrawalNoticeDto
{
    public required LocalDate EffectiveOn { get; init; }

    public required string Reason { get; init; }

    public required string Detail { get; init; }
}
