namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// The correlation between two scenarios' annual losses (a Gaussian copula coefficient, applied to ranks: Spearman-like).
/// </summary>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed record ScenarioCorrelation
{
    /// <summary>Creates a correlation.</summary>
    /// <param name="first">One scenario.</param>
    /// <param name="second">Another scenario.</param>
    /// <param name="coefficient">The coefficient, within [-1, 1].</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-011</c>: same scenario twice or coefficient outside [-1, 1].</exception>
    public ScenarioCorrelation(FairScenarioId first, FairScenarioId second, double coefficient)
    {
        if (first == second)
        {
            throw Fault.Of(FairErrorCodes.InvalidCorrelation, $"Scenario '{first}' cannot be correlated with itself.", nameof(ScenarioCorrelation), member: nameof(Second), value: second.ToString());
        }

        if (!(coefficient >= -1 && coefficient <= 1))
        {
            throw Fault.Of(FairErrorCodes.InvalidCorrelation, $"Correlation of '{first}' and '{second}' is {coefficient}: it must lie within [-1, 1].", nameof(ScenarioCorrelation), member: nameof(Coefficient), value: coefficient.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        First = first;
        Second = second;
        Coefficient = coefficient;
    }

    /// <summary>One scenario.</summary>
    public FairScenarioId First { get; }

    /// <summary>The other scenario.</summary>
    public FairScenarioId Second { get; }

    /// <summary>The coefficient.</summary>
    public double Coefficient { get; }
}
