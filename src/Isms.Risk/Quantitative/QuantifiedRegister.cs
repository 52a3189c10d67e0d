using System.Collections.Immutable;

namespace Isms.Risk.Quantitative;

/// <summary>A risk register summarised in money: each quantified risk's loss and the portfolio's annual loss.</summary>
/// <param name="Risks">The quantified risks, in register order.</param>
/// <param name="Simulation">The whole simulation, with the portfolio distribution and its exceedance curve.</param>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record QuantifiedRegister(ImmutableArray<QuantifiedRisk> Risks, [property: CompareByReference] SimulationResult Simulation)
{
    /// <summary>The portfolio's annual loss: all quantified risks summed per simulated year.</summary>
    public LossDistribution Portfolio => Simulation.Portfolio;
}
