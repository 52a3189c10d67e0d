namespace Isms.Core.Performance;

/// <summary>The status of an internal audit. <para>ISO/IEC 27001:2022 clause 9.2.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum AuditStatus
{
    /// <summary>Planned.</summary>
    Planned,

    /// <summary>In progress.</summary>
    InProgress,

    /// <summary>Completed and reported.</summary>
    Completed,

    /// <summary>Cancelled.</summary>
    Cancelled,
}
