namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// A node of the Open FAIR risk taxonomy (The Open Group standard O-RT). Risk is derived from
/// <see cref="LossEventFrequency"/> and <see cref="LossMagnitude"/>; each of those may be given or derived from its factors.
/// </summary>
/// <remarks>
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d (analyse the risks: consequences and likelihood), expressed in money.</para>
/// <para>Parse the spellings analysts use with <see cref="FairNodeNames.Parse(string)"/>.</para>
/// </remarks>
/// <threadsafety>An enumeration: immutable.</threadsafety>
public enum FairNode
{
    /// <summary>Loss Event Frequency: loss events per year (a rate, at least 0).</summary>
    LossEventFrequency = 0,

    /// <summary>Threat Event Frequency: threat events per year (a rate, at least 0). LEF = TEF x Vulnerability.</summary>
    ThreatEventFrequency = 1,

    /// <summary>Vulnerability: the probability (0 to 1) that a threat event becomes a loss event.</summary>
    Vulnerability = 2,

    /// <summary>Contact Frequency: contacts with the asset per year (a rate). TEF = CF x Probability of Action.</summary>
    ContactFrequency = 3,

    /// <summary>Probability of Action: the probability (0 to 1) that a contact becomes a threat event.</summary>
    ProbabilityOfAction = 4,

    /// <summary>Threat Capability: the threat community's force, on the same scale as <see cref="ResistanceStrength"/> (0 to 100).</summary>
    ThreatCapability = 5,

    /// <summary>Resistance Strength (Control Strength, Difficulty): the force the asset resists (0 to 100). Vulnerability = P(TCap &gt; RS).</summary>
    ResistanceStrength = 6,

    /// <summary>Loss Magnitude: the loss per loss event (money, at least 0). LM = Primary Loss + Secondary Loss.</summary>
    LossMagnitude = 7,

    /// <summary>Primary Loss: the primary stakeholder's loss per loss event (money, at least 0).</summary>
    PrimaryLoss = 8,

    /// <summary>Secondary Loss Event Frequency: the probability (0 to 1) that a loss event has secondary effects.</summary>
    SecondaryLossEventFrequency = 9,

    /// <summary>Secondary Loss Event Magnitude: the loss from secondary stakeholders' reactions, per secondary loss event.</summary>
    SecondaryLossEventMagnitude = 10,
}
