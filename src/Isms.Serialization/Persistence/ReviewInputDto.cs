namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (ReviewInput).</summary>
internal sealed record ReviewInputDto
{
    public required string Input { get; init; }

    public required string Summary { get; init; }
}
