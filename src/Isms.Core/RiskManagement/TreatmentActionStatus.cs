namespace Isms.Core.RiskManagement;

/// <summary>The status of a risk treatment plan action. <para>ISO/IEC 27001:2022 clause 6.1.3 e, 8.3.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum TreatmentActionStatus
{
    /// <summary>Not started.</summary>
    NotStarted,

    /// <summary>In progress.</summary>
    InProgress,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Cancelled (the plan changed).</summary>
    Cancelled,
}
