namespace Isms.Core.Applicability;

/// <summary>The implementation status of an applicable control as stated in the SoA.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 d (whether the necessary controls are implemented or not).</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum ImplementationStatus
{
    /// <summary>Not implemented and not yet planned.</summary>
    NotImplemented,

    /// <summary>Planned (in the risk treatment plan).</summary>
    Planned,

    /// <summary>Partially implemented.</summary>
    PartiallyImplemented,

    /// <summary>Implemented.</summary>
    Implemented,
}
