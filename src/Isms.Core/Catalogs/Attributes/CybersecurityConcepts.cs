namespace Isms.Core.Catalogs.Attributes;

/// <summary>
/// The ISO/IEC 27002:2022 attribute "cybersecurity concepts": the concepts of the cybersecurity framework of
/// ISO/IEC TS 27110 the control is associated with (flags).
/// <para>ISO/IEC 27002:2022 clause 4.2 c and Annex A, Table A.1 (<c>#Identify</c>, <c>#Protect</c>, <c>#Detect</c>, <c>#Respond</c>, <c>#Recover</c>).</para>
/// </summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
[Flags]
public enum CybersecurityConcepts
{
    /// <summary>No value (invalid on a catalog control; "no filter" in an <see cref="AttributeQuery"/>).</summary>
    None = 0,

    /// <summary><c>#Identify</c>.</summary>
    Identify = 1,

    /// <summary><c>#Protect</c>.</summary>
    Protect = 2,

    /// <summary><c>#Detect</c>.</summary>
    Detect = 4,

    /// <summary><c>#Respond</c>.</summary>
    Respond = 8,

    /// <summary><c>#Recover</c>.</summary>
    Recover = 16,
}
