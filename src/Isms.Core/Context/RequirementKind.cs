namespace Isms.Core.Context;

/// <summary>
/// The kind of an interested party's requirement. Legal, statutory, regulatory and contractual requirements form the
/// register of obligations (the seed's "comply with legal and regulatory requirements"; Annex A 5.31).
/// <para>ISO/IEC 27001:2022 clause 4.2 b, 4.2 c (Amd 1:2024); Annex A 5.31.</para>
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum RequirementKind
{
    /// <summary>A law (e.g. GDPR, NIS2 transposition).</summary>
    Legal,

    /// <summary>A statute or statutory duty (e.g. commercial record retention).</summary>
    Statutory,

    /// <summary>A regulation or supervisory requirement (e.g. DORA, BaFin BAIT, PCI DSS as mandated by the schemes).</summary>
    Regulatory,

    /// <summary>A contractual obligation (customer contracts, DPAs, SLAs).</summary>
    Contractual,

    /// <summary>An expectation that is not an obligation (e.g. customers expect ISO 27001 certification).</summary>
    Expectation,
}
