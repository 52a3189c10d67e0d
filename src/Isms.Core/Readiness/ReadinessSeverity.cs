namespace Isms.Core.Readiness;

/// <summary>How serious a readiness finding is, in the terms of a certification audit.</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum ReadinessSeverity
{
    /// <summary>Blocking: a mandatory element is missing; Stage 1 would not conclude readiness for Stage 2.</summary>
    Blocking,

    /// <summary>Major: likely a major nonconformity at Stage 2 (the ISMS cannot achieve its intended results).</summary>
    Major,

    /// <summary>Minor: likely a minor nonconformity (an isolated lapse).</summary>
    Minor,

    /// <summary>Info: an observation or opportunity for improvement.</summary>
    Info,
}
