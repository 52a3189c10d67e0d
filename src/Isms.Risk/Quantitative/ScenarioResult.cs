using System.Collections.Immutable;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative;

/// <summary>One scenario's simulated annual loss.</summary>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed class ScenarioResult
{
    internal ScenarioResult(FairScenario scenario, double mean, double standardDeviation, double standardError, double probabilityOfLoss, double meanContribution, double? tailContribution, LossDistribution? distribution, double[]? samples, ImmutableArray<PercentileValue> percentiles, LossExceedanceCurve? exceedanceCurve)
    {
        Percentiles = percentiles;
        ExceedanceCurve = exceedanceCurve;
        Scenario = scenario;
        Mean = mean;
        StandardDeviation = standardDeviation;
        StandardError = standardError;
        ProbabilityOfLoss = probabilityOfLoss;
        MeanContribution = meanContribution;
        TailContribution = tailContribution;
        Distribution = distribution;
        _samples = samples;
    }

    private readonly double[]? _samples;

    /// <summary>The scenario.</summary>
    public FairScenario Scenario { get; }

    /// <summary>The scenario id.</summary>
    public FairScenarioId Id => Scenario.Id;

    /// <summary>The scenario's name.</summary>
    public string Name => Scenario.Name;

    /// <summary>The mean annual loss (ALE).</summary>
    public double Mean { get; }

    /// <summary>The standard deviation of annual loss.</summary>
    public double StandardDeviation { get; }

    /// <summary>The standard error of <see cref="Mean"/>.</summary>
    public double StandardError { get; }

    /// <summary>The fraction of simulated years with a loss.</summary>
    public double ProbabilityOfLoss { get; }

    /// <summary>The scenario's share of the portfolio's mean loss (0 to 1; the shares add up to 1).</summary>
    public double MeanContribution { get; }

    /// <summary>
    /// The scenario's mean loss in the portfolio's worst 1% of years (its contribution to the portfolio's expected shortfall
    /// at 99%; the contributions add up to it); null unless <see cref="SimulationOptions.KeepScenarioSamples"/>.
    /// </summary>
    public double? TailContribution { get; }

    /// <summary>
    /// The scenario's percentiles at the options' levels; empty unless <see cref="SimulationOptions.ScenarioStatistics"/> or
    /// <see cref="SimulationOptions.KeepScenarioSamples"/>.
    /// </summary>
    public ImmutableArray<PercentileValue> Percentiles { get; }

    /// <summary>
    /// The scenario's loss exceedance curve; null unless <see cref="SimulationOptions.ScenarioStatistics"/> or
    /// <see cref="SimulationOptions.KeepScenarioSamples"/>.
    /// </summary>
    public LossExceedanceCurve? ExceedanceCurve { get; }

    /// <summary>The scenario's loss distribution; null unless <see cref="SimulationOptions.KeepScenarioSamples"/>.</summary>
    public LossDistribution? Distribution { get; }

    /// <summary>The simulated years in simulation order (aligned with <see cref="SimulationResult.PortfolioSamples"/>); empty unless <see cref="SimulationOptions.KeepScenarioSamples"/>.</summary>
    public ReadOnlySpan<double> Samples => _samples;

    /// <inheritdoc/>
    public override string ToString() => $"{Id} mean {Mean:N0}";
}
