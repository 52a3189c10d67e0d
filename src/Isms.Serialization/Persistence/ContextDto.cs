namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Context).</summary>
internal sealed record ContextDto
{
    public IReadOnlyList<ContextIssueDto> Issues { get; init; } = [];

    public IReadOnlyList<InterestedPartyDto> InterestedParties { get; init; } = [];

    public IReadOnlyList<RequirementDto> Requirements { get; init; } = [];
}
