using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of Reinstate.</summary>
internal sealed record ReinstatementDto
{
    public required LocalDate EffectiveOn { get; init; }

    public required string Basis { get; init; }
}
