namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (InterestedParty).</summary>
internal sealed record InterestedPartyDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public string? Relevance { get; init; }
}
