namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (a consequence per consequence criterion).</summary>
internal sealed record CriterionConsequenceDto
{
    public required string Criterion { get; init; }

    public required int Level { get; init; }
}
