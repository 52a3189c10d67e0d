using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (RiskScenario).</summary>
internal sealed record RiskScenarioDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Owner { get; init; }

    public IReadOnlyList<string> Assets { get; set; } = [];

    public required string Threat { get; init; }

    public required string Vulnerability { get; init; }

    public required AssessmentDto Inherent { get; init; }

    public AssessmentDto? Current { get; init; }

    public AssessmentDto? Residual { get; init; }

    public required string Treatment { get; init; }

    public IReadOnlyList<string> PlannedControls { get; set; } = [];

    public IReadOnlyList<string> AppliedControls { get; set; } = [];

    public AcceptanceDto? Acceptance { get; init; }

    public required LocalDate IdentifiedOn { get; init; }

    public FairScenarioDto? QuantitativeModel { get; init; }
}
