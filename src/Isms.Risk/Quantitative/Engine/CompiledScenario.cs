using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Quantitative.Engine;

/// <summary>A scenario with its distributions compiled and the controls that apply to it, folded per node.</summary>
internal sealed class CompiledScenario
{
    private const int NodeCount = 11;

    public CompiledScenario(FairScenario scenario, int inputIndex, IEnumerable<FairControlEffect> controls, SimulationMode mode)
    {
        Scenario = scenario;
        InputIndex = inputIndex;
        Hash = StreamKey.Hash(scenario.Id.Value);
        Given = new bool[NodeCount];
        Nodes = new CompiledDistribution[NodeCount];
        foreach (var estimate in scenario.Estimates)
        {
            var node = estimate.Node;
            var (low, high) = FairScenario.Domain(node);
            var frequency = node is FairNode.LossEventFrequency or FairNode.ThreatEventFrequency or FairNode.ContactFrequency;
            Given[(int)node] = true;
            Nodes[(int)node] = CompiledDistribution.Compile(estimate.Distribution, low, high, poissonAsRate: frequency && mode == SimulationMode.AnnualLoss);
        }

        var frequencyReductions = new List<CompiledReduction>();
        var lm = new List<CompiledReduction>();
        var pl = new List<CompiledReduction>();
        var slef = new List<CompiledReduction>();
        var slem = new List<CompiledReduction>();
        foreach (var control in controls.Where(c => c.AppliesTo(scenario.Id)))
        {
            var controlHash = StreamKey.Hash(control.Id);
            foreach (var reduction in control.Reductions)
            {
                var compiled = new CompiledReduction(StreamKey.Reduction(controlHash, (int)reduction.Node), CompiledDistribution.Compile(reduction.Fraction, 0, 1));
                var list = reduction.Node switch
                {
                    FairNode.LossMagnitude => lm,
                    FairNode.PrimaryLoss => pl,
                    FairNode.SecondaryLossEventFrequency => slef,
                    FairNode.SecondaryLossEventMagnitude => slem,
                    _ => frequencyReductions,
                };
                list.Add(compiled);
            }
        }

        FrequencyReductions = [.. frequencyReductions];
        LossMagnitudeReductions = [.. lm];
        PrimaryReductions = [.. pl];
        SecondaryFrequencyReductions = [.. slef];
        SecondaryMagnitudeReductions = [.. slem];
        ConstantRate = Given[(int)FairNode.LossEventFrequency] && Nodes[(int)FairNode.LossEventFrequency].IsConstant && FrequencyReductions.All(r => r.Fraction.IsConstant);
        if (ConstantRate)
        {
            // The same multiplications, in the same order, as filling the frequency array and reducing it.
            var rate = Nodes[(int)FairNode.LossEventFrequency].A;
            foreach (var reduction in FrequencyReductions)
            {
                rate *= 1 - reduction.Fraction.A;
            }

            Rate = rate;
        }
    }

    /// <summary>True when the loss event frequency is the same every year (a constant rate, constant reductions).</summary>
    public bool ConstantRate { get; }

    /// <summary>The loss event frequency after the controls' reductions when <see cref="ConstantRate"/>; otherwise NaN.</summary>
    public double Rate { get; } = double.NaN;

    public FairScenario Scenario { get; }

    public int InputIndex { get; }

    public ulong Hash { get; }

    public bool[] Given { get; }

    public CompiledDistribution[] Nodes { get; }

    public CompiledReduction[] FrequencyReductions { get; }

    public CompiledReduction[] LossMagnitudeReductions { get; }

    public CompiledReduction[] PrimaryReductions { get; }

    public CompiledReduction[] SecondaryFrequencyReductions { get; }

    public CompiledReduction[] SecondaryMagnitudeReductions { get; }

    public bool Has(FairNode node) => Given[(int)node];

    public ref readonly CompiledDistribution this[FairNode node] => ref Nodes[(int)node];

    public bool HasSecondary => Given[(int)FairNode.SecondaryLossEventFrequency];
}
