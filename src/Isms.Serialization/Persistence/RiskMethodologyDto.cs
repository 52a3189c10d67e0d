namespace Isms.Serialization.Persistence;

/// <summary>The <c>risk-methodology</c> document, schema version 1: the risk criteria of ISO/IEC 27001:2022 clause 6.1.2.</summary>
internal sealed record RiskMethodologyDto : DocumentDto
{
    /// <summary>The criteria's name.</summary>
    public required string Name { get; init; }

    /// <summary>The likelihood scale (rows of the matrix).</summary>
    public required RiskScaleDto Likelihood { get; init; }

    /// <summary>The consequence scale (columns of the matrix).</summary>
    public required RiskScaleDto Consequence { get; init; }

    /// <summary>The risk levels, lowest first; cells refer to them by 1-based position.</summary>
    public required IReadOnlyList<RiskLevelDefinitionDto> Levels { get; init; }

    /// <summary>The matrix: one row per likelihood level (lowest first), one risk level (1-based) per consequence level.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Cells { get; init; }

    /// <summary>True when the matrix may lower the level as likelihood or consequence rises (unusual; stated explicitly).</summary>
    public required bool AllowNonMonotone { get; init; }

    /// <summary>The highest risk level (1-based) that is acceptable without treatment.</summary>
    public required int AcceptanceLevel { get; init; }

    /// <summary>The criteria consequences are assessed against (e.g. Confidentiality, Integrity, Availability).</summary>
    public required IReadOnlyList<string> ConsequenceCriteria { get; init; }

    /// <summary>How per-criterion consequences combine: <c>worst-case</c> or <c>mean-rounded-up</c>.</summary>
    public required string Combination { get; init; }
}
