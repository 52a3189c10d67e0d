using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative;

/// <summary>
/// One bar of a tornado chart: the scenario's mean annual loss with one input fixed at its 10th and at its 90th percentile
/// (other inputs left uncertain); the swing is how much the input matters.
/// </summary>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="Node">The input.</param>
/// <param name="InputAtP10">The input's 10th percentile.</param>
/// <param name="InputAtP90">The input's 90th percentile.</param>
/// <param name="MeanAtP10">The mean annual loss with the input at its P10.</param>
/// <param name="MeanAtP90">The mean annual loss with the input at its P90.</param>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed record SensitivityBar(FairScenarioId ScenarioId, FairNode Node, double InputAtP10, double InputAtP90, double MeanAtP10, double MeanAtP90)
{
    /// <summary>|MeanAtP90 - MeanAtP10|: the width of the bar.</summary>
    public double Swing => Math.Abs(MeanAtP90 - MeanAtP10);
}
