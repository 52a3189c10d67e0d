namespace Isms.Core.Applicability;

/// <summary>Why a control is excluded from the Statement of Applicability.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 d (the justification for exclusions).</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum ExclusionReason
{
    /// <summary>The risk assessment identified no risk the control would treat.</summary>
    NoRiskIdentified,

    /// <summary>The organisation does not perform the activity the control addresses (e.g. no in-house development).</summary>
    ActivityNotPerformed,

    /// <summary>The control concerns something outside the ISMS scope.</summary>
    OutsideScope,

    /// <summary>Another reason, explained in the narrative.</summary>
    Other,
}
