namespace Isms.Certification.AuditTime;

/// <summary>A level of business or IT complexity (ISO/IEC 27006 audit-time factors).</summary>
public enum ComplexityLevel
{
    /// <summary>Low complexity.</summary>
    Low = 0,

    /// <summary>Medium complexity (the table's assumption: no adjustment).</summary>
    Medium = 1,

    /// <summary>High complexity.</summary>
    High = 2,
}
