namespace Isms.Risk.Scoring;

/// <summary>A control's contribution to a derived residual, as the explanation records it.</summary>
/// <param name="ControlId">The applied control.</param>
/// <param name="LikelihoodLevels">Likelihood levels taken off by a declared effect.</param>
/// <param name="ConsequenceLevels">Consequence levels taken off by a declared effect.</param>
/// <param name="EffectivenessPercent">The effectiveness used when no effect was declared, or null.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AppliedReduction(string ControlId, int LikelihoodLevels, int ConsequenceLevels, double? EffectivenessPercent);
