namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Context).</summary>
internal sealed record ContextDto
{
    public IReadOnlyList<ContextIssueDto> Issues { get; set; } = [];

    public IReadOnlyList<InterestedPartyDto> InterestedParties { get; set; } = [];

    public IReadOnlyList<RequirementDto> Requirements { get; set; } = [];
}
