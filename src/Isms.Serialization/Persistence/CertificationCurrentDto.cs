using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>The derived current state of a certification record: written for readers that do not replay, checked against the replay on read.</summary>
internal sealed record CertificationCurrentDto
{
    public required string State { get; init; }

    public CertificateDto? Certificate { get; init; }

    public required Instant LastEventAt { get; init; }

    public LocalDate? LastEventDate { get; init; }

    public LocalDate? LastStage1Day { get; init; }

    public LocalDate? LastStage2Day { get; init; }

    public required int SurveillancesInCycle { get; init; }

    public LocalDate? SuspendedOn { get; init; }

    public string? SuspensionReason { get; init; }

    public required int OpenMajorCount { get; init; }

    public required int OpenMinorCount { get; init; }

    public IReadOnlyList<FindingRecordDto> Findings { get; set; } = [];
}
