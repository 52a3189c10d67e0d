using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>The identifier of a quantified risk scenario, e.g. <c>R-07</c> (often the id of the risk in the register).</summary>
/// <threadsafety>This type is an immutable value type: thread-safe.</threadsafety>
public readonly record struct FairScenarioId
{
    /// <summary>Creates a scenario id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, white space or padded.</exception>
    public FairScenarioId(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        Check.WellFormed(value, "FairScenarioId");
        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"Scenario id '{value}' has surrounding white space.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The id.</summary>
    public string Value { get; }

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
