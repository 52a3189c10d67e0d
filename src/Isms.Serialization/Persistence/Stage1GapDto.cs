namespace Isms.Serialization.Persistence;

/// <summary>A gap a Stage 1 audit found.</summary>
internal sealed record Stage1GapDto
{
    public required string Code { get; init; }

    public required string Clause { get; init; }

    public required string Description { get; init; }
}
