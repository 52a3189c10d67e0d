using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Payload of VerifyCorrections.</summary>
internal sealed record CorrectionVerificationDto
{
    public required LocalDate ReviewedOn { get; init; }

    public required string ReviewedBy { get; init; }

    public required IReadOnlyList<string> Findings { get; init; }

    public required string Outcome { get; init; }
}
