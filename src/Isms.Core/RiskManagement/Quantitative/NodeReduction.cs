using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// What a control does to one node: it multiplies the node by (1 - fraction), the fraction being uncertain
/// (e.g. PERT(0.3, 0.5, 0.7) for "halves it, give or take").
/// </summary>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed record NodeReduction
{
    /// <summary>Creates a reduction.</summary>
    /// <param name="node">The node reduced: a frequency, a probability or a loss (not Threat Capability or Resistance Strength).</param>
    /// <param name="fraction">The fraction removed, within [0, 1].</param>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-010</c>: the node cannot be reduced or the fraction leaves [0, 1].</exception>
    public NodeReduction(FairNode node, Distribution fraction)
    {
        Guard.Against.Null(fraction);
        if (!Enum.IsDefined(node) || node is FairNode.ThreatCapability or FairNode.ResistanceStrength)
        {
            throw Fault.Of(FairErrorCodes.InvalidControl, $"A control cannot reduce {node}: reduce Vulnerability, a frequency or a loss instead.", nameof(NodeReduction), member: nameof(Node), value: node.ToString());
        }

        if (fraction.Minimum < 0 || fraction.Maximum > 1)
        {
            throw Fault.Of(FairErrorCodes.InvalidControl, $"A reduction of {FairNodeNames.ToDisplayName(node)} must be a fraction within [0, 1], not {fraction.Describe()}.", nameof(NodeReduction), member: nameof(Fraction), value: fraction.Describe());
        }

        Node = node;
        Fraction = fraction;
    }

    /// <summary>The node reduced.</summary>
    public FairNode Node { get; }

    /// <summary>The fraction removed.</summary>
    public Distribution Fraction { get; }
}
