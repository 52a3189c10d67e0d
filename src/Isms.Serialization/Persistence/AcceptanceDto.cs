using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Acceptance).</summary>
internal sealed record AcceptanceDto
{
    public required string AcceptedBy { get; init; }

    public required LocalDate AcceptedOn { get; init; }

    public required string Rationale { get; init; }

    public LocalDate? ExpiresOn { get; init; }

    public required AssessmentDto AcceptedAssessment { get; init; }
}
