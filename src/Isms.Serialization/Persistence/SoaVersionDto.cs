using System.Text.Json.Serialization;
using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (SoaVersion).</summary>
internal sealed record SoaVersionDto
{
    public required string Version { get; init; }

    public required string ApprovedBy { get; init; }

    [JsonConverter(typeof(LocalDateJsonConverter))]
    public required LocalDate ApprovedOn { get; init; }

    public string? ChangeSummary { get; init; }
}
