namespace Isms.Core.Performance;

/// <summary>The grade of an audit finding. <para>ISO/IEC 27001:2022 clause 9.2, 10.2; ISO/IEC 17021-1 9.4.8 (major and minor nonconformity).</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum FindingGrade
{
    /// <summary>A major nonconformity: affects the ISMS's ability to achieve its intended results.</summary>
    MajorNonconformity,

    /// <summary>A minor nonconformity.</summary>
    MinorNonconformity,

    /// <summary>An observation: not a nonconformity, but could become one.</summary>
    Observation,

    /// <summary>An opportunity for improvement.</summary>
    OpportunityForImprovement,
}
