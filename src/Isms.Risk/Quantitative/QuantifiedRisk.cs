using Isms.Core.RiskManagement;

namespace Isms.Risk.Quantitative;

/// <summary>A risk of the register with the simulated annual loss of its quantitative model.</summary>
/// <param name="Risk">The risk scenario of the register.</param>
/// <param name="Loss">The simulated loss of its quantitative model (mean, percentiles, contribution to the total).</param>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record QuantifiedRisk(RiskScenario Risk, ScenarioResult Loss);
