namespace Isms.Core.Readiness;

/// <summary>The readiness of one section (or the whole ISMS).</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum ReadinessStatus
{
    /// <summary>No finding other than information.</summary>
    Ready,

    /// <summary>Major or minor gaps, nothing blocking.</summary>
    Gaps,

    /// <summary>At least one blocking finding.</summary>
    NotReady,
}
