using System.Collections.Immutable;

namespace Isms.Risk.Quantitative;

/// <summary>
/// The portfolio before and after controls: each control alone and all together, from simulations that share one seed
/// (common random numbers), so differences reflect the controls and not the sampling.
/// </summary>
/// <remarks><para>ISO/IEC 27001:2022 clause 6.1.3 b and c: choose the controls of the treatment and compare them.</para></remarks>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed class ControlComparison
{
    internal ControlComparison(SimulationResult before, SimulationResult after, ImmutableArray<ControlOutcome> controls, ControlOutcome combined)
    {
        Before = before;
        After = after;
        Controls = controls;
        Combined = combined;
    }

    /// <summary>The simulation without controls (inherent risk).</summary>
    public SimulationResult Before { get; }

    /// <summary>The simulation with all controls (residual risk).</summary>
    public SimulationResult After { get; }

    /// <summary>Each control alone, in the set's order.</summary>
    public ImmutableArray<ControlOutcome> Controls { get; }

    /// <summary>All controls together.</summary>
    public ControlOutcome Combined { get; }
}
