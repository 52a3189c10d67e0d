namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Distribution).</summary>
internal sealed record DistributionDto
{
    public required string Kind { get; init; }

    public double? Value { get; init; }

    public double? Low { get; init; }

    public double? Mode { get; init; }

    public double? High { get; init; }

    public double? Shape { get; init; }

    public string? Variant { get; init; }

    public double? Mu { get; init; }

    public double? Sigma { get; init; }

    public double? Mean { get; init; }

    public double? StandardDeviation { get; init; }

    public double? TruncateBelow { get; init; }

    public double? TruncateAbove { get; init; }

    public double? Rate { get; init; }
}
