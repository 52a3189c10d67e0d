namespace Isms.Risk.Scoring;

/// <summary>
/// What one applied control does to a risk, as the engine uses it to derive the residual risk: a declared effect in
/// levels (likelihood and/or consequence), or, when no levels are declared, a documented effectiveness in percent.
/// </summary>
/// <param name="ControlId">The applied control's id (shown in explanations).</param>
/// <param name="LikelihoodLevels">Likelihood levels the control takes off (0 or more).</param>
/// <param name="ConsequenceLevels">Consequence levels the control takes off (0 or more).</param>
/// <param name="EffectivenessPercent">The control's effectiveness, 0 to 100, used when no levels are declared; or null.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ControlReduction(string ControlId, int LikelihoodLevels = 0, int ConsequenceLevels = 0, double? EffectivenessPercent = null);
