namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (EvidenceCollector): a person, or a tool with its version.</summary>
internal sealed record EvidenceCollectorDto
{
    public string? Person { get; init; }

    public string? Tool { get; init; }

    public string? ToolVersion { get; init; }
}
