namespace Isms.Core.Applicability;

/// <summary>
/// Why a control is included in the Statement of Applicability (the fixed taxonomy auditors expect).
/// <para>ISO/IEC 27001:2022 clause 6.1.3 d (the justification for inclusions).</para>
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum InclusionReason
{
    /// <summary>Selected to treat one or more assessed risks (link the risks).</summary>
    RiskTreatment,

    /// <summary>Required by law (link the requirement).</summary>
    Legal,

    /// <summary>Required by a regulator or regulation (link the requirement).</summary>
    Regulatory,

    /// <summary>Required by a contract (link the requirement).</summary>
    Contractual,

    /// <summary>Required by the business (e.g. customer expectations, strategy).</summary>
    BusinessRequirement,

    /// <summary>Adopted as good practice.</summary>
    BestPractice,
}
