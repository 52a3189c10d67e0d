namespace Isms.Serialization.Persistence;

/// <summary>A site named in a certification application.</summary>
internal sealed record ApplicationSiteDto
{
    public required string Name { get; init; }

    public IReadOnlyList<string> Processes { get; set; } = [];

    public bool IsCentralFunction { get; init; }
}
