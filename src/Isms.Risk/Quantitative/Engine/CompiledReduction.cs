using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Quantitative.Engine;

/// <summary>A control's reduction of one node of one scenario, ready to sample: its stream's variable code and its fraction.</summary>
internal readonly record struct CompiledReduction(ulong Variable, CompiledDistribution Fraction);
