namespace Isms.Core.Catalogs.Attributes;

/// <summary>
/// The ISO/IEC 27002:2022 attribute "security domains": the four domains of the French ANSSI framework the control
/// belongs to (flags).
/// <para>ISO/IEC 27002:2022 clause 4.2 e and Annex A, Table A.1 (<c>#Governance_and_Ecosystem</c>, <c>#Protection</c>, <c>#Defence</c>, <c>#Resilience</c>).</para>
/// </summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
[Flags]
public enum SecurityDomains
{
    /// <summary>No value (invalid on a catalog control; "no filter" in an <see cref="AttributeQuery"/>).</summary>
    None = 0,

    /// <summary><c>#Governance_and_Ecosystem</c>.</summary>
    GovernanceAndEcosystem = 1,

    /// <summary><c>#Protection</c>.</summary>
    Protection = 2,

    /// <summary><c>#Defence</c>.</summary>
    Defence = 4,

    /// <summary><c>#Resilience</c>.</summary>
    Resilience = 8,
}
