namespace Isms.Core.RiskManagement;

/// <summary>The risk treatment option chosen for a risk. <para>ISO/IEC 27001:2022 clause 6.1.3 a; ISO/IEC 27005:2022 8.2.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum TreatmentOption
{
    /// <summary>Modify the risk by applying controls (risk modification / mitigation).</summary>
    Modify,

    /// <summary>Retain the risk (acceptance by the risk owner).</summary>
    Retain,

    /// <summary>Avoid the risk by not doing the activity that gives rise to it.</summary>
    Avoid,

    /// <summary>Share the risk (insurance, outsourcing with contractual transfer).</summary>
    Share,
}
