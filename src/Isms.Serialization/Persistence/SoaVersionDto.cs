using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (SoaVersion).</summary>
internal sealed record SoaVersionDto
{
    public required string Version { get; init; }

    public required string ApprovedBy { get; init; }

    public required LocalDate ApprovedOn { get; init; }

    public string? ChangeSummary { get; init; }
}
