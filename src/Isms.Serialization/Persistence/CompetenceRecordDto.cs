using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (CompetenceRecord).</summary>
internal sealed record CompetenceRecordDto
{
    public required string Id { get; init; }

    public required string Person { get; init; }

    public string? Role { get; init; }

    public required string Competence { get; init; }

    public required string Kind { get; init; }

    public string? Evidence { get; init; }

    public required LocalDate AchievedOn { get; init; }

    public LocalDate? ExpiresOn { get; init; }
}
