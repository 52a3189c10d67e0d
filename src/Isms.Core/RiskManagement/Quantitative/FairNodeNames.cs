using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// The names of <see cref="FairNode"/> values as analysts and tools spell them: "Loss Event Frequency", "LEF",
/// "loss_event_frequency", "Control Strength", "Difficulty", "Secondary Loss Event Magnitude", "SLEM", ...
/// Matching ignores case, spaces, hyphens and underscores.
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class FairNodeNames
{
    private static readonly FrozenDictionary<string, FairNode> Aliases = BuildAliases();

    /// <summary>
    /// The alias table, lower case without separators, a new instance on every call: <see cref="Aliases"/> is built from
    /// it once per process; tests call it directly so the table is built in the test that checks it.
    /// </summary>
    internal static FrozenDictionary<string, FairNode> BuildAliases() => new Dictionary<string, FairNode>(StringComparer.Ordinal)
    {
        ["losseventfrequency"] = FairNode.LossEventFrequency,
        ["lef"] = FairNode.LossEventFrequency,
        ["threateventfrequency"] = FairNode.ThreatEventFrequency,
        ["tef"] = FairNode.ThreatEventFrequency,
        ["vulnerability"] = FairNode.Vulnerability,
        ["vuln"] = FairNode.Vulnerability,
        ["susceptibility"] = FairNode.Vulnerability,
        ["contactfrequency"] = FairNode.ContactFrequency,
        ["cf"] = FairNode.ContactFrequency,
        ["probabilityofaction"] = FairNode.ProbabilityOfAction,
        ["poa"] = FairNode.ProbabilityOfAction,
        ["threatcapability"] = FairNode.ThreatCapability,
        ["tcap"] = FairNode.ThreatCapability,
        ["tc"] = FairNode.ThreatCapability,
        ["resistancestrength"] = FairNode.ResistanceStrength,
        ["rs"] = FairNode.ResistanceStrength,
        ["controlstrength"] = FairNode.ResistanceStrength,
        ["cs"] = FairNode.ResistanceStrength,
        ["difficulty"] = FairNode.ResistanceStrength,
        ["lossmagnitude"] = FairNode.LossMagnitude,
        ["lm"] = FairNode.LossMagnitude,
        ["primaryloss"] = FairNode.PrimaryLoss,
        ["primarylossmagnitude"] = FairNode.PrimaryLoss,
        ["pl"] = FairNode.PrimaryLoss,
        ["plm"] = FairNode.PrimaryLoss,
        ["secondarylosseventfrequency"] = FairNode.SecondaryLossEventFrequency,
        ["slef"] = FairNode.SecondaryLossEventFrequency,
        ["secondarylosseventmagnitude"] = FairNode.SecondaryLossEventMagnitude,
        ["secondarylossmagnitude"] = FairNode.SecondaryLossEventMagnitude,
        ["slem"] = FairNode.SecondaryLossEventMagnitude,
        ["slm"] = FairNode.SecondaryLossEventMagnitude,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name the Open FAIR standard uses, e.g. "Loss Event Frequency".</summary>
    /// <param name="node">The node.</param>
    /// <returns>The standard's spelling.</returns>
    public static string ToDisplayName(FairNode node) => node switch
    {
        FairNode.LossEventFrequency => "Loss Event Frequency",
        FairNode.ThreatEventFrequency => "Threat Event Frequency",
        FairNode.Vulnerability => "Vulnerability",
        FairNode.ContactFrequency => "Contact Frequency",
        FairNode.ProbabilityOfAction => "Probability of Action",
        FairNode.ThreatCapability => "Threat Capability",
        FairNode.ResistanceStrength => "Resistance Strength",
        FairNode.LossMagnitude => "Loss Magnitude",
        FairNode.PrimaryLoss => "Primary Loss",
        FairNode.SecondaryLossEventFrequency => "Secondary Loss Event Frequency",
        FairNode.SecondaryLossEventMagnitude => "Secondary Loss Event Magnitude",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Not a FAIR node."),
    };

    /// <summary>Reads a node name as analysts spell it.</summary>
    /// <param name="name">The name, e.g. "Loss Event Frequency", "loss_event_frequency", "LEF", "Control Strength".</param>
    /// <param name="node">The node, when the name is known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, out FairNode node)
    {
        node = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Math.Min(name.Length, 64)];
        var length = 0;
        foreach (var c in name)
        {
            if (c is ' ' or '_' or '-' or '.' or '\t')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return Aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out node);
    }

    /// <summary>Reads a node name as analysts spell it, or throws.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The node.</returns>
    /// <exception cref="IsmsException"><c>ISMS-FAIR-008</c>: the name is not a FAIR node.</exception>
    public static FairNode Parse(string name)
    {
        Guard.Against.Null(name);
        return TryParse(name, out var node)
            ? node
            : throw Fault.Of(FairErrorCodes.UnknownNode, $"'{name}' is not a FAIR node (expected one of: {string.Join(", ", Enum.GetValues<FairNode>().Select(ToDisplayName))}).", nameof(FairNode), value: name);
    }

    /// <summary>Reads a node name, returning null when unknown.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The node or null.</returns>
    public static FairNode? ParseOrNull([NotNullWhen(true)] string? name) => TryParse(name, out var node) ? node : null;
}
