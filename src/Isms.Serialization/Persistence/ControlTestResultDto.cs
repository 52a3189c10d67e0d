using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (ControlTestResult).</summary>
internal sealed record ControlTestResultDto
{
    public required LocalDate TestedOn { get; init; }

    public required string Tester { get; init; }

    public required string Outcome { get; init; }

    public int? SampleTested { get; init; }

    public IReadOnlyList<string> Findings { get; set; } = [];

    public IReadOnlyList<string> Evidence { get; set; } = [];
}
