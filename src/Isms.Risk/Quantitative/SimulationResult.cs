using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative.Engine;

namespace Isms.Risk.Quantitative;

/// <summary>The result of a simulation: each scenario and the portfolio (losses summed per simulated year).</summary>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed class SimulationResult
{
    private readonly PortfolioBlocks _portfolioSamples;

    internal SimulationResult(ulong seed, int iterations, SimulationMode mode, bool controlsApplied, ImmutableArray<ScenarioResult> scenarios, LossDistribution portfolio, PortfolioBlocks portfolioSamples)
    {
        Seed = seed;
        Iterations = iterations;
        Mode = mode;
        ControlsApplied = controlsApplied;
        Scenarios = scenarios;
        Portfolio = portfolio;
        _portfolioSamples = portfolioSamples;
    }

    /// <summary>The seed used (the one given, or the one drawn): rerun with it to reproduce the result bit for bit.</summary>
    public ulong Seed { get; }

    /// <summary>The number of simulated years.</summary>
    public int Iterations { get; }

    /// <summary>The simulation mode.</summary>
    public SimulationMode Mode { get; }

    /// <summary>True when the set's controls were applied.</summary>
    public bool ControlsApplied { get; }

    /// <summary>The scenarios' results, in the set's order.</summary>
    public ImmutableArray<ScenarioResult> Scenarios { get; }

    /// <summary>The portfolio's annual loss distribution.</summary>
    public LossDistribution Portfolio { get; }

    /// <summary>
    /// The portfolio's simulated years in simulation order. The engine keeps them block by block (only the non-zero years
    /// of a sparse block); the full array is written out on first use (thread-safe).
    /// </summary>
    public ReadOnlySpan<double> PortfolioSamples => _portfolioSamples.Samples;

    /// <summary>The result of one scenario.</summary>
    /// <param name="id">The scenario id.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="KeyNotFoundException">The scenario is not in the result.</exception>
    public ScenarioResult this[FairScenarioId id] => Scenarios.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"Scenario '{id}' is not in the result.");

    /// <summary>Compares the portfolio's loss exceedance curve with a risk tolerance curve.</summary>
    /// <param name="tolerance">The tolerance curve.</param>
    /// <returns>The comparison.</returns>
    public ToleranceComparison CompareWith(RiskToleranceCurve tolerance)
    {
        Guard.Against.Null(tolerance);
        return Portfolio.CompareWith(tolerance);
    }
}
