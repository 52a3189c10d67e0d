using System.Text.Json.Serialization;
using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Acceptance).</summary>
internal sealed record AcceptanceDto
{
    public required string AcceptedBy { get; init; }

    [JsonConverter(typeof(LocalDateJsonConverter))]
    public required LocalDate AcceptedOn { get; init; }

    public required string Rationale { get; init; }

    [JsonConverter(typeof(LocalDateJsonConverter))]
    public LocalDate? ExpiresOn { get; init; }

    public required AssessmentDto AcceptedAssessment { get; init; }
}
