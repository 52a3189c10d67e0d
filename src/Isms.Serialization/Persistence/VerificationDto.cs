using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Verification).</summary>
internal sealed record VerificationDto
{
    public required string VerifiedBy { get; init; }

    public required LocalDate VerifiedOn { get; init; }

    public required bool Effective { get; init; }

    public required string Method { get; init; }
}
