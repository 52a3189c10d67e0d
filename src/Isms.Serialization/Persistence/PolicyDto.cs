using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Policy).</summary>
internal sealed record PolicyDto
{
    public required string Title { get; init; }

    public required string Version { get; init; }

    public string? Document { get; init; }

    public string? ApprovedBy { get; init; }

    public LocalDate? ApprovedOn { get; init; }

    public bool ProvidesObjectivesFramework { get; init; }

    public bool CommitsToRequirements { get; init; }

    public bool CommitsToContinualImprovement { get; init; }

    public LocalDate? CommunicatedOn { get; init; }
}
