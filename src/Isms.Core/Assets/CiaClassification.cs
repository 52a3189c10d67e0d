namespace Isms.Core.Assets;

/// <summary>
/// An asset's classification by confidentiality, integrity and availability needs.
/// <para>ISO/IEC 27001:2022 Annex A 5.12; the information security properties of ISO/IEC 27002:2022.</para>
/// </summary>
/// <param name="Confidentiality">The confidentiality need.</param>
/// <param name="Integrity">The integrity need.</param>
/// <param name="Availability">The availability need.</param>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct CiaClassification(SecurityLevel Confidentiality, SecurityLevel Integrity, SecurityLevel Availability)
{
    /// <summary>The highest of the three levels (the asset's overall protection need, maximum principle).</summary>
    public SecurityLevel Highest =>
        (SecurityLevel)Math.Max((int)Confidentiality, Math.Max((int)Integrity, (int)Availability));

    /// <summary>Returns e.g. <c>C:High I:Medium A:Low</c>.</summary>
    public override string ToString() => $"C:{Confidentiality} I:{Integrity} A:{Availability}";
}
