using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative;

/// <summary>
/// Summarises a risk register in money as well as levels: the risks that carry a quantitative model
/// (<see cref="RiskScenario.QuantitativeModel"/>) are simulated together as one portfolio.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d: analyse the information security risks.</para>
/// </summary>
/// <threadsafety>Stateless and thread-safe: every method is a pure function of its arguments.</threadsafety>
public static class RegisterQuantification
{
    /// <summary>
    /// The scenario set of a register: one scenario per risk that carries a quantitative model, in register order,
    /// with the set-level controls and correlations given (e.g. FAIR control effects with their costs).
    /// </summary>
    /// <param name="risks">The risk register.</param>
    /// <param name="controls">Quantified control effects, or null for none.</param>
    /// <param name="correlations">Correlations between the scenarios, or null for none.</param>
    /// <exception cref="IsmsException">No risk carries a quantitative model (<c>ISMS-FAIR-022</c>).</exception>
    public static FairScenarioSet ToScenarioSet(
        RiskRegister risks,
        IEnumerable<FairControlEffect>? controls = null,
        IEnumerable<ScenarioCorrelation>? correlations = null)
    {
        Guard.Against.Null(risks);
        var scenarios = risks.Where(r => r.QuantitativeModel is not null).Select(r => r.QuantitativeModel!).ToList();
        if (scenarios.Count == 0)
        {
            throw new IsmsException(new IsmsError(FairErrorCodes.NoQuantifiedRisk, "No risk in the register carries a quantitative model (RiskScenario.QuantitativeModel).")
            {
                EntityKind = nameof(RiskRegister),
                Member = nameof(RiskScenario.QuantitativeModel),
            });
        }

        return new FairScenarioSet(scenarios, controls, correlations);
    }

    /// <summary>
    /// Simulates the quantified risks of a register and returns each risk's annual loss with the portfolio total.
    /// </summary>
    /// <param name="risks">The risk register.</param>
    /// <param name="options">Simulation options (iterations, seed, mode); null for the defaults.</param>
    /// <param name="controls">Quantified control effects, or null for none.</param>
    /// <param name="correlations">Correlations between the scenarios, or null for none.</param>
    /// <param name="cancellationToken">Cancels the simulation.</param>
    /// <returns>The risks with their simulated loss, in register order, and the whole simulation.</returns>
    /// <exception cref="IsmsException">No risk carries a quantitative model.</exception>
    public static QuantifiedRegister Simulate(
        RiskRegister risks,
        SimulationOptions? options = null,
        IEnumerable<FairControlEffect>? controls = null,
        IEnumerable<ScenarioCorrelation>? correlations = null,
        CancellationToken cancellationToken = default)
    {
        var set = ToScenarioSet(risks, controls, correlations);
        var result = FairSimulator.Shared.Simulate(set, options, cancellationToken);
        var quantified = risks.Where(r => r.QuantitativeModel is not null).ToList();
        var rows = ImmutableArray.CreateBuilder<QuantifiedRisk>(quantified.Count);
        for (var i = 0; i < quantified.Count; i++)
        {
            rows.Add(new QuantifiedRisk(quantified[i], result.Scenarios[i]));
        }

        return new QuantifiedRegister(rows.MoveToImmutable(), result);
    }
}
