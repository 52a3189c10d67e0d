namespace Isms.Core.Catalogs.Attributes;

/// <summary>
/// The ISO/IEC 27002:2022 attribute "information security properties": which characteristic of information the control
/// contributes to preserve (flags).
/// <para>ISO/IEC 27002:2022 clause 4.2 b and Annex A, Table A.1 (<c>#Confidentiality</c>, <c>#Integrity</c>, <c>#Availability</c>).</para>
/// </summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
[Flags]
public enum InformationSecurityProperties
{
    /// <summary>No value (invalid on a catalog control; "no filter" in an <see cref="AttributeQuery"/>).</summary>
    None = 0,

    /// <summary><c>#Confidentiality</c>.</summary>
    Confidentiality = 1,

    /// <summary><c>#Integrity</c>.</summary>
    Integrity = 2,

    /// <summary><c>#Availability</c>.</summary>
    Availability = 4,
}
