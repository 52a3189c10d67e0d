namespace Isms.Core.Improvement;

/// <summary>Where a nonconformity was detected. <para>ISO/IEC 27001:2022 clause 10.2.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum NonconformitySource
{
    /// <summary>An internal audit (link the finding).</summary>
    InternalAudit,

    /// <summary>An external (certification or customer) audit.</summary>
    ExternalAudit,

    /// <summary>A security incident.</summary>
    Incident,

    /// <summary>Monitoring and measurement.</summary>
    Monitoring,

    /// <summary>A management review.</summary>
    ManagementReview,

    /// <summary>A complaint from an interested party.</summary>
    Complaint,

    /// <summary>Self-identified by staff.</summary>
    SelfIdentified,
}
