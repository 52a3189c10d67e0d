namespace Isms.Core.Catalogs.Attributes;

/// <summary>
/// The ISO/IEC 27002:2022 attribute "control type": when the control modifies risk with regard to the occurrence of an
/// information security incident. A control may carry several values (flags).
/// <para>ISO/IEC 27002:2022 clause 4.2 a and Annex A, Table A.1 (hashtags <c>#Preventive</c>, <c>#Detective</c>, <c>#Corrective</c>).</para>
/// </summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
[Flags]
public enum ControlTypes
{
    /// <summary>No value (invalid on a catalog control; useful as "no filter" in an <see cref="AttributeQuery"/>).</summary>
    None = 0,

    /// <summary><c>#Preventive</c>: the control is intended to prevent an incident.</summary>
    Preventive = 1,

    /// <summary><c>#Detective</c>: the control acts when an incident occurs.</summary>
    Detective = 2,

    /// <summary><c>#Corrective</c>: the control acts after an incident occurs.</summary>
    Corrective = 4,
}
