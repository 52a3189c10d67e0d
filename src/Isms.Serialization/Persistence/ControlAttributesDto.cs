namespace Isms.Serialization.Persistence;

/// <summary>The five ISO/IEC 27002:2022 attribute types of a control, each a list of the standard's hashtag names.</summary>
internal sealed record ControlAttributesDto
{
    /// <summary>Control type: Preventive, Detective, Corrective.</summary>
    public required IReadOnlyList<string> ControlTypes { get; init; }

    /// <summary>Information security properties: Confidentiality, Integrity, Availability.</summary>
    public required IReadOnlyList<string> Properties { get; init; }

    /// <summary>Cybersecurity concepts: Identify, Protect, Detect, Respond, Recover.</summary>
    public required IReadOnlyList<string> Concepts { get; init; }

    /// <summary>Operational capabilities (15).</summary>
    public required IReadOnlyList<string> Capabilities { get; init; }

    /// <summary>Security domains (4).</summary>
    public required IReadOnlyList<string> Domains { get; init; }
}
