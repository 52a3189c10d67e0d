namespace Isms.Core.Controls;

/// <summary>The implementation status of an applied control. <para>ISO/IEC 27001:2022 clause 6.1.3, 8.3.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum ControlStatus
{
    /// <summary>Planned, not started.</summary>
    Planned,

    /// <summary>Being implemented.</summary>
    InProgress,

    /// <summary>Implemented and operating.</summary>
    Implemented,

    /// <summary>Implemented but found not effective (by measurement, audit or incident).</summary>
    NotEffective,

    /// <summary>Retired: no longer operated.</summary>
    Retired,
}
